package forkcast.models;

import java.util.ArrayList;
import java.util.List;

import forkcast.models.calls.GatewayConfig;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.sim.Goal;

/**
 * What the planner wants the deployment to meet (the scenario's {@code targets:}). Each target becomes one goal per
 * element it applies to ({@link #goals(Deployment)}); every goal gets a verdict and sizes the bill of materials.
 *
 * <p>The defaults are Forkcast's assumptions, common planning practice rather than CUCM rules: 1% recording blocking
 * (the grade of service usually asked of voice trunks), 99% coverage, links and set-up rates at no more than 80% of
 * their rating (headroom for bursts shorter than the measuring interval and for growth); 1% blocking at each gateway,
 * the grade of service P.01 to which Cisco sizes voice trunks by Erlang-B (docs/answer.md), and the same 1% of the
 * calls and recording calls asking each link's locations-CAC budget (F7), the budget a loss system of its own.
 *
 * @param recordingBlocking largest acceptable share of recording sessions that fail ({@code
 *            recording.blockingProbability})
 * @param coverage smallest acceptable share of recordable call-seconds recorded ({@code recording.coverage})
 * @param linkUtilisation largest acceptable peak of a link's busier direction over its capacity
 * @param setupUtilisation largest acceptable set-up load over a recorder's or CUBE's {@code maxSetupsPerSecond}
 * @param gatewayBlocking largest acceptable share of the calls offered to a gateway that it refuses ({@code
 *            gateway.<id>.blockingProbability})
 * @param cacBlocking largest acceptable share of the requests a link's locations-CAC budget refuses ({@code
 *            cac.link.<id>.blockingProbability}), on each link with a budget
 * @param overrides goals given on the command line ({@code --target}): each replaces the goal on the same metric, or
 *            is added when no target covers that metric
 */
public record Targets(double recordingBlocking, double coverage, double linkUtilisation, double setupUtilisation,
        double gatewayBlocking, double cacBlocking, List<Goal> overrides)
{
    /**
     * The defaults: blocking ≤ 1%, coverage ≥ 99%, link utilisation ≤ 80%, set-up rate utilisation ≤ 80%, gateway
     * blocking ≤ 1%, locations-CAC blocking ≤ 1%.
     */
    public static final Targets DEFAULTS = new Targets(0.01, 0.99, 0.8, 0.8, 0.01, 0.01);

    /** Targets with no goal given on the command line. */
    public Targets(final double recordingBlocking, final double coverage, final double linkUtilisation,
            final double setupUtilisation, final double gatewayBlocking, final double cacBlocking)
    {
        this(recordingBlocking, coverage, linkUtilisation, setupUtilisation, gatewayBlocking, cacBlocking,
                List.of());
    }

    public Targets
    {
        overrides = List.copyOf(overrides);
        share("recordingBlocking", recordingBlocking, false);
        share("coverage", coverage, true);
        share("linkUtilisation", linkUtilisation, false);
        share("setupUtilisation", setupUtilisation, false);
        share("gatewayBlocking", gatewayBlocking, false);
        share("cacBlocking", cacBlocking, false);
    }

    private static void share(final String name, final double value, final boolean zeroAllowed)
    {
        if (!(value >= 0 && value <= 1) || !zeroAllowed && value == 0)
        {
            throw new IllegalArgumentException("target " + name + " must be in " + (zeroAllowed ? "[0" : "(0") + ", 1]");
        }
    }

    /**
     * @return one goal per target and element, in a stable order: recording blocking, coverage, each link's
     *         utilisation, each rate-limited recorder's and CUBE's set-up utilisation, each gateway's blocking, each
     *         locations-CAC budget's blocking
     */
    public List<Goal> goals(final Deployment deployment)
    {
        List<Goal> goals = new ArrayList<>();
        goals.add(new Goal("recording blocking", RecordingMetrics.BLOCKING_PROBABILITY.of().name(), true,
                this.recordingBlocking));
        goals.add(new Goal("recording coverage", RecordingMetrics.COVERAGE.of().name(), false, this.coverage));
        for (LinkConfig l : deployment.links())
        {
            goals.add(new Goal("link " + l.id() + " utilisation (peak, busier direction)",
                    LinkMetrics.UTILIZATION.of(l.id()).name(), true, this.linkUtilisation));
        }
        for (RecorderConfig r : deployment.recorders())
        {
            if (!Double.isInfinite(r.maxSetupsPerSecond()))
            {
                goals.add(new Goal("recorder " + r.id() + " set-up rate utilisation",
                        ElementMetrics.RECORDER_SETUP.utilisation().of(r.id()).name(), true, this.setupUtilisation));
            }
        }
        for (CubeConfig c : deployment.cubes())
        {
            if (!Double.isInfinite(c.maxSetupsPerSecond()))
            {
                goals.add(new Goal("CUBE " + c.id() + " set-up rate utilisation",
                        ElementMetrics.CUBE_SETUP.utilisation().of(c.id()).name(), true, this.setupUtilisation));
            }
        }
        for (GatewayConfig g : deployment.gateways())
        {
            goals.add(new Goal("gateway " + g.id() + " blocking", ElementMetrics.GATEWAY_BLOCKING.of(g.id()).name(),
                    true, this.gatewayBlocking));
        }
        for (LinkConfig l : deployment.links())
        {
            if (l.hasCac())
            {
                goals.add(new Goal("link " + l.id() + " locations-CAC blocking",
                        LinkMetrics.CAC_BLOCKING.of(l.id()).name(), true, this.cacBlocking));
            }
        }
        for (Goal o : this.overrides)
        {
            int at = indexOf(goals, o.metric());
            if (at >= 0)
            {
                goals.set(at, new Goal(goals.get(at).label(), o.metric(), o.atMost(), o.limit()));
            }
            else
            {
                goals.add(o);
            }
        }
        return goals;
    }

    /** @return these targets with {@code goal} given on the command line, replacing an earlier one on its metric */
    public Targets with(final Goal goal)
    {
        List<Goal> all = new ArrayList<>(this.overrides);
        int at = indexOf(all, goal.metric());
        if (at >= 0)
        {
            all.remove(at);
        }
        all.add(goal);
        return new Targets(this.recordingBlocking, this.coverage, this.linkUtilisation, this.setupUtilisation,
                this.gatewayBlocking, this.cacBlocking, all);
    }

    private static int indexOf(final List<Goal> goals, final String metric)
    {
        for (int i = 0; i < goals.size(); i++)
        {
            if (goals.get(i).metric().equals(metric))
            {
                return i;
            }
        }
        return -1;
    }
}
