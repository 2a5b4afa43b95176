package forkcast.sim;

import forkcast.sim.metrics.Aggregation;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricDirection;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/** The metrics the simulator itself adds to every replication. */
public final class SimulatorMetrics
{
    public static final MetricGroup GROUP = new MetricGroup("Simulator");

    public static final MetricDescriptor EVENTS = GROUP.scalar("sim.events", "events", MetricKind.COUNTER, "simulator",
            MetricDirection.NONE, Aggregation.TOTAL,
            "model events the simulator executed in the replication, warm-up included (a measure of work, not of the"
                    + " system)");

    private SimulatorMetrics()
    {
    }
}
