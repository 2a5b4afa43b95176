package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes a newcomer makes in a first scenario, each in the quickstart: on {@code run} and on {@code validate},
 * the first error names the file, line and column (or the {@code --set} argument) and says what was expected; the exit
 * code is 2, nothing is written, and no stack trace shows.
 */
class NewcomerMistakesCliTest
{
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "agents: 60|agents: sixty|32:13: error: 'agents': expected a whole number, not the text 'sixty'",
        "warmup: 15m|warmup: -15m|7:11: error: '-15m' is not a duration with a unit, like 300ms, 30s, 15m, 1h or 7d",
        "direction: inbound|direction: sideways|40:16: error: direction must be one of inbound, outbound, internal, not"
                + " 'sideways'",
        "maxStreams: 160|maxStreams: 80%|24:40: error: 'maxStreams': expected a whole number, not the text '80%'",
        "channels: 90|channels: 0.9|22:38: error: channels must be a whole number from 0 to 1000000, not 0.9",
        "mbps: 20, layer2: ethernet|mbps: 20, layer2: \"18\"|20:64: error: layer2 must be ethernet, dot1q or a whole"
                + " number of bytes (0 to 1000), not the text '18' (a number is written without quotes)",
        "mbps: 20|mbps: 2e9|20:52: error: mbps must be from 0.001 to 1000000, not 2000000000",
        "codecs: { G711: 0.8, G729: 0.2 }|codecs: {}|42:13: error: codecs needs at least one codec, e.g. {G711: 1}",
        "sites:\\n  - id: dc\\n  - id: branch\\n|sites: []\\n|16:8: error: 'sites' is empty: a scenario needs at least one site",
        "  - id: branch\\n|  - id: dc\\n|18:9: error: duplicate site id 'dc' (first defined at FILE:17:9)",
        "run:\\n  warmup: 15m\\n  duration: 1h\\n  replications: 10\\n  interval: 5m\\n|run: 5\\n|6:6: error: 'run': expected"
                + " a map of keys, not the number 5"})
    void aMistakeInTheFileIsRefusedWhereItIsWritten(final String from, final String to, final String expected)
            throws IOException
    {
        String text = Files.readString(RunCommandTest.QUICKSTART);
        String written = from.replace("\\n", "\n");
        assertTrue(text.contains(written), from);
        Path file = Files.writeString(this.tmp.resolve("mistake.yaml"), text.replace(written, to.replace("\\n", "\n")));
        assertRefused(List.of(file.toString()), file + ":" + expected.replace("FILE:", file + ":"));
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        "nosuch.key=3|unknown key 'nosuch'; known keys: agentGroups, cluster, cubes, description, gateways, links,"
                + " mtpPools, name, recorders, recordingProfiles, routeLists, run, seed, sites, targets, traffic, trunks,"
                + " variants",
        "recorders.0.maxStreams=5|no element with id '0' in recorders (ids: rec-a)",
        "recorders|expected PATH=VALUE, e.g. recorders.rec-a.maxStreams=120",
        "run.replications=abc|'replications': expected a whole number, not the text 'abc'",
        "links.wan-branch.layer2=1e4|layer2 must be a whole number from 0 to 1000, not 10000"})
    void aBadSetIsRefusedAtTheArgument(final String set, final String expected) throws IOException
    {
        List<String> args = new ArrayList<>(List.of(RunCommandTest.QUICKSTART.toString(), "--set", set));
        assertRefused(args, "--set " + set + ": error: " + expected);
    }

    private void assertRefused(final List<String> args, final String expected) throws IOException
    {
        for (String command : List.of("validate", "run"))
        {
            Path out = this.tmp.resolve("out-" + command);
            List<String> line = new ArrayList<>(List.of(command));
            line.addAll(args);
            if (command.equals("run"))
            {
                line.addAll(List.of("--out", out.toString(), "--quiet"));
            }
            Cli cli = Cli.run(line.toArray(String[]::new));
            assertEquals(2, cli.exitCode, command + ": " + cli.err);
            assertEquals(expected, cli.err.lines().findFirst().orElse(""), command);
            assertFalse(cli.err.contains("Exception") || cli.err.contains("\tat "), "no stack trace: " + cli.err);
            assertFalse(Files.exists(out), command + ": nothing written");
        }
        try (var entries = Files.list(this.tmp))
        {
            assertEquals(List.of(), entries.filter(e -> !e.endsWith("mistake.yaml")).toList(), "no staging folder");
        }
    }
}
