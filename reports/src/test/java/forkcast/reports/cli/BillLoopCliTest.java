package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.BillConfirmation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loop docs/answer.md describes: run, buy the printed {@code --set} lines, run again, until a run has every
 * quantity of its bill and says that it is the run that confirms it (in the terminal, summary.json and report.html).
 */
class BillLoopCliTest
{
    private static final Path BRANCH = RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml");

    @TempDir
    Path tmp;

    private record Run(Cli cli, JsonNode summary, String html)
    {
    }

    private Run run(final List<String> settings) throws IOException
    {
        Path out = this.tmp.resolve("run" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("run", BRANCH.toString(), "--out", out.toString(),
                "--replications", "3"));
        settings.forEach(s -> args.addAll(List.of("--set", s)));
        Cli cli = Cli.run(args.toArray(new String[0]));
        assertEquals(0, cli.exitCode, cli.err);
        cli.out.lines().forEach(l -> assertTrue(l.length() <= TerminalText.WIDTH, l.length() + " columns: " + l));
        return new Run(cli, JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile()),
                Files.readString(out.resolve("report.html")));
    }

    /** @return the {@code --set} arguments the terminal prints under the bill, without "--set " */
    private static List<String> printed(final Cli cli)
    {
        return cli.out.lines().filter(l -> l.startsWith("    --set "))
                .map(l -> l.substring("    --set ".length()).replace(" \\", "")).toList();
    }

    private static JsonNode line(final JsonNode summary, final String element)
    {
        for (JsonNode line : summary.get("billOfMaterials"))
        {
            if (line.get("element").asString().equals(element))
            {
                return line;
            }
        }
        throw new AssertionError(element + " in " + summary.get("billOfMaterials"));
    }

    /**
     * Recorders too small and links over their 80% target: the first run prints the settings of the recorders (a hard
     * limit) and of the links (a soft rating, one mbps for both directions, at the larger), the same as summary.json's
     * {@code set} and the report. Buying them and running again, at most three times, ends on a run that has every
     * quantity of its bill and says it is the one that confirms it, and whether it meets the targets.
     */
    @Test
    void buyingThePrintedSettingsEndsOnARunThatSaysItConfirmsTheBill() throws IOException
    {
        List<String> settings = new ArrayList<>(List.of("recorders.*.maxStreams=100"));
        Run first = run(settings);
        List<String> printed = printed(first.cli());
        JsonNode north = line(first.summary(), "link wan-north toward dc");
        assertTrue(north.get("quantity").asDouble() > 20, "the link's 20 Mbit/s are over its target: " + north);
        String mbps = "links.wan-north.mbps=" + Figures.exact(Math.max(north.get("quantity").asDouble(),
                line(first.summary(), "link wan-north toward north").get("quantity").asDouble()));
        assertEquals(mbps, north.get("set").asString());
        assertTrue(printed.contains(mbps), "the link's setting is printed: " + first.cli().out);
        assertTrue(printed.stream().anyMatch(s -> s.startsWith("recorders.rec-1.maxStreams=")), first.cli().out);
        List<String> inJson = new ArrayList<>();
        first.summary().get("billConfirmation").get("settings").forEach(s -> inJson.add(s.asString()));
        assertEquals(printed, inJson);
        assertFalse(first.summary().get("billConfirmation").get("confirming").asBoolean());
        assertTrue(first.summary().get("billConfirmation").get("note").asString().startsWith(BillConfirmation.NOTE
                + "."), "the recorders refused sessions: " + first.summary().get("billConfirmation"));
        assertTrue(first.cli().out.replaceAll("\\R +", " ").contains(BillConfirmation.NOTE + ":"), first.cli().out);
        assertTrue(first.html().contains("--set " + mbps.replace("=", "&#61;")), "the report gives it");

        Run last = first;
        for (int i = 0; i < 3 && !printed(last.cli()).isEmpty(); i++)
        {
            settings.addAll(printed(last.cli()));
            last = run(settings);
        }
        assertEquals(List.of(), printed(last.cli()), "the loop ends within three runs: " + settings);
        JsonNode confirmation = last.summary().get("billConfirmation");
        assertTrue(confirmation.get("confirming").asBoolean(), confirmation.toString());
        boolean met = true;
        for (JsonNode target : last.summary().get("targets"))
        {
            met &= List.of("OK", "n/a").contains(target.get("verdict").asString());
        }
        assertEquals(met, confirmation.get("targetsMet").asBoolean(), confirmation.toString());
        String note = confirmation.get("note").asString();
        assertTrue(note.startsWith(BillConfirmation.CONFIRMING), note);
        assertTrue(last.cli().out.replaceAll("\\R +", " ").contains(note), last.cli().out);
        assertFalse(last.cli().out.contains("hard limits refused"), "not told to confirm again: " + last.cli().out);
        assertTrue(last.html().contains(note), "the report says it too");
    }
}
