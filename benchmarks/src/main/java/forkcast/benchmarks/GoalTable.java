package forkcast.benchmarks;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the speed-goal benchmarks in one JMH run (the anchors beside Forkcast's own, so load on the machine hits both
 * alike) and prints the goal table of docs/performance.md as Markdown. {@code benchmarks/run.sh} starts it.
 * With the argument {@code quick}: one fork and fewer iterations, for a first look (noisier).
 */
public final class GoalTable
{
    private GoalTable()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        boolean quick = args.length > 0 && args[0].equals("quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(AnchorBench.class.getName() + "\\.")
                .include(EventLoopBench.class.getName() + "\\.")
                .include(ScenarioBench.class.getName() + "\\.")
                .include(ScalingBench.class.getName() + "\\.");
        if (quick)
        {
            options.forks(1).warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Rate ssj = rate(results, "ssjLossSystem", null);
        Rate dsol = rate(results, "dsolStockLossSystem", null);
        Rate loop = rate(results, "lossSystem", null);
        Rate small = rate(results, "wholeReplication", BenchmarkCase.MMCC_RECORDER.name());
        Rate large = rate(results, "wholeReplication", BenchmarkCase.LARGE_FARM.name());
        double[] one = experiment(results, "1");
        double[] two = experiment(results, "2");
        double oneThread = one[0];
        double twoThreads = two[0];

        System.out.println();
        System.out.println("Events per second of wall time, and per CPU second of the benchmark's JVM (the ratios and the"
                + " verdicts use the CPU figures, which a busy machine disturbs far less).");
        System.out.println();
        System.out.println("| case | events/s (wall) | events per CPU s | goal | met |");
        System.out.println("|---|---:|---:|---|---|");
        rate("M/M/c/c recorder, c=100, A=90, full model", small, "≥ SSJ's bare loop", small.perCpu() >= ssj.perCpu());
        rate("SSJ 3.3.2 bare M/M/c/c loop (anchor)", ssj, "", null);
        rate("stock DSOL 4.3.2 M/M/c/c (anchor)", dsol, "", null);
        rate("Forkcast sim-core M/M/c/c loop", loop, "", null);
        rate("large farm, 8,000 calls in progress", large, "≥ 3 M/s", large.perCpu() >= 3e6);
        System.out.println();
        System.out.println("| ratio | value | goal | met |");
        System.out.println("|---|---:|---|---|");
        value("full model / SSJ loop (per CPU s)", small.perCpu() / ssj.perCpu(), "≥ 1.00", small.perCpu() >= ssj.perCpu());
        value("full model / stock DSOL loop (per CPU s)", small.perCpu() / dsol.perCpu(), "", null);
        value("cost per event, large / small (per CPU s)", small.perCpu() / large.perCpu(), "≤ 1.50",
                small.perCpu() / large.perCpu() <= 1.5);
        value("large farm, 10 replications, 1 thread (s, wall)", oneThread, "", null);
        value("large farm, 10 replications, 2 threads (s, wall)", twoThreads, "≤ 1.5 s", twoThreads <= 1.5);
        value("speed-up, 2 threads over 1 (wall)", oneThread / twoThreads, "≥ 1.80", oneThread / twoThreads >= 1.8);
        value("CPU seconds per experiment, 1 thread", one[1], "", null);
        value("CPU seconds per experiment, 2 threads", two[1], "", null);
        value("  speed-up two free cores would give: 2 × CPU(1) / CPU(2)", 2 * one[1] / two[1], "≥ 1.80", null);
        System.out.printf(Locale.ROOT, "%nLoad average at the end (1, 5, 15 min): %s on %d cores%n", LoadAverage.now(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Wall-clock events per second and the JVM's CPU nanoseconds per second over the same iterations. */
    private record Rate(double events, double cpuNanos)
    {
        double perCpu()
        {
            return this.events / this.cpuNanos * 1e9;
        }
    }

    private static Rate rate(final Collection<RunResult> results, final String method, final String scenario)
    {
        for (RunResult result : results)
        {
            String label = result.getParams().getBenchmark();
            if (label.endsWith("." + method)
                    && (scenario == null || scenario.equals(result.getParams().getParam("scenario"))))
            {
                return new Rate(score(result, "events"), score(result, "cpuNanos"));
            }
        }
        return new Rate(Double.NaN, Double.NaN);
    }

    private static double score(final RunResult result, final String counter)
    {
        Result<?> value = result.getSecondaryResults().get(counter);
        return value == null ? Double.NaN : value.getScore();
    }

    /** Wall seconds and JVM CPU seconds per experiment of the scaling benchmark at {@code threads}. */
    private static double[] experiment(final Collection<RunResult> results, final String threads)
    {
        for (RunResult result : results)
        {
            if (result.getParams().getBenchmark().endsWith(".tenReplications")
                    && threads.equals(result.getParams().getParam("threads")))
            {
                double perSecond = result.getPrimaryResult().getScore();
                return new double[] {1 / perSecond, score(result, "cpuNanos") / perSecond / 1e9};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static void rate(final String name, final Rate rate, final String goal, final Boolean met)
    {
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s |%n", name, rate.events(), rate.perCpu(), goal,
                verdict(met));
    }

    private static void value(final String name, final double value, final String goal, final Boolean met)
    {
        System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %s |%n", name, value, goal, verdict(met));
    }

    private static String verdict(final Boolean met)
    {
        return met == null ? "" : met ? "yes" : "no";
    }
}
