package forkcast.models.cucm;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /**
     * @return a builder for a cluster with the catalog's CTI costs and conference codec. Unset settings: a BHCC rating
     *         of 100,000, a CTI rating of 2,000 messages per second, built-in bridge off and authenticated phone
     *         recording denied (CUCM's defaults), a recording set-up delay of 300 ms, no tones, no nodes (the cluster
     *         as one box) and no cluster CTI limit (the scenario layer takes them from the catalog's platform).
     */
    public static ClusterConfigBuilder builder(final CtiCosts ctiCosts,
            final forkcast.models.media.Codec conferenceCodec)
    {
        return ClusterConfigBuilder.builder().ctiCosts(ctiCosts).conferenceCodec(conferenceCodec).bhccRating(100_000)
                .ctiRating(2_000).recordingSetupDelay(0.3).tones(ToneConfig.NONE).nodes(java.util.List.of())
                .ctiDevices(Double.POSITIVE_INFINITY).ctiLines(Double.POSITIVE_INFINITY);
    }

    /** @return a builder holding this record's parts, to change some of them */
    public ClusterConfigBuilder toBuilder()
    {
        return ClusterConfigBuilder.builder(this);
    }
}
