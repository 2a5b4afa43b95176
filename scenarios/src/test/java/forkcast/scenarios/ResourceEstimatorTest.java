package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import forkcast.sim.ReplicationOutput;

class ResourceEstimatorTest
{
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path QUICKSTART = EXAMPLES.resolve("quickstart.yaml");
    /** The smallest heap the documented limits are meant for (docs/resources.md): results must not depend on it. */
    private static final ResourceLimits SMALL_HEAP = ResourceLimits.standard(512L << 20);

    private final ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());

    static Stream<Path> examples() throws IOException
    {
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExamplesAreAcceptedWithoutWarnings(final Path example) throws ScenarioException
    {
        Scenario scenario = this.loader.load(example, List.of());
        for (int threads : new int[] {1, 2, 16})
        {
            ResourceLimits.Check check = SMALL_HEAP.check(ResourceEstimator.run(scenario, threads));
            assertEquals(List.of(), check.refusals());
            assertEquals(List.of(), check.warnings());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theEstimateCoversWhatTheExampleTakes(final Path example) throws ScenarioException
    {
        Scenario scenario = this.loader.load(example, List.of());
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        double events = 0;
        for (ReplicationOutput r : run.results().replications())
        {
            events += r.value("sim.events");
        }
        ResourceEstimate estimate = ResourceEstimator.run(scenario, 2);
        assertTrue(estimate.events() >= events, estimate.events() + " estimated, " + events + " taken");
        assertTrue(estimate.events() <= 4 * events, "the estimate stays within a factor 4 of the examples");
        ReplicationOutput first = run.results().replications().get(0);
        assertEquals(first.series().size(), ResourceEstimator.series(scenario.deployment()),
                "the series counted as RecordingModel.collect declares them");
        assertEquals((double) first.series().size() * first.window().intervals() * scenario.replications(),
                estimate.timeseriesRows());
    }

    @Test
    void aYearLongRunIsRefusedForItsOutput() throws ScenarioException
    {
        Scenario year = this.loader.load(QUICKSTART, List.of("run.duration=365d"));
        ResourceEstimate estimate = ResourceEstimator.run(year, 2);
        ResourceLimits.Check check = SMALL_HEAP.check(estimate);
        assertTrue(check.refusals().stream().anyMatch(r -> r.contains("output files") && r.contains("timeseries.csv")),
                check.toString());
        // 105,120 five-minute intervals, 72 series (F7 added calls.blocked.cac and recording.failed.location-cac, the
        // gateway gw-dc its calls offered, blocked, seized and refused by CAC), 10 replications
        assertEquals(105_120.0 * 72 * 10, estimate.timeseriesRows());
    }

    @Test
    void aThirtyDayRunIsAllowedWithAWarning() throws ScenarioException
    {
        Scenario month = this.loader.load(QUICKSTART, List.of("run.duration=30d"));
        ResourceLimits.Check check = ResourceLimits.standard(4L << 30).check(ResourceEstimator.run(month, 2));
        assertEquals(List.of(), check.refusals());
        assertTrue(check.warnings().stream().anyMatch(w -> w.contains("output files")), check.toString());
    }

    @Test
    void aDayOfTheQuickstartWithAnHourlyProfileIsAcceptedAndItsEstimateCoversIt() throws IOException, ScenarioException
    {
        String text = Files.readString(QUICKSTART, StandardCharsets.UTF_8);
        byte[] day = withProfile(text, "[0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1, 1.2, 1.2, 1.1, 1, 1.1, 1.2, 1.1, 1,"
                + " 0.8, 0.6, 0.4, 0.3, 0.2, 0.1, 0.1]\n    profileInterval: 1h");
        Scenario scenario = this.loader.load("q.yaml", day, List.of("run.duration=24h"));
        ResourceLimits.Check check = SMALL_HEAP.check(ResourceEstimator.run(scenario, 2));
        assertEquals(List.of(), check.refusals());
        assertEquals(List.of(), check.warnings());
        Scenario two = scenario.withReplications(2);
        RunResult run = ScenarioRunner.run(two, 2, null);
        double events = 0;
        for (ReplicationOutput r : run.results().replications())
        {
            events += r.value("sim.events");
        }
        assertTrue(ResourceEstimator.run(two, 2).events() >= events, "the estimate takes the peak hour all day");
        assertTrue(run.results().summary("recorder.rec-a.storageGbPerDay").mean() > 0, "a measured day has storage");
    }

    @Test
    void theProfilesLargestMultiplierCountsTowardsTheRate() throws IOException, ScenarioException
    {
        String text = Files.readString(QUICKSTART, StandardCharsets.UTF_8);
        Scenario flat = this.loader.load("q.yaml", text.getBytes(StandardCharsets.UTF_8), List.of());
        Scenario peaked = this.loader.load("q.yaml", withProfile(text, "[0.5, 3, 1]"), List.of());
        assertEquals(3 * ResourceEstimator.run(flat, 1).events(), ResourceEstimator.run(peaked, 1).events(), 1e-6);
        // 1000/s at the profile's largest multiplier (1000, the top of its range) is 10^6 calls/s at the peak
        Scenario million = this.loader.load("q.yaml", withProfile(text, "[1, 1000]"),
                List.of("traffic.inbound.rate=1000/s"));
        ResourceLimits.Check check = SMALL_HEAP.check(ResourceEstimator.run(million, 2));
        assertTrue(check.refusals().stream().anyMatch(r -> r.contains("simulation events")), check.toString());
    }

    @Test
    void aMillionCallsPerSecondIsRefusedThoughTheRateGuardAllowsIt() throws ScenarioException
    {
        Scenario scenario = this.loader.load(QUICKSTART, List.of("traffic.inbound.rate=1000000/s"));
        ResourceLimits.Check check = SMALL_HEAP.check(ResourceEstimator.run(scenario, 2));
        assertTrue(check.refusals().stream().anyMatch(r -> r.contains("simulation events")), check.toString());
        assertTrue(check.refusals().stream().anyMatch(r -> r.contains("memory")), check.toString());
    }

    @Test
    void aSweepIsEstimatedPerPointTimesPoints() throws ScenarioException
    {
        List<Scenario> points = Sweep.points(this.loader, QUICKSTART, List.of(),
                List.of(SweepAxis.parse("recorders.rec-a.maxStreams=100,120,140")), 4);
        assertEquals(3, points.size());
        ResourceEstimate one = ResourceEstimator.batch(List.of(points.get(0)), 2);
        ResourceEstimate all = ResourceEstimator.batch(points, 2);
        assertEquals(3 * one.events(), all.events(), 1e-6);
        assertTrue(all.memoryBytes() > one.memoryBytes(), "every point's results are held until the end");
        assertEquals(4 * ResourceEstimator.events(points.get(0)), one.events(), 1e-6);
    }

    @Test
    void aSizingIsEstimatedAtItsWorstCase() throws ScenarioException
    {
        SweepAxis axis = SweepAxis.parse("recorders.rec-a.maxStreams=100..200:10"); // 11 values
        ResourceEstimate e = Sizing.estimate(this.loader, QUICKSTART, List.of(), axis, 5, 2);
        Scenario point = this.loader.load(QUICKSTART, List.of());
        // 4 + 2 evaluations, each escalated to 5 + 10 + 20 replications
        assertEquals(6 * 35 * ResourceEstimator.events(point), e.events(), 1e-6);
        assertFalse(SMALL_HEAP.check(e).refusals().size() > 0);
    }

    private static byte[] withProfile(final String quickstart, final String profile)
    {
        String text = quickstart.replace("    rate: 900/h\n", "    rate: 900/h\n    profile: " + profile + "\n");
        if (text.equals(quickstart))
        {
            throw new IllegalStateException("quickstart.yaml changed: no 'rate: 900/h' line to add a profile after");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
