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
    @ValueSource(strings = {"", "run", "compare", "sweep", "size", "validate", "catalog", "report", "fit"})
    void everyHelpFitsEightyColumns(final String command)
    {
        Cli cli = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, cli.exitCode, cli.err);
        for (String line : cli.out.split("\\R"))
        {
            assertTrue(line.length() <= 80, "forkcast " + command + " --help: " + line.length() + " columns: " + line);
        }
    }

    /** The catalog's sources are long: wrapped to 80 columns, only a word longer than a line (a URL) stands alone. */
    @Test
    void theCatalogFitsEightyColumns()
    {
        Cli cli = Cli.run("catalog");
        assertEquals(0, cli.exitCode, cli.err);
        String[] lines = cli.out.split("\\R");
        for (String line : lines)
        {
            assertTrue(line.length() <= 80 || !line.strip().contains(" "), line.length() + " columns: " + line);
        }
        assertTrue(cli.out.contains("  G711     80 kbit/s per call" + System.lineSeparator()
                + "           source: CUCM locations CAC deduction per call"), "an entry, its source below it");
        String joined = cli.out.replaceAll("\\R\\s+", " ");
        assertTrue(joined.contains("CallManager System Guide, Call Admission Control, Bandwidth Calculations"),
                "no text lost in wrapping");
    }

    /** An example is copied into a shell: it is broken only between arguments, with a backslash. */
    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "size"})
    void theExampleIsBrokenOnlyBetweenArguments(final String command)
    {
        String help = Cli.run(command, "--help").out;
        List<String> example = List.of(help.substring(help.indexOf("Example:\n") + "Example:\n".length()).split("\\R"));
        assertTrue(example.get(0).startsWith("  forkcast " + command + " "), example.toString());
        for (int i = 0; i < example.size(); i++)
        {
            String line = example.get(i);
            assertTrue(i == 0 || line.startsWith("      --"), "a continuation starts with an option: " + example);
            assertEquals(i < example.size() - 1, line.endsWith(" \\"), "continued with a backslash: " + example);
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
