package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.stats.MeasurementWindow;

/** OK, NEAR, OVER and n/a of a target, on both sides. */
class GoalVerdictTest
{
    private static String status(final Goal goal, final double... values)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < values.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 300, 300));
            r.put(RecordingMetrics.BLOCKING_PROBABILITY.of(), values[i]);
            reps.add(r);
        }
        return GoalVerdict.judge(new ExperimentResults(reps), List.of(goal)).get(0).status();
    }

    @Test
    void atMostAndAtLeast()
    {
        String metric = RecordingMetrics.BLOCKING_PROBABILITY.of().name();
        Goal atMost = new Goal("blocking", metric, true, 0.01);
        assertEquals("OK", status(atMost, 0.002, 0.003, 0.004));
        assertEquals("NEAR", status(atMost, 0.001, 0.009, 0.017)); // mean 0.009 meets 1%, the upper bound does not
        assertEquals("OVER", status(atMost, 0.02, 0.03, 0.04));
        assertEquals("n/a", status(atMost, Double.NaN, Double.NaN));
        Goal atLeast = new Goal("share", metric, false, 0.5);
        assertEquals("OK", status(atLeast, 0.8, 0.81, 0.82));
        assertEquals("NEAR", status(atLeast, 0.3, 0.6, 0.9));
        assertEquals("OVER", status(atLeast, 0.1, 0.2, 0.3));
    }
}
