package forkcast.reports.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import forkcast.scenarios.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code forkcast catalog}: the built-in codecs, CTI costs and CUCM platforms, with their sources. */
@Command(usageHelpWidth = ForkcastCommand.HELP_WIDTH, name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the built-in catalog with its sources.")
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
        catalog.codecEntries().values()
                .forEach(e -> out.printf("  %-8s %s%n  %-8s source: %s%n", e.name(), e.value(), "", e.source()));
        out.println("locations CAC deduction per call, by codec (F7; links[].cacKbps budgets):");
        catalog.cacEntries().values()
                .forEach(e -> out.printf("  %-8s %s%n  %-8s source: %s%n", e.name(), e.value(), "", e.source()));
        out.println("CUBE media proxy platforms (R12; set cubes[].maxSessions and maxSetupsPerSecond from your data"
                + " sheet):");
        catalog.cubeEntries().values()
                .forEach(e -> out.printf("  %-12s %-13s %s%n", e.name(), e.value(), e.source()));
        out.println("CTI messages per occurrence and observer (override with cluster.ctiCosts):");
        catalog.ctiEntries().values()
                .forEach(e -> out.printf("  %-17s %-5s %s%n", e.name(), e.value(), e.source()));
        out.println("CUCM node platforms: CTI-controlled devices and lines per CTI Manager node and per cluster");
        out.println("  (cluster.nodes[].platform, default " + Catalog.DEFAULT_CUCM_PLATFORM
                + "; sources marked \"assumption\" are Forkcast's own):");
        catalog.cucmPlatforms().values().forEach(p -> out.printf(
                "  %-9s per node %s devices, %s lines; per cluster %s devices, %s lines%n  %-9s source: %s%n", p.name(),
                p.ctiDevicesPerNode(), p.ctiLinesPerNode(), p.ctiDevicesPerCluster(), p.ctiLinesPerCluster(), "",
                p.source()));
        out.println("recording set-up and failover (recorders[], cubes[] and trunks[] defaults):");
        catalog.setupEntries().values()
                .forEach(e -> out.printf("  %-24s %s%n  %-24s source: %s%n", e.name(), e.value(), "", e.source()));
        return ExitCodes.OK;
    }
}
