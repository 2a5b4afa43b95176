package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.MetricCatalogue;
import forkcast.models.metrics.MetricsDocument;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.metrics.MetricDescriptor;

/**
 * Every metric any example produces is declared in the catalogue (its value carries a catalogue descriptor whose
 * pattern gives its name) and documented in {@code docs/metrics.md} with its unit and meaning; and every declared
 * metric is produced by some example, so the catalogue holds no dead entries. One replication each: the set of names
 * does not depend on the number of replications.
 */
class MetricCatalogueCoverageTest
{
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path DOC = Path.of("..", "docs", "metrics.md");

    @Test
    void everyMetricOfEveryExampleIsInTheCatalogueAndInDocsMetricsMd() throws IOException, ScenarioException
    {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES))
        {
            examples = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(6, examples.size(), "the six examples");
        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        List<MetricDescriptor> catalogue = MetricCatalogue.all();
        Set<MetricDescriptor> produced = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        int names = 0;
        // no example rate-limits a CUBE's set-ups, so the mifid one runs once more with cube-a limited (F6)
        List<Path> runs = new ArrayList<>(examples);
        runs.add(EXAMPLES.resolve("mifid-multifork.yaml"));
        for (int i = 0; i < runs.size(); i++)
        {
            Path example = runs.get(i);
            List<String> set = i < examples.size() ? List.of("run.replications=1")
                    : List.of("run.replications=1", "cubes.cube-a.maxSetupsPerSecond=5");
            Scenario scenario = loader.load(example, set);
            ReplicationOutput out = ScenarioRunner.run(scenario, 1, r -> { }).results().replications().get(0);
            List<Metric> metrics = new ArrayList<>();
            out.scalars().values().forEach(s -> metrics.add(s.metric()));
            out.series().values().forEach(s -> metrics.add(s.metric()));
            for (Metric m : metrics)
            {
                names++;
                MetricDescriptor d = m.descriptor();
                produced.add(d);
                if (!catalogue.contains(d) || !d.matches(m.name()))
                {
                    problems.add(example.getFileName() + ": " + m.name() + " is not declared in the catalogue");
                }
                else if (!doc.contains(MetricsDocument.row(d)) || d.unit().isBlank() || d.meaning().isBlank())
                {
                    problems.add(example.getFileName() + ": " + m.name() + " (" + d.pattern()
                            + ") has no row with unit and meaning in docs/metrics.md");
                }
            }
        }
        assertEquals(List.of(), problems, "regenerate docs/metrics.md with " + MetricsDocument.REGENERATE);
        assertTrue(names > 500, "the examples produce many metrics: " + names);
        List<String> unused = catalogue.stream().filter(d -> !produced.contains(d)).map(MetricDescriptor::pattern)
                .toList();
        assertEquals(List.of(), unused, "declared but produced by no example");
    }
}
