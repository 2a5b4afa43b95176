package forkcast.scenarios.cdr;

/**
 * One call leg of a CUCM CDR (a row of {@code cdrRecordType} 1), the fields the fit uses. Times are epoch seconds,
 * UTC; {@code connect} is 0 for a leg that was never answered (CDR Administration Guide, "dateTimeConnect").
 *
 * @param callId globalCallID_callId: the legs of one call (transfers, conferences) share it
 * @param origination dateTimeOrigination
 * @param connect dateTimeConnect, 0 when unanswered
 * @param disconnect dateTimeDisconnect
 * @param duration duration, seconds from connect to disconnect (0 when unanswered)
 * @param callingNumber callingPartyNumber
 * @param originalCalledNumber originalCalledPartyNumber
 * @param finalCalledNumber finalCalledPartyNumber
 * @param origDevice origDeviceName
 * @param destDevice destDeviceName
 * @param origCodec origMediaCap_payloadCapability
 * @param destCodec destMediaCap_payloadCapability
 * @param secured callSecuredStatus: 0 non-secure, 1 authenticated, 2 encrypted
 * @param origTerminationOnBehalfOf origCallTerminationOnBehalfOf (10 transfer, 4 conference), -1 when absent
 * @param destTerminationOnBehalfOf destCallTerminationOnBehalfOf, -1 when absent
 * @param joinOnBehalfOf joinOnBehalfOf, -1 when absent
 * @param queued wasCallQueued: 1 when the call waited in a hunt pilot's queue (Native Call Queuing), 0 when not, -1
 *            when the export has no such field
 * @param queueWait totalWaitTimeInQueue, seconds in the queue; -1 when the export has no such field
 * @param huntPilot huntPilotDN, the hunt pilot the call came through; empty when none or absent
 * @param origCause origCause_value, the cause with which the calling side cleared (16 normal clearing); -1 when absent
 */
public record CdrLeg(long callId, long origination, long connect, long disconnect, long duration, String callingNumber,
        String originalCalledNumber, String finalCalledNumber, String origDevice, String destDevice, int origCodec,
        int destCodec, int secured, int origTerminationOnBehalfOf, int destTerminationOnBehalfOf, int joinOnBehalfOf,
        int queued, long queueWait, String huntPilot, int origCause)
{
    /** Cause value of normal call clearing (Q.850 16): the side that hung up. */
    public static final int NORMAL_CLEARING = 16;

    /** OnBehalfOf code of a transfer (CDR Administration Guide, "Call Termination and Redirection On Behalf Of"). */
    public static final int TRANSFER = 10;
    /** OnBehalfOf code of an ad hoc conference. */
    public static final int CONFERENCE = 4;

    /** @return whether the leg was answered */
    public boolean answered()
    {
        return this.connect > 0;
    }

    /** @return whether this leg ended or joined on behalf of {@code feature} */
    public boolean onBehalfOf(final int feature)
    {
        return this.origTerminationOnBehalfOf == feature || this.destTerminationOnBehalfOf == feature
                || this.joinOnBehalfOf == feature;
    }
}
