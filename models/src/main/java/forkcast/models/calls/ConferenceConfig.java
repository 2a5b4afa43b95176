package forkcast.models.calls;

/**
 * Conference at the end of the first agent's talk (F3): the agent consults a colleague of the same group for
 * {@code consult}, then joins the three parties on a conference bridge, which becomes the recorded call's far end;
 * the conference lasts a fresh holding time.
 */
public record ConferenceConfig(double share, DurationDistribution consult)
{
    public ConferenceConfig
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new IllegalArgumentException("conference share must be in [0, 1]");
        }
    }
}
