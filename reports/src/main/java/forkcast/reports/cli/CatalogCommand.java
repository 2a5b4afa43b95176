package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import forkcast.scenarios.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code forkcast catalog}: the built-in codecs, CTI costs and CUCM platforms, with their sources. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the built-in catalog with its sources.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the catalog is printed",
                "1:an internal error (--debug shows its stack trace)",
                "2:bad usage (an option or argument it does not take)"},
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
        print(out, "CUBE media proxy platforms (R12; set cubes[].maxSessions and maxSetupsPerSecond from your"
                + " data sheet, in Forkcast's units: maxSessions counts SIP dialogs (call legs), so a figure in calls"
                + " through CUBE (an inbound and an outbound leg each) is doubled; maxSetupsPerSecond counts"
                + " recording sessions, each two inbound INVITEs and two per forked copy):", "  ");
        catalog.cubeEntries().values().forEach(e -> entry(out, 12, e.name(), e.value(), e.source()));
        out.println("CTI messages per occurrence and observer (override with cluster.ctiCosts):");
        catalog.ctiEntries().values().forEach(e -> entry(out, 17, e.name(), e.value(), e.source()));
        print(out, "CUCM node platforms: CTI-controlled devices and lines per CTI Manager node and per cluster"
                + " (cluster.nodes[].platform, default " + Catalog.DEFAULT_CUCM_PLATFORM
                + "; sources marked \"assumption\" are Forkcast's own):", "  ");
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
        print(out, String.format("  %-" + nameWidth + "s %s", name, value), indent);
        print(out, indent + "source: " + source, indent + "  ");
    }

    /**
     * The text filled to the terminal's width, its continuation lines starting with {@code indent}: the sources are
     * prose, whose commas often stand inside an enumeration, so they are not broken after list items. A word too long
     * for the indent (a URL, which must not be broken to be copied) moves left as far as it must to end in the last
     * column.
     */
    private static void print(final PrintWriter out, final String text, final String indent)
    {
        for (String line : TerminalText.fill(text, indent))
        {
            String word = line.strip();
            out.println(line.length() > TerminalText.WIDTH && word.length() <= TerminalText.WIDTH
                    ? " ".repeat(TerminalText.WIDTH - word.length()) + word : line);
        }
    }
}
