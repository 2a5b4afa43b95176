package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;

/**
 * Whether a comparison's alternatives offer the same calls: their traffic streams after loading, compared by value (a
 * day profile is an array, which a record's own equals compares by identity).
 */
class TrafficDifferenceTest
{
    private static final Path EXAMPLES = Path.of("..", "scenarios", "examples");

    private final ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());

    private Scenario load(final String file, final String... overrides) throws Exception
    {
        return this.loader.load(EXAMPLES.resolve(file), List.of(overrides));
    }

    @Test
    void aScenarioAndItsVariantsHaveTheSameTraffic() throws Exception
    {
        assertEquals(List.of(), TrafficDifference.of(this.loader.loadAlternatives(
                EXAMPLES.resolve("branch-phone-vs-network.yaml"), List.of())));
        // another link or recorder is what a comparison compares; a profile loaded twice is equal by value
        assertNull(TrafficDifference.warning(List.of(load("contact-centre.yaml"),
                load("contact-centre.yaml", "links.wan-branch.mbps=200", "recorders.rec-dc.maxStreams=500")
                        .withName("bigger"))));
    }

    @Test
    void twoFilesWithOtherStreamsHaveOtherTraffic() throws Exception
    {
        String warning = TrafficDifference.warning(List.of(load("network-vs-phone.yaml"),
                load("branch-phone-vs-network.yaml")));
        assertTrue(warning.endsWith("branch-phone-vs-network has other traffic than network-vs-phone (streams only"
                + " in network-vs-phone: via-dc, via-branch; only in branch-phone-vs-network: to-north, to-south,"
                + " to-east)"), warning);
        assertTrue(warning.startsWith("the alternatives do not see the same calls, so a paired difference is not like"
                + " for like"), warning);
    }

    @Test
    void aStreamSetOtherwiseIsOtherTraffic() throws Exception
    {
        Scenario base = load("network-vs-phone.yaml");
        assertEquals(List.of("more has other traffic than network-vs-phone (set otherwise: via-branch)"),
                TrafficDifference.of(List.of(base, load("network-vs-phone.yaml", "traffic.via-branch.rate=600/h")
                        .withName("more"))));
        // the growth factor scales every stream's rate as it is loaded
        assertEquals(List.of("grown has other traffic than network-vs-phone (set otherwise: via-dc, via-branch)"),
                TrafficDifference.of(List.of(base, load("network-vs-phone.yaml", "run.trafficScale=1.2")
                        .withName("grown"))));
    }
}
