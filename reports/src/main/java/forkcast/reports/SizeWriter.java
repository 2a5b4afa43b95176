package forkcast.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mustachejava.Mustache;

import forkcast.models.metrics.MetricCatalogue;
import forkcast.scenarios.OverridePath;
import forkcast.scenarios.Sizing;
import forkcast.scenarios.SizingTarget;
import forkcast.sim.metrics.MetricKind;
import tools.jackson.core.JsonGenerator;

/**
 * A sizing's outputs: {@code size.json} ({@code path}, {@code value}, {@code targets}, {@code evidence}) and a
 * {@code report.html} with the evidence table and a sentence a manager can read.
 */
public final class SizeWriter
{
    private static final Mustache TEMPLATE = ReportTemplates.template("size.mustache");

    private SizeWriter()
    {
    }

    /** @return the answer in one sentence */
    public static String sentence(final Sizing.Result result)
    {
        String conf = String.format(Locale.ROOT, "%.0f%%", result.confidence() * 100);
        String targets = String.join(" and ", result.targets().stream().map(t -> t.metric() + (t.atMost() ? " at or below "
                : " at or above ") + limit(t)).toList());
        if (result.value() == null)
        {
            return "No value of " + result.path() + " up to " + result.below() + " keeps " + targets + " with " + conf
                    + " confidence.";
        }
        String s = result.path() + " = " + result.value() + (OverridePath.isGrouped(result.path())
                ? " (the same value for each element selected)" : "") + " keeps " + targets + " with " + conf
                + " confidence";
        return s + (result.below() == null ? " (the smallest value tried)." : "; " + result.below() + " does not.");
    }

    /** @return the target's limit as the reports show its metric: a share in percent, any other number as it is */
    private static String limit(final SizingTarget t)
    {
        return figure(t, t.limit());
    }

    /**
     * @return a value of the target's metric as the sentence shows its limit (a share in percent), so that the
     *         evidence reads in the same terms as the answer; "–" where it is undefined
     */
    static String figure(final SizingTarget t, final Double value)
    {
        boolean share = MetricCatalogue.all().stream().anyMatch(d -> d.kind() == MetricKind.RATIO && d.matches(t.metric()));
        return share && value != null ? Numbers.percent(value) : Numbers.human(value);
    }

    /**
     * @param members the concrete paths the sized parameter sets (one per element of a group)
     * @param reproduction how to run it again, shown in the report
     */
    public static void write(final Sizing.Result result, final List<String> members, final Reproduction reproduction,
            final OutputFolder output, final String batch, final List<String> commandLine,
            final java.time.Instant started) throws IOException
    {
        output.publish(folder ->
        {
            Files.writeString(folder.file(Batch.FILE), batch, StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(folder.file("size.json"));
                    JsonGenerator g = SummaryWriter.JSON.createGenerator(out))
            {
                g.writeStartObject();
                g.writeStringProperty("path", result.path());
                if (result.value() == null)
                {
                    g.writeNullProperty("value");
                }
                else
                {
                    g.writeStringProperty("value", result.value());
                }
                g.writeArrayPropertyStart("targets");
                for (SizingTarget t : result.targets())
                {
                    g.writeString(t.toString());
                }
                g.writeEndArray();
                g.writeNumberProperty("confidence", result.confidence());
                g.writeStringProperty("sentence", sentence(result));
                g.writeArrayPropertyStart("members");
                for (String m : members)
                {
                    g.writeString(m);
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("warnings");
                for (String w : result.warnings())
                {
                    g.writeString(w);
                }
                g.writeEndArray();
                g.writeStringProperty("scenario", reproduction.scenario());
                g.writeNumberProperty("seed", reproduction.seed());
                g.writeArrayPropertyStart("evidence");
                for (Sizing.Evidence e : result.evidence())
                {
                    g.writeStartObject();
                    g.writeStringProperty("value", e.value());
                    g.writeNumberProperty("replications", e.replications());
                    g.writeBooleanProperty("met", e.met());
                    g.writeArrayPropertyStart("targets");
                    for (int i = 0; i < result.targets().size(); i++)
                    {
                        g.writeStartObject();
                        g.writeStringProperty("metric", result.targets().get(i).metric());
                        number(g, "mean", e.means().get(i));
                        number(g, "bound", e.bounds().get(i));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("sentence", sentence(result));
            view.put("path", result.path());
            view.put("warnings", result.warnings());
            view.put("grouped", members.size() > 1);
            view.put("members", members);
            view.put("reproduce", reproduction.pointsView(replications(result.evidence())));
            List<Map<String, Object>> targets = new ArrayList<>();
            for (SizingTarget t : result.targets())
            {
                targets.add(Map.of("text", t.toString(), "first", targets.isEmpty())); // a comma before all but the first
            }
            view.put("targets", targets);
            view.put("confidence", String.format(Locale.ROOT, "%.0f%%", result.confidence() * 100));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Sizing.Evidence e : result.evidence())
            {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < result.targets().size(); i++)
                {
                    SizingTarget t = result.targets().get(i);
                    cells.add(figure(t, e.means().get(i)) + " / " + figure(t, e.bounds().get(i)));
                }
                rows.add(Map.of("value", e.value(), "replications", e.replications(), "cells", cells, "met",
                        e.met() ? "meets" : "does not meet", "class", e.met() ? "ok" : "over"));
            }
            view.put("rows", rows);
            StringWriter html = new StringWriter();
            TEMPLATE.execute(html, view).flush();
            Files.writeString(folder.file("report.html"), html.toString(), StandardCharsets.UTF_8);
            Manifest.writeBatch("size", List.of(), commandLine, started, folder);
        });
    }

    /**
     * @return what each value tried ran, as the evidence gives it: "20 per value tried" where all ran the same, else
     *         each count with its values, in the order tried ("20 for 200, 130; 40 for 114, 116"), for a value whose
     *         interval straddled a target is run again with more
     */
    static String replications(final List<Sizing.Evidence> evidence)
    {
        Map<Integer, List<String>> values = new LinkedHashMap<>();
        for (Sizing.Evidence e : evidence)
        {
            values.computeIfAbsent(e.replications(), n -> new ArrayList<>()).add(e.value());
        }
        if (values.size() <= 1)
        {
            return values.isEmpty() ? "no value tried" : values.keySet().iterator().next() + " per value tried";
        }
        List<String> groups = new ArrayList<>();
        values.forEach((n, tried) -> groups.add(n + " for " + String.join(", ", tried)));
        return String.join("; ", groups) + " (more where a value's interval straddled a target)";
    }

    private static void number(final JsonGenerator g, final String name, final Double v)
    {
        if (v == null || v.isNaN() || v.isInfinite())
        {
            g.writeNullProperty(name);
        }
        else
        {
            g.writeNumberProperty(name, v);
        }
    }
}
