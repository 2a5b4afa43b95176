package forkcast.models.calls;

/**
 * What will happen during one call, drawn when it arrives (so that alternatives see the same feature use).
 *
 * @param holdAfter seconds into the talk when the call is held; NaN for no hold
 * @param holdDuration seconds on hold
 * @param ending how the first agent's talk ends
 * @param consult length of the consult call (consult transfer, conference)
 * @param recordConsult whether the agent records the consult call under selective recording (R32)
 * @param secondTalk talk time after the transfer or conference
 */
public record CallFeatures(double holdAfter, double holdDuration, Ending ending, double consult, boolean recordConsult,
        double secondTalk)
{
    /** How the first agent's part of the call ends. */
    public enum Ending
    {
        RELEASE, CONSULT_TRANSFER, BLIND_TRANSFER, CONFERENCE
    }

    /** A call with no hold, transfer or conference. */
    public static final CallFeatures PLAIN = new CallFeatures(Double.NaN, 0, Ending.RELEASE, 0, false, 0);

    /** @return true when the call is held once */
    public boolean held()
    {
        return !Double.isNaN(this.holdAfter);
    }
}
