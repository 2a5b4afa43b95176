package forkcast.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import forkcast.models.recording.StoragePerDay;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.ScenarioError;
import forkcast.sim.stats.MetricSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code summary.json}: the scenario, seed, replications and every metric's summary over replications (SPEC section
 * 5), plus the run window, the basis of storage per day (or why it is not reported), and the capacity verdicts. Nothing in it depends on the machine, the time of day or the
 * thread count, so the same scenario and seed give the same bytes. Undefined values (a confidence interval from one
 * replication) are null, never NaN. A metric whose interval was clamped to its physical range (a count's lower bound
 * at 0, a share's upper bound at 1) carries {@code "ci95clamped": true}.
 */
public final class SummaryWriter
{
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryWriter()
    {
    }

    public static void write(final RunResult run, final Answer answer, final Path file) throws IOException
    {
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = JSON.createGenerator(out))
        {
            g.writeStartObject();
            g.writeStringProperty("scenario", run.scenario().name());
            g.writeStringProperty("headline", answer.headline());
            g.writeNumberProperty("seed", run.scenario().seed());
            g.writeNumberProperty("replications", run.scenario().replications());
            g.writeObjectPropertyStart("run");
            g.writeNumberProperty("warmupSeconds", run.scenario().window().warmup());
            g.writeNumberProperty("durationSeconds", run.scenario().window().duration());
            g.writeNumberProperty("intervalSeconds", run.scenario().window().interval());
            g.writeEndObject();
            storage(g, run);
            g.writeObjectPropertyStart("metrics");
            for (Map.Entry<String, MetricSummary> e : run.results().summaries().entrySet())
            {
                g.writeName(e.getKey());
                summary(g, e.getValue(), run.results().unit(e.getKey()));
            }
            g.writeEndObject();
            g.writeArrayPropertyStart("warnings");
            for (ScenarioError w : run.scenario().warnings())
            {
                g.writeString(w.toString());
            }
            g.writeEndArray();
            answer(g, answer);
            g.writeEndObject();
        }
    }

    /**
     * The rated elements' and the targets' verdicts and the bill of materials (docs/answer.md), as properties of the
     * object being written: summary.json's, and each alternative's in comparison.json.
     */
    static void answer(final JsonGenerator g, final Answer answer)
    {
        g.writeArrayPropertyStart("verdicts");
        for (Verdict v : answer.verdicts())
        {
            g.writeStartObject();
            g.writeStringProperty("label", v.label());
            g.writeStringProperty("metric", v.metric().name());
            g.writeNumberProperty("limit", v.limit());
            g.writeStringProperty("verdict", v.status());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("targets");
        for (GoalVerdict v : answer.goals())
        {
            g.writeStartObject();
            g.writeStringProperty("label", v.goal().label());
            g.writeStringProperty("metric", v.goal().metric());
            g.writeStringProperty("condition", v.goal().atMost() ? "<=" : ">=");
            g.writeNumberProperty("limit", v.goal().limit());
            g.writeStringProperty("verdict", v.status());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("billOfMaterials");
        for (BillOfMaterials.Line line : answer.bill())
        {
            g.writeStartObject();
            g.writeStringProperty("element", line.element());
            g.writeNumberProperty("quantity", line.quantity());
            g.writeStringProperty("unit", line.unit());
            g.writeStringProperty("basis", line.basis());
            if (line.set() != null)
            {
                // where the quantity is above what the scenario gives the element: what a run confirming the bill
                // sets (docs/answer.md)
                g.writeStringProperty("set", line.set());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!answer.bill().isEmpty())
        {
            confirmation(g, answer.confirmation());
        }
    }

    /**
     * Whether this run confirms its bill, as the terminal and the report say it (docs/answer.md): {@code confirming}
     * is true when it has every quantity of the bill, {@code targetsMet} whether it meets every target.
     */
    private static void confirmation(final JsonGenerator g, final BillConfirmation confirm)
    {
        g.writeObjectPropertyStart("billConfirmation");
        g.writeBooleanProperty("confirming", !confirm.needed());
        g.writeBooleanProperty("targetsMet", confirm.notMet().isEmpty());
        g.writeStringProperty("note", confirm.statement());
        g.writeArrayPropertyStart("settings");
        for (String s : confirm.settings())
        {
            g.writeString(s.substring("--set ".length()));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Which basis storage per day rests on, and when it is not reported, why (docs/storage.md). */
    private static void storage(final JsonGenerator g, final RunResult run)
    {
        StoragePerDay basis = StorageSection.basis(run.scenario());
        g.writeObjectPropertyStart("storage");
        g.writeStringProperty("basis", basis.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (basis.basis() == StoragePerDay.Basis.BUSY_HOUR_SHARE)
        {
            g.writeNumberProperty("busyHourShare", basis.busyHourShare());
        }
        g.writeStringProperty("note", "storage per day " + basis.method());
        g.writeEndObject();
    }

    private static void summary(final JsonGenerator g, final MetricSummary s, final String unit)
    {
        g.writeStartObject();
        number(g, "mean", s.mean());
        number(g, "stddev", s.stddev());
        number(g, "ci95low", s.ci95low());
        number(g, "ci95high", s.ci95high());
        number(g, "min", s.min());
        number(g, "max", s.max());
        g.writeNumberProperty("n", s.n());
        g.writeStringProperty("unit", unit);
        if (s.ci95clamped())
        {
            g.writeBooleanProperty("ci95clamped", true); // only where it happened, so other metrics read as before
        }
        g.writeEndObject();
    }

    /** Write a number, or null where it is undefined (JSON has no NaN); shared with the comparison's JSON. */
    static void number(final JsonGenerator g, final String name, final Double value)
    {
        if (value == null || value.isNaN() || value.isInfinite())
        {
            g.writeNullProperty(name);
        }
        else
        {
            g.writeNumberProperty(name, value);
        }
    }
}
