package forkcast.models.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import forkcast.models.recording.RejectReason;
import forkcast.sim.metrics.MetricDescriptor;
import forkcast.sim.metrics.MetricGroup;
import forkcast.sim.metrics.MetricKind;

/**
 * {@code docs/metrics.md}, rendered from the {@link MetricCatalogue}: one table row per metric, by group. The file is
 * never edited by hand; {@code MetricsDocTest} fails when it differs from this rendering and says how to rewrite it.
 */
public final class MetricsDocument
{
    /** The command that rewrites {@code docs/metrics.md} from the catalogue. */
    public static final String REGENERATE = "./mvnw -B -q -pl models -am test -Dtest=MetricsDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dforkcast.metricsDoc.write=true";

    private MetricsDocument()
    {
    }

    /** @return the whole document, lines joined with {@code \n}, ending with a newline */
    public static String render()
    {
        List<String> lines = new ArrayList<>();
        lines.add("# Metrics");
        lines.add("");
        lines.add("<!-- Generated from the metric catalogue (models/src/main/java/forkcast/models/metrics) by");
        lines.add("     MetricsDocTest. Do not edit: declare or change the metric there, then run");
        lines.add("     " + REGENERATE + " -->");
        lines.add("");
        lines.add("Every metric a run produces, declared once in the metric catalogue (see");
        lines.add("[design](design.md#layout)). A scalar is written to `summary.json` (and to `comparison.*`, `sweep.csv`");
        lines.add("and the reports) as its mean over the replications with a Student-t 95% confidence interval, clamped");
        lines.add("to the metric's physical range (see [resources](resources.md)); a per-interval series is written to");
        lines.add("`timeseries.csv`, one value per replication and interval. A ratio's value is undefined (`null`) in a");
        lines.add("replication where its divisor is 0, and left out of the mean.");
        lines.add("");
        lines.add("In a name, `<id>` is the id of the element (as in the scenario), `<to>` the site a link direction");
        lines.add("goes toward, `<reason>` why a session failed ("
                + Stream.of(RejectReason.values()).map(r -> "`" + r.key() + "`").collect(Collectors.joining(", "))
                + "), `<step>` how many places down Table 2's order a media source fell back (1 or 2) and `<codec>`");
        lines.add("a locations-CAC deduction class: the catalogue name of a codec the traffic or the conference");
        lines.add("bridge uses, codecs of the same deduction joined by `+` (`G711+G722`).");
        lines.add("");
        lines.add("Kinds: " + Stream.of(MetricKind.values()).map(MetricKind::label).collect(Collectors.joining(", "))
                + ". Aggregation says how one replication's value is formed.");
        for (MetricGroup group : MetricCatalogue.groups())
        {
            lines.add("");
            lines.add("## " + group.title());
            lines.add("");
            lines.add("| Metric | Unit | Kind | Element | Direction | Range | Aggregation | Meaning |");
            lines.add("|---|---|---|---|---|---|---|---|");
            group.metrics().forEach(m -> lines.add(row(m)));
        }
        return String.join("\n", lines) + "\n";
    }

    /** @return the table row that documents one metric */
    public static String row(final MetricDescriptor m)
    {
        return "| `" + m.pattern() + "` | " + text(m.unit()) + " | " + m.kind().label() + " | " + text(m.element())
                + " | " + text(m.direction().label()) + " | " + range(m) + " | " + text(m.aggregation().label())
                + " | " + text(m.meaning()) + " |";
    }

    private static String range(final MetricDescriptor m)
    {
        return switch (m.range())
        {
            case SHARE -> "0 to 1";
            case NON_NEGATIVE -> "≥ 0";
            case ANY -> "any";
        };
    }

    /** Markdown-safe cell text: a placeholder such as {@code <to>} would otherwise vanish as an HTML tag. */
    private static String text(final String s)
    {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
