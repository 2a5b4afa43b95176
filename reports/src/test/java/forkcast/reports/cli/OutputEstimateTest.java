package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.ResourceEstimator;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;

/** The output estimate against what the examples really write (its calibration, docs/resources.md). */
class OutputEstimateTest
{
    @TempDir
    Path tmp;

    @Test
    void theExamplesRunWithoutAResourceWarningAndWriteLessThanEstimated() throws Exception
    {
        for (String example : new String[] {"quickstart", "contact-centre", "mifid-multifork", "misconfigured",
                "network-vs-phone", "branch-phone-vs-network"})
        {
            Path out = this.tmp.resolve(example);
            Path file = RunCommandTest.EXAMPLES.resolve(example + ".yaml");
            Cli cli = Cli.run("run", file.toString(), "--replications", "2", "--out", out.toString());
            assertEquals(0, cli.exitCode, cli.err);
            assertFalse(cli.err.contains("will take"), cli.err);
            Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(file, List.of("run.replications=2"));
            long written;
            try (Stream<Path> files = Files.walk(out))
            {
                written = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            double estimated = ResourceEstimator.run(scenario, 2).outputBytes();
            assertTrue(written <= estimated && estimated <= 3 * written, example + ": " + written + " bytes written, "
                    + estimated + " estimated");
        }
    }
}
