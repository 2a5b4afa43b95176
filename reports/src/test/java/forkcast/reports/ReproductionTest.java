package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;

/** What a report says was read: each scenario file once, with its hash, and the scenarios read from it. */
class ReproductionTest
{
    private static final Path EXAMPLES = Path.of("..", "scenarios", "examples");

    private static String sha256(final byte[] bytes) throws Exception
    {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void eachFileIsListedOnceWithItsHashAndTheScenariosReadFromIt() throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        byte[] branches = Files.readAllBytes(EXAMPLES.resolve("branch-phone-vs-network.yaml"));
        byte[] quickstart = Files.readAllBytes(EXAMPLES.resolve("quickstart.yaml"));
        List<Scenario> read = new ArrayList<>(loader.loadAlternatives("branches.yaml", branches, List.of()));
        read.add(loader.load("quick.yaml", quickstart, List.of()));
        Reproduction r = Reproduction.of(read, 9, 3, List.of("links.*.mbps=45"), List.of(), List.of("forkcast",
                "compare", "branches.yaml", "quick.yaml", "--set", "links.*.mbps=45", "--out", "x", "--quiet"));
        assertEquals(List.of(new Reproduction.Input("branch-phone-vs-network, gateway-recording, multi-fork",
                "branches.yaml", sha256(branches)), new Reproduction.Input("quickstart", "quick.yaml",
                        sha256(quickstart))), r.inputs(), "the variants share their file's line");
        assertEquals("branch-phone-vs-network", r.scenario(), "the baseline names the command's scenario");
        assertEquals("forkcast compare branches.yaml quick.yaml --set 'links.*.mbps=45'", r.shellCommand());
    }
}
