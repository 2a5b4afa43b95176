package forkcast.models.metrics;

import static forkcast.sim.stats.PhysicalRange.SHARE;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * The run's calls and recording sessions broken down per agent group, per site (the groups whose agents are there)
 * and per recording mode (the lines' recording option: disabled, automatic, selective; a group with a selective share
 * inside automatic recording counts its calls on selectively recorded lines under selective). A session counts where
 * the leg's line is when it is requested, established or fails; the breakdowns of one kind add up to the run's
 * totals exactly ({@code calls.offered}, {@code recording.sessions.requested}, ...).
 */
public final class BreakdownMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Breakdowns per agent group, site and recording mode");

    /**
     * One kind of breakdown's figures.
     *
     * @param offered calls offered
     * @param connected calls answered
     * @param requested sessions requested
     * @param established sessions established
     * @param failed sessions failed
     * @param failedFor sessions failed for a reason ({@code <reason>})
     * @param blocking failed ÷ requested
     * @param coverage recorded ÷ recordable call-seconds
     * @param forkMbps forked recording bandwidth as recorders and CUBEs receive it, time-weighted mean
     * @param sourceForkMbps forked recording bandwidth as the sessions' sources send it (once per session),
     *     time-weighted mean
     */
    public record Scope(MetricDescriptor offered, MetricDescriptor connected, MetricDescriptor requested,
            MetricDescriptor established, MetricDescriptor failed, MetricDescriptor failedFor,
            MetricDescriptor blocking, MetricDescriptor coverage, MetricDescriptor forkMbps,
            MetricDescriptor sourceForkMbps)
    {
        static Scope declare(final String prefix, final String element, final String of)
        {
            return new Scope(
                    GROUP.total(prefix + ".calls.offered", "calls", element, "calls offered to " + of),
                    GROUP.total(prefix + ".calls.connected", "calls", element, "calls answered by " + of),
                    GROUP.total(prefix + ".sessions.requested", "sessions", element,
                            "recording sessions requested on the lines of " + of),
                    GROUP.total(prefix + ".sessions.established", "sessions", element,
                            "recording sessions established on the lines of " + of),
                    GROUP.total(prefix + ".sessions.failed", "sessions", element,
                            "recording sessions failed on the lines of " + of),
                    GROUP.total(prefix + ".failed.<reason>", "sessions", element,
                            "recording sessions failed for this reason on the lines of " + of),
                    GROUP.ratio(prefix + ".blockingProbability", element, MetricDirection.NONE, SHARE,
                            "failed of requested sessions on the lines of " + of),
                    GROUP.ratio(prefix + ".coverage", element, MetricDirection.NONE, SHARE,
                            "recorded of recordable call-seconds on the lines of " + of
                                    + " (a session counts where it was requested)"),
                    GROUP.scalar(prefix + ".forkMbps.mean", "Mbit/s", MetricKind.LEVEL_MEAN, element,
                            MetricDirection.IN, Aggregation.TIME_WEIGHTED_MEAN,
                            "recording streams of the sessions requested on the lines of " + of
                                    + ", as received by recorders and CUBEs, time-weighted mean"),
                    GROUP.scalar(prefix + ".sourceForkMbps.mean", "Mbit/s", MetricKind.LEVEL_MEAN, element,
                            MetricDirection.OUT, Aggregation.TIME_WEIGHTED_MEAN,
                            "recording streams of the sessions requested on the lines of " + of
                                    + ", as their source (phone's built-in bridge or gateway) sends them: two per"
                                    + " session, once however many copies a CUBE makes, time-weighted mean"));
        }
    }

    public static final Scope AGENT_GROUP = Scope.declare("breakdown.group.<id>", ElementTypes.AGENT_GROUP,
            "the agent group");
    public static final Scope SITE = Scope.declare("breakdown.site.<id>", ElementTypes.SITE,
            "the agent groups at the site");
    public static final Scope MODE = Scope.declare("breakdown.mode.<mode>", ElementTypes.RECORDING_MODE,
            "the lines with this recording option (disabled, automatic, selective)");

    private BreakdownMetrics()
    {
    }
}
