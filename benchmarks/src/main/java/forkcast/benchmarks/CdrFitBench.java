package forkcast.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import forkcast.scenarios.cdr.CdrFit;
import forkcast.scenarios.cdr.CdrGenerator;
import forkcast.scenarios.cdr.CdrMap;

/**
 * How fast {@code forkcast fit} reads CDRs: writes a CUCM CDR export of about the given number of legs (default
 * 5 million; three per answered call: the call and its two recording calls) with the test suite's generator into a
 * temporary folder, then fits it, printing legs, bytes, seconds, legs per second, the heap in use after the fit (after
 * a full GC, with the fit still reachable) and the machine's load average. Not a test: run from the repository root
 * after {@code ./mvnw -B package -DskipTests}:
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar forkcast.benchmarks.CdrFitBench [LEGS]</pre>
 */
public final class CdrFitBench
{
    private CdrFitBench()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        long legs = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
        Path dir = Files.createTempDirectory("forkcast-cdr-bench");
        try
        {
            CdrGenerator.Parameters p = new CdrGenerator.Parameters();
            p.days = 14;
            // 2.9 legs per call (5% unanswered, two recording calls per answered one), over 14 days of the profile
            double profileHours = java.util.Arrays.stream(p.profile).sum() * 24.0 / p.profile.length;
            p.callsPerHour = legs / (0.95 * 3 + 0.05) / (p.days * profileHours);
            Path file = dir.resolve("cdr_StandAloneCluster_01_202403040000_1");
            long g0 = System.nanoTime();
            CdrGenerator.Truth truth = CdrGenerator.write(p, file);
            double generated = (System.nanoTime() - g0) / 1e9;
            Path map = dir.resolve("map.yaml");
            Files.writeString(map, """
                    groups:   { agents-a: { numbers: ["20[0-9][0-9]"] } }
                    gateways: { gw-dc: { devices: ["GW-DC.*"] } }
                    recordingTrunks: ["REC-.*"]
                    """);
            truth.holdingTimes.clear();
            System.gc();
            long t0 = System.nanoTime();
            CdrFit fit = new CdrFit(CdrMap.load(map), 3600);
            fit.read(file);
            CdrFit.Result result = fit.result();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            double heapMiB = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
            System.out.printf(Locale.ROOT, "generated %d legs, %.0f MB, in %.1f s%n", truth.legs,
                    Files.size(file) / 1e6, generated);
            System.out.printf(Locale.ROOT, "fit: %d legs in %.1f s = %.0f legs/s, %.1f MB/s; heap after fit %.0f MiB;"
                    + " streams %d; load average %.2f on %d processors%n", result.legs(), seconds, result.legs() / seconds,
                    Files.size(file) / 1e6 / seconds, heapMiB, result.streams().size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
        finally
        {
            try (var files = Files.list(dir))
            {
                for (Path f : (Iterable<Path>) files::iterator)
                {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
