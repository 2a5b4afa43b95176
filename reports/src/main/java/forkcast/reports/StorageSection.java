package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import forkcast.models.Deployment;
import forkcast.models.StorageFarm;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.media.Codec;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.StoragePerDay;
import forkcast.scenarios.RunResult;
import forkcast.scenarios.Scenario;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;
import forkcast.sim.stats.PhysicalRange;

/**
 * The report's storage section (docs/storage.md): which basis gave storage per day, or why there is none; GB/day and
 * TB retained per recorder, per farm ({@link StorageFarm}) and in total; the codec mix of each traffic stream and the per-stream payload the figures
 * rest on (F6).
 */
final class StorageSection
{
    private StorageSection()
    {
    }

    /** @return the basis the run's storage per day rests on */
    static StoragePerDay basis(final Scenario scenario)
    {
        return StoragePerDay.of(scenario.window().duration(), scenario.deployment().busyHourShare());
    }

    static Map<String, Object> view(final RunResult run)
    {
        Scenario s = run.scenario();
        Deployment d = s.deployment();
        StoragePerDay basis = basis(s);
        ExperimentResults results = run.results();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("method", basis.method());
        view.put("reported", basis.reported());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RecorderConfig r : d.recorders())
        {
            rows.add(row("recorder " + r.id(), results, ElementMetrics.RECORDER_STORAGE.of(r.id()),
                    r.retentionDays().isPresent() ? Integer.toString(r.retentionDays().getAsInt()) : "not given",
                    ElementMetrics.RECORDER_RETAINED.of(r.id())));
        }
        for (StorageFarm farm : StorageFarm.of(d))
        {
            rows.add(farm(farm, d, results));
        }
        if (d.recorders().size() > 1)
        {
            rows.add(row("all recorders", results, ElementMetrics.STORAGE_TOTAL.of(), "",
                    ElementMetrics.RETAINED_TOTAL.of()));
        }
        view.put("recorders", rows);
        List<Map<String, Object>> mix = new ArrayList<>();
        Map<String, Codec> used = new LinkedHashMap<>();
        for (TrafficConfig t : d.traffic())
        {
            mix.add(Map.of("traffic", t.id(), "codecs", t.codecs().stream()
                    .map(c -> c.codec().name() + " " + Numbers.percent(c.share())).collect(Collectors.joining(", "))));
            t.codecs().stream().filter(c -> c.share() > 0).map(CodecShare::codec)
                    .forEach(c -> used.putIfAbsent(c.name(), c));
        }
        view.put("mix", mix);
        List<Map<String, Object>> codecs = new ArrayList<>();
        for (Codec c : used.values())
        {
            double bytesPerSecond = c.payloadBitsPerSecond() / 8;
            codecs.add(Map.of("codec", c.name(), "kbps", Numbers.human(c.payloadBitsPerSecond() / 1000),
                    "bytesPerSecond", Numbers.human(bytesPerSecond),
                    "perMinute", Numbers.human(2 * bytesPerSecond * 60 / 1000)));
        }
        view.put("codecs", codecs);
        return view;
    }

    /** A farm's figures: per replication, the sum of its recorders' (retained only when each declares retention). */
    private static Map<String, Object> farm(final StorageFarm farm, final Deployment d, final ExperimentResults results)
    {
        double[] perDay = new double[results.replications().size()];
        double[] retained = new double[perDay.length];
        boolean everyRetains = true;
        for (String id : farm.recorders())
        {
            everyRetains &= d.recorders().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                    .retentionDays().isPresent();
            add(perDay, results.values(ElementMetrics.RECORDER_STORAGE.of(id).name()));
            add(retained, results.values(ElementMetrics.RECORDER_RETAINED.of(id).name()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", "farm " + farm.id() + " (" + String.join(", ", farm.recorders()) + ")");
        row.put("gbPerDay", figure(MetricSummary.of(perDay, PhysicalRange.NON_NEGATIVE)));
        row.put("retentionDays", "");
        row.put("tbRetained", everyRetains ? figure(MetricSummary.of(retained, PhysicalRange.NON_NEGATIVE)) : "—");
        return row;
    }

    /** Adds {@code values} to {@code sums}, replication by replication; NaN (not published) stays NaN. */
    private static void add(final double[] sums, final double[] values)
    {
        for (int i = 0; i < sums.length; i++)
        {
            sums[i] += values[i];
        }
    }

    private static Map<String, Object> row(final String label, final ExperimentResults results, final Metric perDay,
            final String retention, final Metric retained)
    {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("gbPerDay", figure(results, perDay));
        row.put("retentionDays", retention);
        row.put("tbRetained", figure(results, retained));
        return row;
    }

    /** @return "mean (low – high)", or a dash when the metric was not published */
    private static String figure(final ExperimentResults results, final Metric metric)
    {
        if (!results.summaries().containsKey(metric.name()))
        {
            return "—";
        }
        return figure(results.summary(metric.name()));
    }

    private static String figure(final MetricSummary m)
    {
        if (m.mean() == null)
        {
            return "—";
        }
        return Numbers.human(m.mean()) + " (" + Numbers.human(m.ci95low()) + " – " + Numbers.human(m.ci95high()) + ")";
    }
}
