package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The catalog marks a value of Forkcast's own by a source that begins "assumption" (catalog.yaml); a scenario that
 * leaves a CUBE's capacity to its platform runs on such a figure, and says which settings hold one, so that their
 * ratings read as assumed. A figure the scenario gives is its own, assumed no more.
 */
class CatalogAssumptionTest
{
    private static final Path MIFID = Path.of("examples", "mifid-multifork.yaml");

    @Test
    void theCatalogMarksItsAssumptionsByTheirSource()
    {
        Catalog catalog = Catalog.builtIn();
        assertTrue(catalog.cubeEntries().get("ASR1001-X").assumption(), "no Cisco multi-fork rating is published");
        assertFalse(catalog.codecEntries().get("G711").assumption(), "G.711 is the RFC's and Cisco's");
        assertFalse(new Catalog.Entry("x", "1", "Cisco, a guide; an assumption drawn from it").assumption(),
                "a cited figure with an assumption in its source is marked by what its source says first");
    }

    @Test
    void aCubeLeftToItsPlatformRunsOnAssumedFigures() throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        assertEquals(List.of("cubes.cube-a.maxSessions", "cubes.cube-a.maxSetupsPerSecond", "cubes.cube-b.maxSessions",
                "cubes.cube-b.maxSetupsPerSecond"), loader.load(MIFID, List.of()).assumed());
        assertEquals(List.of("cubes.cube-a.maxSetupsPerSecond", "cubes.cube-b.maxSessions",
                "cubes.cube-b.maxSetupsPerSecond"), loader.load(MIFID, List.of("cubes.cube-a.maxSessions=10000"))
                .assumed(), "a maxSessions the scenario gives is its own");
        assertEquals(List.of(), loader.load(Path.of("examples", "quickstart.yaml"), List.of()).assumed(),
                "no CUBE, nothing assumed");
    }
}
