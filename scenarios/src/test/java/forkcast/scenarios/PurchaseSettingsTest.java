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
 * setting is a scenario key that sets the very value the line is compared with ({@code current}), so --set of it is
 * accepted and buys what the line says; where it is the rating's own limit (a hard limit, a link's Mbit/s, a node's
 * BHCC rating), it sets that limit, with a CUBE's call-movement derating applied.
 */
class PurchaseSettingsTest
{
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quickstart.yaml", "contact-centre.yaml", "mifid-multifork.yaml"})
    void eachSettingSetsWhatItsLineIsComparedWith(final String example) throws Exception
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        List<Rating> ratings = loader.load(Path.of("examples", example), List.of()).deployment().ratings();
        int settings = 0;
        int limits = 0;
        for (Rating rating : ratings)
        {
            for (Purchase p : rating.purchases())
            {
                if (p.setting() == null)
                {
                    continue;
                }
                settings++;
                int value = (int) p.setting().current() + 777;
                List<Rating> bought = loader.load(Path.of("examples", example),
                        List.of(p.setting().key() + "=" + value)).deployment().ratings();
                Purchase again = bought.stream().flatMap(r -> r.purchases().stream())
                        .filter(q -> q.element().equals(p.element())).findFirst().orElseThrow();
                assertEquals(value, again.setting().current(), p.setting().key());
                if (Math.floor(p.setting().current() * p.setting().kept() + 1e-9) == rating.limit())
                {
                    limits++;
                    Rating limit = bought.stream().filter(r -> r.label().equals(rating.label())).findFirst()
                            .orElseThrow();
                    assertEquals(Math.floor(value * p.setting().kept() + 1e-9), limit.limit(), p.setting().key());
                }
            }
        }
        assertTrue(settings > 0 && limits > 0, "the example has settings to check: " + settings + ", " + limits);
    }
}
