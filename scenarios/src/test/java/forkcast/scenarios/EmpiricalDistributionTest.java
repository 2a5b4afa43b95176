package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.TrafficConfig;
import forkcast.sim.stats.MetricSummary;

/** {@code {dist: empirical, file: ...}}: read relative to the scenario, checked line by line, run like any other. */
class EmpiricalDistributionTest
{
    @TempDir
    Path tmp;

    private Path scenario(final String holding, final String csv) throws IOException
    {
        Files.createDirectories(this.tmp.resolve("data"));
        Files.writeString(this.tmp.resolve("data").resolve("holding.csv"), csv);
        Path file = this.tmp.resolve("s.yaml");
        Files.writeString(file, """
                name: empirical
                sites: [ { id: dc } ]
                agentGroups: [ { id: a, site: dc, agents: 10 } ]
                traffic: [ { id: t, group: a, rate: 10/h, holdingTime: %s } ]
                """.formatted(holding));
        return file;
    }

    private static Scenario load(final Path file) throws ScenarioException
    {
        return new ScenarioLoader(Catalog.builtIn()).load(file, List.of());
    }

    @Test
    void observationsAreReadRelativeToTheScenarioAndHashed() throws Exception
    {
        Path file = scenario("{ dist: empirical, file: data/holding.csv }", "# seconds\n10\n\n30\r\n20\n");
        Scenario s = load(file);
        TrafficConfig t = s.deployment().traffic().get(0);
        assertEquals(DurationDistribution.Kind.EMPIRICAL, t.holdingTime().kind());
        assertEquals(20, t.holdingTime().mean(), 1e-12);
        assertEquals(List.of(new DataFile("data/holding.csv", EmpiricalFile.sha256(
                Files.readAllBytes(this.tmp.resolve("data/holding.csv"))))), s.dataFiles());
    }

    @Test
    void aHistogramIsUpperBoundAndCount() throws Exception
    {
        Scenario s = load(scenario("{ dist: empirical, file: data/holding.csv }", "60,1\n120,0\n180,3\n"));
        assertEquals(0.25 * 30 + 0.75 * 150, s.deployment().traffic().get(0).holdingTime().mean(), 1e-12);
    }

    @Test
    void aFileUsedTwiceIsReadOnceAndItsTableShared() throws Exception
    {
        Files.createDirectories(this.tmp.resolve("data"));
        Files.writeString(this.tmp.resolve("data").resolve("holding.csv"), "10\n20\n");
        Path file = this.tmp.resolve("s.yaml");
        Files.writeString(file, """
                name: empirical
                sites: [ { id: dc } ]
                agentGroups: [ { id: a, site: dc, agents: 10 } ]
                traffic:
                  - { id: t, group: a, rate: 10/h, holdingTime: { dist: empirical, file: data/holding.csv } }
                  - { id: u, group: a, rate: 10/h, holdingTime: { dist: empirical, file: ./data/holding.csv } }
                """);
        Scenario s = load(file);
        assertSame(s.deployment().traffic().get(0).holdingTime().table(),
                s.deployment().traffic().get(1).holdingTime().table());
        assertEquals(1, s.dataFiles().size(), s.dataFiles().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10\\n20\\nabc\\n|3:1: error: empirical distribution: expected a duration in seconds, not 'abc'",
        "10\\n-5\\n|2:1: error: empirical distribution: a duration in seconds must not be negative: -5",
        "10\\nNaN\\n|2:1: error: empirical distribution: expected a duration in seconds, not 'NaN'",
        "60,1\\n120\\n|2:1: error: empirical distribution: expected UPPER,COUNT like the lines before (a histogram)",
        "60,1\\n50,2\\n|2:1: error: empirical distribution: bin bounds must increase: 50 is not above the bound before",
        "60,1\\n120,x\\n|2:1: error: empirical distribution: expected a count, not 'x'",
        "10,1,2\\n|1:1: error: empirical distribution: expected one duration in seconds, or UPPER,COUNT of a histogram,"
                + " not '10,1,2'"})
    void aBadLineIsRefusedWithTheDataFilesNameAndLine(final String csv, final String expected) throws Exception
    {
        Path file = scenario("{ dist: empirical, file: data/holding.csv }", csv.replace("\\n", "\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file));
        assertEquals(this.tmp.resolve("data").resolve("holding.csv") + ":" + expected, e.errors().get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{ dist: empirical, file: data/holding.csv }|# only a comment\\n|holds no values",
        "{ dist: empirical, file: data/nothing.csv }|10\\n|no such file",
        "{ dist: empirical, file: data }|10\\n|is a directory",
        "{ dist: empirical, file: data/holding.csv, mean: 3s }|10\\n|empirical takes only 'file', not 'mean'",
        "{ dist: exponential, mean: 3s, file: data/holding.csv }|10\\n|exponential takes no 'file'"})
    void aMissingEmptyOrMisusedFileIsRefusedAtTheScenariosKey(final String holding, final String csv,
            final String expected) throws Exception
    {
        Path file = scenario(holding, csv.replace("\\n", "\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file));
        String message = e.errors().get(0).toString();
        assertTrue(message.startsWith(file + ":4:"), message);
        assertTrue(message.contains(expected), message);
    }

    /**
     * Erlang-B depends on the holding time only through its mean (insensitivity), so an empirical holding time built
     * from an exponential sample must block as Erlang-B says for the offered load rate × the table's mean.
     */
    @Test
    void anEmpiricalHoldingTimeFromAnExponentialSampleBlocksAsErlangB() throws Exception
    {
        SplittableRandom random = new SplittableRandom(20261201);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            csv.append(String.format(Locale.ROOT, "%.1f%n", -60 * Math.log(1 - random.nextDouble())));
        }
        Files.writeString(this.tmp.resolve("exp.csv"), csv.toString(), StandardCharsets.UTF_8);
        int sessions = 10;
        double perHour = 8.0 / 60 * 3600;
        String yaml = ScenarioText.lossSystem(sessions, 8.0, 60, 20)
                .replace("holdingTime: { dist: exponential, mean: 60.0s }", "holdingTime: { dist: empirical, file: exp.csv }");
        assertTrue(yaml.contains("file: exp.csv"), yaml);
        Path file = this.tmp.resolve("loss.yaml");
        Files.writeString(file, yaml);
        Scenario scenario = load(file);
        double mean = scenario.deployment().traffic().get(0).holdingTime().mean();
        double exact = ScenarioText.erlangB(sessions, perHour / 3600 * mean);
        RunResult run = ScenarioRunner.run(scenario, 2, null);
        MetricSummary blocking = run.results().summary("recording.blockingProbability");
        assertTrue(blocking.contains(exact), "Erlang-B " + exact + " (table mean " + mean + " s) outside the 95% CI ["
                + blocking.ci95low() + ", " + blocking.ci95high() + "]");
        assertTrue(blocking.ci95high() - blocking.ci95low() < 0.25 * exact, "tight enough to mean something: " + blocking);
    }
}
