package forkcast.models.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricKind;

/**
 * {@code docs/metrics.md} is the catalogue's rendering, byte for byte; after changing a metric, regenerate it with
 * the command in {@link MetricsDocument#REGENERATE}.
 */
class MetricsDocTest
{
    private static final Path DOC = Path.of("..", "docs", "metrics.md");

    @Test
    void docsMetricsMdIsTheCataloguesRendering() throws IOException
    {
        String rendered = MetricsDocument.render();
        if (Boolean.getBoolean("forkcast.metricsDoc.write"))
        {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        String written = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "(missing)";
        assertEquals(rendered, written, "docs/metrics.md is stale: regenerate it from the metric catalogue with\n  "
                + MetricsDocument.REGENERATE + "\n");
    }

    @Test
    void eachMetricIsDeclaredOnceAndEveryRowSaysWhatItIs()
    {
        List<MetricDescriptor> all = MetricCatalogue.all();
        Set<String> seen = new HashSet<>();
        String doc = MetricsDocument.render();
        for (MetricDescriptor d : all)
        {
            assertTrue(seen.add(d.pattern() + (d.kind() == MetricKind.SERIES ? " (series)" : "")),
                    d.pattern() + " is declared twice");
            assertTrue(doc.contains(MetricsDocument.row(d)), d.pattern());
            assertTrue(MetricsDocument.row(d).contains(" | " + d.unit().replace("<", "&lt;") + " | "), d.pattern());
        }
        assertEquals(all.size(), doc.lines().filter(l -> l.startsWith("| `")).count(), "one row per metric");
    }

    @Test
    void aPlaceholderIsShownInTheDocumentNotSwallowedAsAnHtmlTag()
    {
        String row = MetricsDocument.row(LinkMetrics.TOWARD_MBPS_MEAN);
        assertTrue(row.startsWith("| `bandwidth.link.<id>.to-<to>.mbps.mean` | Mbit/s | level mean | link | toward &lt;to&gt; |"),
                row);
    }

    @Test
    void aCheckpointFindsEachMetricByItsPatternAndWhetherItIsASeries()
    {
        assertEquals(CallMetrics.OFFERED.total(), MetricCatalogue.find("calls.offered", false).orElseThrow());
        assertEquals(CallMetrics.OFFERED.perInterval(), MetricCatalogue.find("calls.offered", true).orElseThrow());
        assertTrue(MetricCatalogue.find("calls.invented", false).isEmpty());
    }
}
