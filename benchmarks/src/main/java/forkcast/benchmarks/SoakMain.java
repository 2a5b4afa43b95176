package forkcast.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import forkcast.scenarios.Catalog;
import forkcast.scenarios.Scenario;
import forkcast.scenarios.ScenarioLoader;
import forkcast.scenarios.Soak;

/**
 * The soak run: a simulated week (or the given days) of a scenario, printing per day the pending events, the calls in
 * progress and the live heap after a full GC. Run from the repository root:
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar forkcast.benchmarks.SoakMain scenarios/examples/contact-centre.yaml 7</pre>
 */
public final class SoakMain
{
    private SoakMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        Path file = Path.of(args.length > 0 ? args[0] : "scenarios/examples/contact-centre.yaml");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(file, List.of());
        long start = System.nanoTime();
        List<Soak.Sample> samples = Soak.run(scenario, days, true);
        System.out.println("day  pending events  calls connected  calls queued  live heap MiB");
        for (Soak.Sample s : samples)
        {
            System.out.printf(Locale.ROOT, "%3d  %14d  %15d  %12d  %13.1f%n", s.day(), s.pendingEvents(),
                    s.activeCalls(), s.waitingCalls(), s.liveHeapBytes() / 1048576.0);
        }
        System.out.printf(Locale.ROOT, "%d simulated days in %.1f s%n", days, (System.nanoTime() - start) / 1e9);
    }
}
