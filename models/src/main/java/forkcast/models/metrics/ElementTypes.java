package forkcast.models.metrics;

/**
 * The element types metrics belong to, as the catalogue and {@code docs/metrics.md} name them; a metric with an
 * {@code <id>} has one instance per element of its type (the resource estimate counts them by these names).
 */
public final class ElementTypes
{
    public static final String CALL_CONTROL = "call control";
    public static final String RECORDING = "recording function";
    public static final String CLUSTER = "cluster";
    public static final String LINK = "link";
    /** A link with a locations-CAC budget ({@code links[].cacKbps}, F7): only these publish the CAC metrics. */
    public static final String CAC_LINK = "link with a CAC budget";
    public static final String RECORDER = "recorder";
    /** A recorder in a CUBE's fork list (R10): only those count the copies forked to them. */
    public static final String FORKED_RECORDER = "recorder a CUBE forks to";
    public static final String TRUNK = "SIP trunk";
    public static final String CUBE = "CUBE";
    /** A CUBE with {@code maxSetupsPerSecond}: only those queue their set-ups (F6). */
    public static final String RATE_LIMITED_CUBE = "CUBE with a set-up rate";
    public static final String MTP_POOL = "MTP pool";
    public static final String GATEWAY = "gateway";
    public static final String AGENT_GROUP = "agent group";
    public static final String SITE = "site";
    /** A line recording option ({@code <mode>}: disabled, automatic, selective), for the breakdowns. */
    public static final String RECORDING_MODE = "recording mode";
    /** A node of {@code cluster.nodes} that runs call processing. */
    public static final String NODE = "call-processing node";
    /** A node of {@code cluster.nodes} that runs CTI Manager. */
    public static final String CTI_MANAGER_NODE = "CTI Manager node";
    /** The cluster, when it declares nodes. */
    public static final String NODE_CLUSTER = "cluster with nodes";

    private ElementTypes()
    {
    }
}
