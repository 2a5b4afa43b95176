package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import forkcast.scenarios.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code forkcast catalog}: the built-in codecs, CTI costs and CUCM platforms, with their sources. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the built-in catalog with its sources.",
        resourceBundle = Examples.BUNDLE + "catalog")
final class CatalogCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        PrintWriter out = this.spec.commandLine().getOut();
        Catalog catalog = Catalog.builtIn();
        out.println("codecs (per stream, one direction):");
        catalog.codecEntries().values().forEach(e -> entry(out, 8, e.name(), e.value(), e.source()));
        out.println("locations CAC deduction per call, by codec (F7; links[].cacKbps budgets):");
        catalog.cacEntries().values().forEach(e -> entry(out, 8, e.name(), e.value(), e.source()));
        out.println(wrap("CUBE media proxy platforms (R12; set cubes[].maxSessions and maxSetupsPerSecond from your"
                + " data sheet):", "  "));
        catalog.cubeEntries().values().forEach(e -> entry(out, 12, e.name(), e.value(), e.source()));
        out.println("CTI messages per occurrence and observer (override with cluster.ctiCosts):");
        catalog.ctiEntries().values().forEach(e -> entry(out, 17, e.name(), e.value(), e.source()));
        out.println(wrap("CUCM node platforms: CTI-controlled devices and lines per CTI Manager node and per cluster"
                + " (cluster.nodes[].platform, default " + Catalog.DEFAULT_CUCM_PLATFORM
                + "; sources marked \"assumption\" are Forkcast's own):", "  "));
        catalog.cucmPlatforms().values().forEach(p -> entry(out, 9, p.name(), String.format(
                "per node %s devices, %s lines; per cluster %s devices, %s lines", p.ctiDevicesPerNode(),
                p.ctiLinesPerNode(), p.ctiDevicesPerCluster(), p.ctiLinesPerCluster()), p.source()));
        out.println("recording set-up and failover (recorders[], cubes[] and trunks[] defaults):");
        catalog.setupEntries().values().forEach(e -> entry(out, 24, e.name(), e.value(), e.source()));
        return ExitCodes.OK;
    }

    /**
     * One entry: its name and value on a line, its source on the next, each wrapped to the width of --help (the
     * sources run to a few hundred characters) with continuation lines indented under the value.
     */
    private static void entry(final PrintWriter out, final int nameWidth, final String name, final Object value,
            final String source)
    {
        String indent = " ".repeat(2 + nameWidth + 1);
        out.println(wrap(String.format("  %-" + nameWidth + "s %s", name, value), indent));
        out.println(wrap(indent + "source: " + source, indent + "  "));
    }

    /** @return the line broken at spaces to fit the help's width, continued with {@code indent}; a longer word alone */
    static String wrap(final String line, final String indent)
    {
        if (line.length() <= ForkcastCommand.HELP_WIDTH)
        {
            return line;
        }
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ')
        {
            lead++;
        }
        StringBuilder text = new StringBuilder(line.substring(0, lead));
        int lineStart = 0;
        int empty = lead; // the length of the current line before its first word
        for (String word : line.substring(lead).split(" ", -1))
        {
            int length = text.length() - lineStart;
            if (length > empty && length + 1 + word.length() > ForkcastCommand.HELP_WIDTH)
            {
                text.append(System.lineSeparator());
                lineStart = text.length();
                text.append(indent);
                empty = indent.length();
                length = empty;
            }
            text.append(length > empty ? " " : "").append(word);
        }
        return text.toString();
    }
}
