package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How --help reads in a terminal: it fits 80 columns (at 100 it wrapped into broken lines in the classic terminal
 * size), and the program's list of commands gives each command one line, its summary.
 */
class HelpLayoutTest
{
    @ParameterizedTest
    @ValueSource(strings = {"", "run", "compare", "sweep", "size", "validate", "catalog", "report", "fit", "help"})
    void everyHelpFitsEightyColumns(final String command)
    {
        Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, cli.exitCode, cli.err);
        for (String line : cli.out.split("\\R"))
        {
            assertTrue(line.length() <= 80, "forkcast " + command + " --help: " + line.length() + " columns: " + line);
        }
    }

    /**
     * The catalog's sources are long: wrapped to 80 columns; a URL too long for the indent of its source moves left,
     * whole, so that no line is wider (one of 86 columns was).
     */
    @Test
    void theCatalogFitsEightyColumns()
    {
        Cli cli = Cli.run("catalog");
        assertEquals(0, cli.exitCode, cli.err);
        String[] lines = cli.out.split("\\R");
        for (String line : lines)
        {
            assertTrue(line.length() <= 80, line.length() + " columns: " + line);
        }
        assertTrue(cli.out.contains(" (cisco.com/en/US/docs/voice_ip_comm/cucm/admin/4_0_1/ccmsys/a02cac.html),"
                + System.lineSeparator()), "the URL whole, on a line of its own");
        assertTrue(cli.out.contains("  G711     80 kbit/s per call" + System.lineSeparator()
                + "           source: CUCM locations CAC deduction per call"), "an entry, its source below it");
        String joined = cli.out.replaceAll("\\R\\s+", " ");
        assertTrue(joined.contains("CallManager System Guide, Call Admission Control, Bandwidth Calculations"),
                "no text lost in wrapping");
    }

    /** The README promises the exit codes in every command's --help. */
    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "size", "validate", "catalog", "report", "fit"})
    void everyCommandsHelpListsItsExitCodes(final String command)
    {
        Cli cli = Cli.run(command, "--help");
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(cli.out.contains(System.lineSeparator() + "Exit codes:" + System.lineSeparator()), cli.out);
        assertTrue(cli.out.contains("  0 ") && cli.out.contains("  2 "), cli.out);
    }

    /** An example is copied into a shell: it is broken only between arguments, with a backslash. */
    @ParameterizedTest
    @ValueSource(strings = {"", "run", "compare", "sweep", "size", "validate", "catalog", "report", "fit", "help"})
    void theExamplesAreBrokenOnlyBetweenArguments(final String command)
    {
        String help = command.isEmpty() ? Cli.run("--help").out : Cli.run(command, "--help").out;
        List<String> lines = List.of(help.substring(help.indexOf("Examples:\n") + "Examples:\n".length()).split("\\R"));
        int commands = 0;
        for (int i = 0; i < lines.size(); i++)
        {
            String line = lines.get(i);
            boolean continued = i > 0 && lines.get(i - 1).endsWith(" \\");
            if (line.startsWith("  forkcast "))
            {
                commands++;
                assertTrue(!continued, "a command starts on a line of its own: " + lines);
            }
            else if (continued)
            {
                assertTrue(line.startsWith("      ") && !line.startsWith("       "),
                        "a continuation is indented by six: " + lines);
            }
            else
            {
                assertTrue(!line.startsWith(" ") && !line.endsWith("\\"), "a sentence says what follows: " + lines);
            }
        }
        assertTrue(commands > 0, "forkcast " + command + " --help has an example: " + help);
    }

    /**
     * A line breaks at a space, never inside a name: picocli's wrapping split "summary.json", "e.g.",
     * "recording.blockingProbability" and "SCENARIO.yaml" after their dots. Every word of the descriptions that has a
     * dot inside it is on one line of the help, and so is every option's syntax in the synopsis.
     */
    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "size", "validate", "catalog", "report", "fit"})
    void noNameIsSplitAcrossLines(final String command)
    {
        String help = Cli.run(command, "--help").out;
        picocli.CommandLine.Model.CommandSpec spec = new picocli.CommandLine(new ForkcastCommand()).getSubcommands()
                .get(command).getCommandSpec();
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        texts.addAll(List.of(spec.usageMessage().footer()));
        spec.options().forEach(o -> texts.addAll(List.of(o.description())));
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        List<String> names = new ArrayList<>();
        for (String text : texts)
        {
            for (String word : NameKeepingHelp.format(text).split("\\s+"))
            {
                String name = word.replaceAll("^[(\\[']+|[),;:']+$", "");
                if (name.matches(".*\\w\\.\\w.*"))
                {
                    names.add(name);
                }
            }
        }
        spec.options().forEach(o -> names.add(o.longestName() + (o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel())));
        spec.positionalParameters().forEach(p -> names.add(p.paramLabel()));
        assertTrue(names.size() >= 3, names.toString());
        for (String name : names)
        {
            assertTrue(help.contains(name), "forkcast " + command + " --help has " + name + " on one line:\n" + help);
        }
    }

    @Test
    void theListOfCommandsHasOneLineForEach()
    {
        Cli cli = Cli.run("--help");
        String[] lines = cli.out.split("\\R");
        List<String> entries = new ArrayList<>();
        int i = List.of(lines).indexOf("Commands:") + 1;
        assertTrue(i > 0, cli.out);
        for (; i < lines.length && !lines[i].isBlank(); i++)
        {
            entries.add(lines[i]);
        }
        List<String> names = entries.stream().map(e -> e.strip().split("\\s+")[0]).toList();
        assertEquals(List.of("run", "compare", "sweep", "size", "validate", "catalog", "report", "fit", "help"), names,
                "one line per command, no continuation lines: " + entries);
        assertTrue(entries.contains("  validate  Check scenario files without running them."), entries.toString());
    }
}
