package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.LinkMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/** The sweep table's figures: mean ± half-width, both to the decimals the half-width supports, in the header's unit. */
class SweepTableTest
{
    private static final Metric MBPS = LinkMetrics.MBPS_PEAK.of("wan");
    private static final Metric USE = LinkMetrics.UTILIZATION.of("wan");

    private static ExperimentResults results(final Metric metric, final double... values)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < values.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(metric, values[i]);
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    /** @return the half-width the table rounds, the larger side of the 95% interval */
    private static double half(final ExperimentResults results, final Metric metric)
    {
        MetricSummary s = results.summary(metric.name());
        return Math.max(s.ci95high() - s.mean(), s.mean() - s.ci95low());
    }

    @Test
    void theMeanIsRoundedToTheHalfWidthsFirstSignificantDigit()
    {
        // 20 replications alternating 33.5 and 34.82: mean 34.16, half-width 2.093 x 0.6773 / sqrt(20) = 0.317
        double[] values = new double[20];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = i % 2 == 0 ? 33.5 : 34.82;
        }
        ExperimentResults r = results(MBPS, values);
        assertEquals(0.317, half(r, MBPS), 0.001);
        assertEquals("34.2 ± 0.3", SweepTable.figure(r, MBPS.name()));
        assertEquals("Mbit/s", SweepTable.unit(r, MBPS.name()));
    }

    @Test
    void aHalfWidthThatStartsWithAOneKeepsTwoDigits()
    {
        // 33.6, 34.16, 34.72: standard deviation 0.56, half-width 4.303 x 0.56 / sqrt(3) = 1.391
        ExperimentResults r = results(MBPS, 33.6, 34.16, 34.72);
        assertEquals(1.391, half(r, MBPS), 0.001);
        assertEquals("34.2 ± 1.4", SweepTable.figure(r, MBPS.name()));
        // large figures round to their tens: 10,036 ± 139.1 -> 10040 ± 140
        ExperimentResults large = results(MBPS, 9980, 10036, 10092);
        assertEquals(139.1, half(large, MBPS), 0.1);
        assertEquals("10040 ± 140", SweepTable.figure(large, MBPS.name()));
    }

    @Test
    void aShareIsInPercentWithTheUnitInTheHeader()
    {
        // 0.52, 0.57, 0.62: 57% ± 4.303 x 5 / sqrt(3) = 12.4 percentage points
        ExperimentResults r = results(USE, 0.52, 0.57, 0.62);
        assertEquals("%", SweepTable.unit(r, USE.name()));
        assertEquals("57 ± 12", SweepTable.figure(r, USE.name()));
    }

    @Test
    void everyReplicationTheSameIsPlusOrMinusZero()
    {
        assertEquals("60 ± 0", SweepTable.figure(results(MBPS, 60, 60, 60), MBPS.name()));
        assertEquals("17.02 ± 0", SweepTable.figure(results(MBPS, 17.02, 17.02), MBPS.name()));
        // a share as it is, as the report gives it: 139.5 beside 87.2 in one column, not 140 beside 87.20
        assertEquals("139.5 ± 0", SweepTable.figure(results(USE, 1.395, 1.395), USE.name()));
        assertEquals("87.2 ± 0", SweepTable.figure(results(USE, 0.872, 0.872), USE.name()));
    }
}
