package forkcast.scenarios.cdr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.inference.TTest;

import forkcast.scenarios.RunResult;
import forkcast.sim.stats.MetricSummary;

/**
 * Sets what the CDRs show, day by day, beside what a scenario simulates, replication by replication: each observed
 * UTC day and each simulated replication (one simulated day, as {@code fit} writes the run) is one sample of the same
 * figure. The verdict is Welch's two-sample t-test on the means at 5%: "agrees" when it does not tell them apart,
 * otherwise whether the model is higher or lower. Figures: busy-hour answered agent calls, peak concurrent calls per
 * group, busy-hour recording calls, peak concurrent recording calls and, when the scenario has a queue with patience
 * and the CDRs a queueing point, the callers who abandoned in a queue per day.
 */
public final class CdrCheck
{
    /** The significance level of the verdicts. */
    public static final double ALPHA = 0.05;

    /**
     * One figure.
     *
     * @param figure what it is, in words
     * @param metric the simulated metric it is set beside
     * @param observed its value on each observed day
     * @param simulated the metric over the replications
     * @param pValue Welch's t-test of equal means (NaN when neither sample varies)
     * @param verdict agrees / higher in the model / lower in the model
     */
    public record Row(String figure, String metric, double[] observed, MetricSummary simulated, double pValue,
            String verdict)
    {
        /** @return the observed days' mean */
        public double observedMean()
        {
            double s = 0;
            for (double v : this.observed)
            {
                s += v;
            }
            return s / this.observed.length;
        }
    }

    private CdrCheck()
    {
    }

    /** @return one row per figure the scenario simulates */
    public static List<Row> compare(final CdrFit.Result cdrs, final RunResult run)
    {
        List<Row> rows = new ArrayList<>();
        CdrFit.Daily d = cdrs.daily();
        add(rows, run, "busy-hour answered agent calls", "bhcc.busyHour.agentCalls", d.busyHourAgentCalls());
        for (Map.Entry<String, double[]> e : d.groupPeaks().entrySet())
        {
            add(rows, run, "peak concurrent calls of " + e.getKey(), "agents." + e.getKey() + ".busy.peak", e.getValue());
        }
        add(rows, run, "busy-hour recording calls", "bhcc.busyHour.recordingCalls", d.busyHourRecordingCalls());
        List<String> recorders = run.results().summaries().keySet().stream()
                .filter(n -> n.startsWith("recorder.") && n.endsWith(".streams.peak")).toList();
        if (recorders.size() == 1)
        {
            add(rows, run, "peak concurrent recording calls", recorders.get(0), d.peakRecordingCalls());
        }
        boolean patience = run.scenario().deployment().groups().stream().anyMatch(g -> g.patience() != null);
        if (patience && d.abandonedCalls() != null)
        {
            add(rows, run, "abandoned calls per day", "calls.abandoned", d.abandonedCalls());
        }
        return rows;
    }

    private static void add(final List<Row> rows, final RunResult run, final String figure, final String metric,
            final double[] observed)
    {
        if (!run.results().summaries().keySet().contains(metric) || observed.length == 0)
        {
            return;
        }
        double[] simulated = run.results().values(metric);
        double p = observed.length < 2 || simulated.length < 2 ? Double.NaN : welch(observed, simulated);
        MetricSummary summary = run.results().summary(metric);
        double om = 0;
        for (double v : observed)
        {
            om += v;
        }
        om /= observed.length;
        String verdict;
        if (Double.isNaN(p))
        {
            verdict = om == summary.mean() ? "agrees" : om < summary.mean() ? "higher in the model" : "lower in the model";
        }
        else
        {
            verdict = p >= ALPHA ? "agrees" : om < summary.mean() ? "higher in the model" : "lower in the model";
        }
        rows.add(new Row(figure, metric, observed.clone(), summary, p, verdict));
    }

    private static double welch(final double[] a, final double[] b)
    {
        if (variance(a) == 0 && variance(b) == 0)
        {
            return Double.NaN;
        }
        return new TTest().tTest(a, b);
    }

    private static double variance(final double[] x)
    {
        double m = 0;
        for (double v : x)
        {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x)
        {
            s += (v - m) * (v - m);
        }
        return s;
    }
}
