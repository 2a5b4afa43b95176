package forkcast.models.calls;

/**
 * Silent monitoring by supervisors: a share of a group's connected calls is monitored for the whole call through
 * the agent phone's built-in bridge (so it needs the bridge on, R22), started by a CTI request.
 */
public record MonitoringConfig(double share)
{
    public MonitoringConfig
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new IllegalArgumentException("monitoring share must be in [0, 1]");
        }
    }
}
