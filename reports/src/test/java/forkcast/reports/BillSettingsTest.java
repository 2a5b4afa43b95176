package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;

/**
 * Every line of the bill that a scenario setting holds carries that setting where its quantity is above what the
 * scenario has, soft ratings too: the contact-centre example with its set-up rate, disk and a node's BHCC rating cut
 * below what its run asks, each line's setting buys its quantity, and lines within what the scenario has carry none.
 */
class BillSettingsTest
{
    private static final Path CONTACT_CENTRE = Path.of("..", "scenarios", "examples", "contact-centre.yaml");

    private static Answer answer(final List<String> overrides) throws Exception
    {
        List<String> all = new ArrayList<>(List.of("run.replications=3"));
        all.addAll(overrides);
        return Answer.of(ScenarioRunner.run(new ScenarioLoader(Catalog.builtIn()).load(CONTACT_CENTRE.toString(),
                Files.readAllBytes(CONTACT_CENTRE), all), 1, null));
    }

    private static BillOfMaterials.Line line(final Answer answer, final String element)
    {
        return answer.bill().stream().filter(l -> l.element().equals(element)).findFirst().orElseThrow();
    }

    @Test
    void softRatingsLinesCarryTheSettingThatHoldsThem() throws Exception
    {
        // the set-up rate cut to 1.5/s still serves the run (2.1/s asked at the 80% target), the disk to 1 TB, node
        // sub-2's rating to 1,000 calls/h: none of them refuses anything
        Answer cut = answer(List.of("recorders.rec-dc.maxSetupsPerSecond=1.5", "recorders.rec-dc.storageTb=1",
                "cluster.nodes.sub-2.bhccRating=1000"));
        BillOfMaterials.Line rate = line(cut, "recorder rec-dc set-up rate");
        assertTrue(rate.quantity() > 1.5, rate.toString());
        assertEquals("recorders.rec-dc.maxSetupsPerSecond=" + Numbers.exact(rate.quantity()), rate.set());
        BillOfMaterials.Line disk = line(cut, "recorder rec-dc storage (90 days retained)");
        assertTrue(disk.quantity() > 1, disk.toString());
        assertEquals("recorders.rec-dc.storageTb=" + Numbers.exact(disk.quantity()), disk.set());
        BillOfMaterials.Line node = line(cut, "CUCM node sub-2 BHCC rating");
        assertTrue(node.quantity() > 1000, node.toString());
        assertEquals("cluster.nodes.sub-2.bhccRating=" + Numbers.exact(node.quantity()), node.set());
        assertNull(line(cut, "CUCM node sub-1 BHCC rating").set(), "within sub-1's 25,000 calls/h");
        List<String> settings = cut.confirmation().settings();
        for (BillOfMaterials.Line l : List.of(rate, disk, node))
        {
            assertTrue(settings.contains("--set " + l.set()), l.set() + " in " + settings);
        }
    }
}
