package forkcast.models.cucm;

/**
 * The CUCM cluster.
 *
 * @param bhccRating rated busy-hour call completions (the BHCC verdict compares the busy hour against it)
 * @param ctiRating CTI messages per second held against the busiest interval in cti.utilization: a load indicator
 *            only (no Cisco document publishes such a rating; CTI verdicts are by devices and lines)
 * @param builtInBridge cluster-wide built-in bridge default (R22)
 * @param recordingSetupDelay seconds from the session request to media reaching the recorder; that part of the call
 *            is not recorded
 * @param ctiCosts messages per CTI occurrence (F4)
 * @param authenticatedPhoneRecording the service parameter "authenticated phone recording" is allow (R33; CUCM's
 *            default is deny)
 * @param conferenceCodec the codec a conference bridge negotiates with phones that do not lock theirs (R34)
 * @param tones the recording-tone service parameters (R24)
 * @param nodes the cluster's nodes; empty for a cluster seen as one box (no per-node figures)
 * @param ctiDevices CTI-controlled devices the cluster supports (held against the nodes' total; used with nodes)
 * @param ctiLines CTI-controlled lines the cluster supports
 */
public record ClusterConfig(double bhccRating, double ctiRating, boolean builtInBridge, double recordingSetupDelay,
        CtiCosts ctiCosts, boolean authenticatedPhoneRecording, forkcast.models.media.Codec conferenceCodec,
        ToneConfig tones, java.util.List<NodeConfig> nodes, double ctiDevices, double ctiLines)
{
    public ClusterConfig
    {
        nodes = java.util.List.copyOf(nodes);
        if (!(bhccRating > 0) || !(ctiRating > 0) || !(recordingSetupDelay >= 0) || !(ctiDevices >= 0)
                || !(ctiLines >= 0))
        {
            throw new IllegalArgumentException("cluster needs bhccRating > 0, ctiRating > 0, recordingSetupDelay >= 0");
        }
    }

    /** @return a builder for a cluster with the catalog's CTI costs and conference codec; see {@link Builder} for the
     * defaults
     */
    public static Builder builder(final CtiCosts ctiCosts, final forkcast.models.media.Codec conferenceCodec)
    {
        return new Builder(ctiCosts, conferenceCodec);
    }

    /** @return a builder holding this record's parts, to change some of them */
    public Builder toBuilder()
    {
        return new Builder(this.ctiCosts, this.conferenceCodec).bhccRating(this.bhccRating).ctiRating(this.ctiRating)
                .builtInBridge(this.builtInBridge).recordingSetupDelay(this.recordingSetupDelay)
                .authenticatedPhoneRecording(this.authenticatedPhoneRecording).tones(this.tones).nodes(this.nodes).ctiDevices(this.ctiDevices)
                .ctiLines(this.ctiLines);
    }

    /**
     * Names the cluster's settings. Unset settings: a BHCC rating of 100,000, a CTI rating of 2,000 messages per
     * second, built-in bridge off and authenticated phone recording denied (CUCM's defaults), a recording set-up
     * delay of 300 ms, no tones, no nodes (the cluster as one box) and no cluster CTI
     * limit (the scenario layer takes them from the catalog's platform). CTI costs and the conference codec come from the catalog.
     */
    public static final class Builder
    {
        private final CtiCosts ctiCosts;
        private final forkcast.models.media.Codec conferenceCodec;
        private double bhccRating = 100_000;
        private double ctiRating = 2_000;
        private boolean builtInBridge = false;
        private double recordingSetupDelay = 0.3;
        private boolean authenticatedPhoneRecording = false;
        private ToneConfig tones = ToneConfig.NONE;
        private java.util.List<NodeConfig> nodes = java.util.List.of();
        private double ctiDevices = Double.POSITIVE_INFINITY;
        private double ctiLines = Double.POSITIVE_INFINITY;

        private Builder(final CtiCosts ctiCosts, final forkcast.models.media.Codec conferenceCodec)
        {
            this.ctiCosts = ctiCosts;
            this.conferenceCodec = conferenceCodec;
        }

        public Builder bhccRating(final double value)
        {
            this.bhccRating = value;
            return this;
        }

        public Builder ctiRating(final double value)
        {
            this.ctiRating = value;
            return this;
        }

        public Builder builtInBridge(final boolean value)
        {
            this.builtInBridge = value;
            return this;
        }

        public Builder recordingSetupDelay(final double value)
        {
            this.recordingSetupDelay = value;
            return this;
        }

        public Builder authenticatedPhoneRecording(final boolean value)
        {
            this.authenticatedPhoneRecording = value;
            return this;
        }

        public Builder tones(final ToneConfig value)
        {
            this.tones = value;
            return this;
        }

        public Builder nodes(final java.util.List<NodeConfig> value)
        {
            this.nodes = value;
            return this;
        }

        public Builder ctiDevices(final double value)
        {
            this.ctiDevices = value;
            return this;
        }

        public Builder ctiLines(final double value)
        {
            this.ctiLines = value;
            return this;
        }

        public ClusterConfig build()
        {
            return new ClusterConfig(this.bhccRating, this.ctiRating, this.builtInBridge, this.recordingSetupDelay,
                    this.ctiCosts, this.authenticatedPhoneRecording, this.conferenceCodec, this.tones, this.nodes,
                    this.ctiDevices, this.ctiLines);
        }
    }
}
