package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import forkcast.sim.Purchase;
import forkcast.sim.Rating;

/**
 * The bill of materials gives a confirming run the {@code --set} arguments of its new quantities: each purchase's
 * setting is a scenario key that sets the very limit its rating holds (so --set of it is accepted, and buys what the
 * line says), with a CUBE's call-movement derating applied.
 */
class PurchaseSettingsTest
{
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart.yaml", "contact-centre.yaml", "mifid-multifork.yaml"})
    void eachSettingSetsItsRatingsLimit(final String example) throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<Rating> ratings = loader.load(Path.of("examples", example), List.of()).deployment().ratings();
        int settings = 0;
        for (Rating rating : ratings)
        {
            for (Purchase p : rating.purchases())
            {
                if (p.setting() == null)
                {
                    continue;
                }
                settings++;
                int value = (int) rating.limit() + 777;
                Rating bought = loader.load(Path.of("examples", example), List.of(p.setting().key() + "=" + value))
                        .deployment().ratings().stream().filter(r -> r.label().equals(rating.label())).findFirst()
                        .orElseThrow();
                assertEquals(Math.floor(value * p.setting().kept() + 1e-9), bought.limit(), p.setting().key());
                assertTrue(rating.hard(), "a setting confirms a hard limit: " + rating.label());
            }
        }
        assertTrue(settings > 0, "the example has settings to check");
    }
}
