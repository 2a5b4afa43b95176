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
 */
public record AgentGroupConfig(String id, String site, int agents, PhoneConfig phone, LineConfig line,
        DurationDistribution patience)
{
    public AgentGroupConfig
    {
        if (agents < 0)
        {
            throw new IllegalArgumentException("agent group " + id + ": agents must be >= 0");
        }
    }
}
