package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.ScenarioRunner;

class HtmlEscapingTest
{
    @TempDir
    Path tmp;

    @Test
    void userTextIsEscapedAndOnlyTheTemplatesElementsExist() throws Exception
    {
        String hostile = "<script>alert(1)</script> \\\"><img src=x onerror=alert(2)> </script>";
        String yaml = """
                name: hostile
                description: "%s"
                run: { replications: 2, duration: 1h }
                cluster: { builtInBridge: on }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups: [ { id: a, site: dc, agents: 10, line: { recording: automatic, profile: rp } } ]
                traffic: [ { id: c, group: a, rate: 100/h, direction: internal } ]   # <script>alert(3)</script>
                """.formatted(hostile);
        Catalog catalog = Catalog.builtIn();
        Scenario scenario = new ScenarioLoader(catalog).load("hostile.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                List.of());
        RunResult run = ScenarioRunner.run(scenario, 1, null);
        Path out = this.tmp.resolve("out");
        RunReportWriter.write(run, out, catalog, Reproduction.ofRun(scenario, List.of(), List.of("forkcast", "run")),
                Instant.EPOCH);
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script"), "no script element at all");
        assertFalse(html.contains("<img"), "no injected image element");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the description is shown, escaped");
        assertTrue(html.contains("# &lt;script&gt;alert(3)&lt;/script&gt;"), "the scenario text is shown, escaped");
        assertEquals(1, html.split("<header>", -1).length - 1);
    }
}
