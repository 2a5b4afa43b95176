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
 * @param node the cluster node the group's phones register to (first node of their device pool's CUCM group); null
 *            when the cluster declares no nodes
 * @param backupNode the node they register to while {@code node} is down (second node of the CUCM group); null for
 *            none
 */
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
        if ((line.recording() == RecordingOption.SELECTIVE) != (selective != null))
        {
            throw new IllegalArgumentException("agent group " + id + ": selective settings go with selective recording");
        }
    }

    /** @return a builder for {@code agents} agents of group {@code id} at {@code site}; see {@link Builder} for the
     * defaults
     */
    public static Builder builder(final String id, final String site, final int agents)
    {
        return new Builder(id, site, agents);
    }

    /** @return a builder holding this record's parts, to change some of them */
    public Builder toBuilder()
    {
        return new Builder(this.id, this.site, this.agents).phone(this.phone).line(this.line).patience(this.patience)
                .selective(this.selective).monitoring(this.monitoring).node(this.node).backupNode(this.backupNode);
    }

    /**
     * Names the parts of an agent group. Unset parts: the default phone and line ({@link PhoneConfig.Builder},
     * {@link LineConfig.Builder}: a line that is not recorded), no queue, no selective recording, no monitoring, no
     * node (the cluster as one box).
     */
    public static final class Builder
    {
        private final String id;
        private final String site;
        private final int agents;
        private PhoneConfig phone = PhoneConfig.builder().build();
        private LineConfig line = LineConfig.builder().build();
        private DurationDistribution patience = null;
        private SelectiveConfig selective = null;
        private MonitoringConfig monitoring = null;
        private String node = null;
        private String backupNode = null;

        private Builder(final String id, final String site, final int agents)
        {
            this.id = id;
            this.site = site;
            this.agents = agents;
        }

        public Builder phone(final PhoneConfig value)
        {
            this.phone = value;
            return this;
        }

        public Builder line(final LineConfig value)
        {
            this.line = value;
            return this;
        }

        public Builder patience(final DurationDistribution value)
        {
            this.patience = value;
            return this;
        }

        public Builder selective(final SelectiveConfig value)
        {
            this.selective = value;
            return this;
        }

        public Builder monitoring(final MonitoringConfig value)
        {
            this.monitoring = value;
            return this;
        }

        public Builder node(final String value)
        {
            this.node = value;
            return this;
        }

        public Builder backupNode(final String value)
        {
            this.backupNode = value;
            return this;
        }

        public AgentGroupConfig build()
        {
            return new AgentGroupConfig(this.id, this.site, this.agents, this.phone, this.line, this.patience,
                    this.selective, this.monitoring, this.node, this.backupNode);
        }
    }
}
