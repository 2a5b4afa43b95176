package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.sim.stats.BootstrapTBound;

/** Sweeps and automatic sizing against what Erlang-B says exactly. */
class SweepAndSizingTest
{
    @TempDir
    Path tmp;

    /** One recorder; 8 Erlang of recorded calls of 60 s; the sessions it takes are maxStreams / 2. */
    private Path lossSystem() throws IOException
    {
        return Files.writeString(this.tmp.resolve("loss.yaml"), ScenarioText.lossSystem(10, 8.0, 60, 12));
    }

    @Test
    void sizingFindsTheSmallestCapacityThatErlangBSaysMeetsTheTarget() throws Exception
    {
        double target = 0.05;
        int exact = 1;
        while (ScenarioText.erlangB(exact, 8.0) > target)
        {
            exact++;
        }
        // capacity in streams, two per session: 2 x 6 .. 2 x 20
        Sizing.Result result = Sizing.run(new ScenarioLoader(Catalog.builtIn()), lossSystem(), List.of(),
                SweepAxis.parse("recorders.rec.maxStreams=12..40:2"),
                List.of(SizingTarget.parse("recording.blockingProbability<=" + target)), 0.95, null, null, 2, null);
        int found = Integer.parseInt(result.value()) / 2;
        assertTrue(found == exact || found == exact + 1, "Erlang-B says " + exact + " sessions; sizing found " + found
                + " (one more is allowed where the interval straddles the target)");
        assertEquals(Integer.toString(2 * (found - 1)), result.below());
        Sizing.Evidence belowEvidence = result.evidence().stream().filter(e -> e.value().equals(result.below()))
                .findFirst().orElseThrow();
        assertTrue(!belowEvidence.met(), "the neighbour below fails");
        assertTrue(result.evidence().size() <= 7, "bisection over 15 values: " + result.evidence().size());
    }

    @Test
    void sizingSaysSoWhenNoValueInTheRangeMeetsTheTarget() throws Exception
    {
        Sizing.Result result = Sizing.run(new ScenarioLoader(Catalog.builtIn()), lossSystem(), List.of(),
                SweepAxis.parse("recorders.rec.maxStreams=2..6:2"),
                List.of(SizingTarget.parse("recording.blockingProbability<=0.01")), 0.95, null, 4, 2, null);
        assertNull(result.value());
    }

    @Test
    void aSweepOverCapacityIsMonotoneInBlocking() throws Exception
    {
        List<Sweep.Point> points = Sweep.run(new ScenarioLoader(Catalog.builtIn()), lossSystem(), List.of(),
                List.of(SweepAxis.parse("recorders.rec.maxStreams=10,14,18,22,26")), null, 6, 2, null);
        double previous = Double.MAX_VALUE;
        for (Sweep.Point point : points)
        {
            double blocking = point.result().results().summary("recording.blockingProbability").mean();
            assertTrue(blocking < previous, point.values() + ": " + blocking + " after " + previous);
            previous = blocking;
        }
        assertEquals(5, points.size());
    }

    @Test
    void axesAndTargetsAreParsed()
    {
        assertEquals(List.of("1", "1.5", "2"), SweepAxis.parse("a.b=1..2:0.5").values());
        assertEquals(List.of("on", "off"), SweepAxis.parse("cluster.builtInBridge=on,off").values());
        assertEquals(6, Sweep.grid(List.of(SweepAxis.parse("a=1..3"), SweepAxis.parse("b=x,y"))).size());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("a=3..1"));
        SizingTarget t = SizingTarget.parse("recording.coverage>=0.99");
        assertTrue(!t.atMost());
        assertEquals(0.99, t.limit(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> SizingTarget.parse("coverage=1"));
        // the one-sided bootstrap-t bound of the defined values: upper for <=, lower for >=
        double[] values = {1, Double.NaN, 2, 3, 7};
        double[] defined = {1, 2, 3, 7};
        assertEquals(BootstrapTBound.upper(defined, 0.95), SizingTarget.parse("m<=1").bound(values, 0.95), 0.0);
        assertEquals(BootstrapTBound.lower(defined, 0.95), SizingTarget.parse("m>=1").bound(values, 0.95), 0.0);
        assertTrue(Double.isNaN(SizingTarget.parse("m<=1").bound(new double[] {1, Double.NaN}, 0.95)));
    }
}
