package forkcast.models.calls;

/**
 * Agents with the same phones and lines at one site.
 *
 * @param id group id
 * @param site where the agents' phones are (the phone-side end of every stream)
 * @param agents number of agents, one line each
 * @param phone their phones
 * @param line their lines
 * @param patience how long a caller waits in the group's queue before abandoning; null for no queue (a call that
 *            finds every agent busy is blocked)
 * @param selective how selective recording is started; null unless the line's recording is selective
 * @param monitoring silent monitoring by supervisors; null for none
 */
public record AgentGroupConfig(String id, String site, int agents, PhoneConfig phone, LineConfig line,
        DurationDistribution patience, SelectiveConfig selective, MonitoringConfig monitoring)
{
    /** A group without monitoring. */
    public AgentGroupConfig(final String id, final String site, final int agents, final PhoneConfig phone,
            final LineConfig line, final DurationDistribution patience, final SelectiveConfig selective)
    {
        this(id, site, agents, phone, line, patience, selective, null);
    }

    public AgentGroupConfig
    {
        if (agents < 0)
        {
            throw new IllegalArgumentException("agent group " + id + ": agents must be >= 0");
        }
        if ((line.recording() == RecordingOption.SELECTIVE) != (selective != null))
        {
            throw new IllegalArgumentException("agent group " + id + ": selective settings go with selective recording");
        }
    }
}
