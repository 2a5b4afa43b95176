package forkcast.models.calls;

import io.soabase.recordbuilder.core.RecordBuilder;

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
 * @param selective how selective recording is started; required when the line's recording is selective; with
 *            automatic recording, optional: its {@code share} of the group's calls are on lines set to selective
 *            recording (the rest are recorded automatically); null otherwise
 * @param monitoring silent monitoring by supervisors; null for none
 * @param node the cluster node the group's phones register to (first node of their device pool's CUCM group); null
 *            when the cluster declares no nodes
 * @param backupNode the node they register to while {@code node} is down (second node of the CUCM group); null for
 *            none
 */
@RecordBuilder
public record AgentGroupConfig(String id, String site, int agents, PhoneConfig phone, LineConfig line,
        DurationDistribution patience, SelectiveConfig selective, MonitoringConfig monitoring, String node,
        String backupNode)
{
    /** @return true when a CTI application controls or observes the group's phones and lines (F4, R3) */
    public boolean ctiControlled()
    {
        return this.line.ctiMonitored() || this.monitoring != null
                || this.selective != null && this.selective.trigger().viaCti();
    }

    public AgentGroupConfig
    {
        if (agents < 0)
        {
            throw new IllegalArgumentException("agent group " + id + ": agents must be >= 0");
        }
        if (line.recording() == RecordingOption.SELECTIVE && selective == null
                || line.recording() == RecordingOption.DISABLED && selective != null)
        {
            throw new IllegalArgumentException("agent group " + id + ": selective settings go with selective recording"
                    + " (or, as the selective share of the calls, with automatic recording)");
        }
    }

    /**
     * @return a builder for {@code agents} agents of group {@code id} at {@code site}. Unset parts: the default phone
     *         and line ({@link PhoneConfig#builder()}, {@link LineConfig#builder()}: a line that is not recorded), no
     *         queue, no selective recording, no monitoring, no node (the cluster as one box).
     */
    public static AgentGroupConfigBuilder builder(final String id, final String site, final int agents)
    {
        return AgentGroupConfigBuilder.builder().id(id).site(site).agents(agents).phone(PhoneConfig.builder().build())
                .line(LineConfig.builder().build());
    }

    /** @return a builder holding this record's parts, to change some of them */
    public AgentGroupConfigBuilder toBuilder()
    {
        return AgentGroupConfigBuilder.builder(this);
    }
}
