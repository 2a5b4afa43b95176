package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contact centre's nodes reach the outputs: a verdict per node and a per-node table; CTI judged by devices. */
class NodeVerdictsCliTest
{
    @TempDir
    Path tmp;

    /**
     * Every line run prints fits 80 columns, wrapped at words: a terminal breaking the longer ones split numbers
     * ("peak 1141" / "6 of 25000"); a continuation line is indented past the status, so that a verdict reads as one.
     */
    @Test
    void contactCentresTerminalOutputFits80Columns()
    {
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString(), "--out",
                this.tmp.resolve("out").toString(), "--replications", "2");
        assertEquals(0, cli.exitCode, cli.err);
        List<String> lines = cli.out.lines().toList();
        lines.forEach(l -> assertTrue(l.length() <= TerminalText.WIDTH, l.length() + " columns: " + l));
        int node = -1;
        for (int i = 0; i < lines.size(); i++)
        {
            node = lines.get(i).startsWith("  OK    CUCM node sub-1 busy-hour call completions") ? i : node;
        }
        assertTrue(node >= 0, cli.out);
        String verdict = lines.get(node) + " " + lines.get(node + 1).strip();
        assertTrue(verdict.matches("  OK    CUCM node sub-1 busy-hour call completions \\(its busiest hour\\): peak"
                + " \\d+ of 25000"), "the verdict's continuation line ends it, whole numbers kept: " + verdict);
        assertTrue(lines.get(node + 1).startsWith("        ") && !lines.get(node + 1).startsWith("         "),
                "indented past the status column: " + lines.get(node + 1));
        // the settings that confirm the bill: one a line, each but the last continued as a shell continues a command
        List<String> settings = lines.stream().filter(l -> l.startsWith("    --set ")).toList();
        assertTrue(settings.size() >= 2, "with two replications several limits refused: " + cli.out);
        for (int i = 0; i < settings.size(); i++)
        {
            assertEquals(i < settings.size() - 1, settings.get(i).endsWith(" \\"), settings.get(i));
            assertEquals(2, settings.get(i).split(" +").length - (settings.get(i).endsWith(" \\") ? 2 : 1),
                    "one setting a line: " + settings.get(i));
        }
        // the note above them continues indented, so that it reads as one item with its settings
        int note = lines.indexOf(lines.stream().filter(l -> l.startsWith("  hard limits refused")).findFirst()
                .orElseThrow(() -> new AssertionError("the bill's note: " + cli.out)));
        assertTrue(lines.get(note + 1).startsWith("    ") && !lines.get(note + 1).startsWith("     "),
                "the note's next line: " + lines.get(note + 1));
    }

    @Test
    @DisplayName("R6, F4: contact-centre.yaml reports verdicts per node and CTI by devices and lines, not messages")
    void contactCentreReportsPerNodeVerdicts() throws IOException
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve("contact-centre.yaml").toString(), "--out",
                out.toString(), "--replications", "2", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        List<String> metrics = new ArrayList<>();
        summary.get("verdicts").forEach(v -> metrics.add(v.get("metric").asString()));
        for (String expected : List.of("node.sub-1.bhcc.ownBusyHour.total", "node.sub-2.bhcc.ownBusyHour.total",
                "node.cti-1.cti.devices", "node.cti-1.cti.lines", "cti.devices", "cti.lines"))
        {
            assertTrue(metrics.contains(expected), expected + " has a verdict: " + metrics);
        }
        assertTrue(metrics.stream().noneMatch(m -> m.startsWith("cti.messagesPerSecond")), metrics.toString());
        assertEquals(250, summary.get("metrics").get("node.cti-1.cti.devices").get("mean").asDouble(), 0.0,
                "the 250 CTI-monitored agent phones, one line each");
        for (String node : List.of("sub-1", "sub-2"))
        {
            // the bill of materials asks each node for the rating its own busiest hour needs, in whole hundreds
            JsonNode line = null;
            for (JsonNode l : summary.get("billOfMaterials"))
            {
                line = ("CUCM node " + node + " BHCC rating").equals(l.get("element").asString()) ? l : line;
            }
            assertTrue(line != null, node + " has a bill-of-materials line: " + summary.get("billOfMaterials"));
            String metric = "node." + node + ".bhcc.ownBusyHour.total";
            double upper = summary.get("metrics").get(metric).get("ci95high").asDouble();
            assertEquals(Math.ceil(upper / 100) * 100, line.get("quantity").asDouble(), 0.0, line.toString());
            assertEquals("calls/h", line.get("unit").asString());
            assertTrue(line.get("basis").asString().startsWith(metric + ": "), line.toString());
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"nodes\">"), "the report has a per-node table");
        assertTrue(html.contains("CUCM node sub-2 busy-hour call completions"), "sub-2's verdict is listed");
        assertTrue(Files.exists(out.resolve("charts").resolve("nodes.svg"))
                || Files.exists(out.resolve("charts").resolve("nodes.png")), "a chart of calls per node");
    }
}
