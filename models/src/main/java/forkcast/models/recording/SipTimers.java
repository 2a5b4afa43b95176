package forkcast.models.recording;

/**
 * The SIP timers of a trunk's failover (route advance, R20). An INVITE that gets no final answer is given up after
 * {@code inviteTimeout}: RFC 3261 Timer B is 64 × T1 = 32 s with T1 = 500 ms, and CUCM's defaults (SIP Trying timer
 * 500 ms, Retry Count for SIP Invite 6: retransmissions after 0.5, 1, 2, 4, 8 and 16 s, the last one 31.5 s after
 * the first INVITE) end at about the same time. With the SIP profile's OPTIONS ping on, CUCM pings the destination
 * every {@code pingInterval} while it answers (CUCM default 60 s) and every {@code pingIntervalOutOfService} once it
 * stopped answering (default 120 s); a ping that goes unanswered for the same transaction timeout marks the
 * destination out of service, and new recording calls skip the trunk at once until a ping is answered again.
 *
 * @param inviteTimeout seconds CUCM waits for an INVITE's answer before it advances the route list; also the most a
 *            recording call may wait in a recorder's or CUBE's set-up queue
 * @param optionsPing whether the trunk's SIP profile enables OPTIONS ping (CUCM's default: off)
 * @param pingInterval seconds between pings while the destination is in service
 * @param pingIntervalOutOfService seconds between pings while it is out of service
 */
public record SipTimers(double inviteTimeout, boolean optionsPing, double pingInterval,
        double pingIntervalOutOfService)
{
    /** CUCM's defaults: Timer B 32 s, OPTIONS ping off, 60 s and 120 s intervals. */
    public static final SipTimers DEFAULT = new SipTimers(32, false, 60, 120);

    public SipTimers
    {
        if (!(inviteTimeout > 0) || !(pingInterval > 0) || !(pingIntervalOutOfService > 0))
        {
            throw new IllegalArgumentException("SIP timers must be greater than 0");
        }
    }
}
