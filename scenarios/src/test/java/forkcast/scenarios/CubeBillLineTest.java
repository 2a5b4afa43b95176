package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.sim.Purchase;
import forkcast.sim.Rating;

/**
 * A CUBE's bill line counts dialogs (R10: 2 per session and 2 per forked copy), so it is named for them: "CUBE cube-a
 * dialogs", as its rating reads "sessions (dialogs)", and a buyer does not read 720 dialogs as 720 sessions. Its
 * {@code --set} is still the CUBE's {@code maxSessions}, the scenario's name for that capacity.
 */
class CubeBillLineTest
{
    @Test
    void theLineIsNamedForItsDialogs() throws Exception
    {
        List<Rating> ratings = new ScenarioLoader(Catalog.builtIn())
                .load(Path.of("examples", "mifid-multifork.yaml"), List.of()).deployment().ratings();
        int cubes = 0;
        for (Rating rating : ratings)
        {
            if (!rating.label().endsWith(" sessions (dialogs)") || !rating.label().startsWith("CUBE "))
            {
                continue;
            }
            cubes++;
            String id = rating.label().split(" ")[1];
            Purchase line = rating.purchases().get(0);
            assertEquals("CUBE " + id + " dialogs", line.element());
            assertEquals("dialogs", line.unit());
            assertEquals("cubes." + id + ".maxSessions", line.setting().key());
        }
        assertTrue(cubes == 2, "the example's two CUBEs: " + cubes);
    }
}
