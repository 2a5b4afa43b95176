package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import forkcast.sim.ReplicationOutput;

/**
 * Properties that hold for every valid scenario, checked on scenarios drawn by a seeded generator (the same 30 on
 * every run): every offered call is connected, blocked, abandoned or still queued at the end; nothing is NaN or
 * infinite except ratios with nothing to divide; the forked bandwidth is what recorders and CUBEs receive; coverage is
 * a share (recorded and recordable call-seconds are counted over the same legs, so recorded never exceeds recordable).
 */
class RandomScenarioPropertyTest
{
    static Stream<Integer> seeds()
    {
        return IntStream.rangeClosed(1, 30).boxed();
    }

    /** @return a random valid scenario: sites in a chain, recorders, maybe a CUBE, a route list, groups, traffic */
    static String scenario(final int seed)
    {
        SplittableRandom random = new SplittableRandom(seed);
        int sites = 1 + random.nextInt(3);
        StringBuilder y = new StringBuilder();
        y.append("name: random-").append(seed).append('\n');
        y.append("seed: ").append(seed).append('\n');
        y.append("run: { warmup: 0s, duration: ").append(20 + random.nextInt(60)).append("m, replications: 2, interval: 5m }\n");
        y.append("cluster: { builtInBridge: ").append(random.nextBoolean() ? "on" : "off")
                .append(", recordingSetupDelay: ").append(random.nextInt(1000)).append("ms }\n");
        y.append("sites:\n");
        for (int s = 0; s < sites; s++)
        {
            y.append("  - { id: s").append(s).append(" }\n");
        }
        if (sites > 1)
        {
            y.append("links:\n");
            for (int s = 1; s < sites; s++)
            {
                y.append("  - { id: l").append(s).append(", between: [s").append(s - 1).append(", s").append(s)
                        .append("], mbps: ").append(1 + random.nextInt(100)).append(" }\n");
            }
        }
        y.append("gateways:\n  - { id: gw, site: s0, channels: ").append(5 + random.nextInt(100))
                .append(", ucGatewayServices: ").append(random.nextBoolean()).append(" }\n");
        int recorders = 1 + random.nextInt(3);
        y.append("recorders:\n");
        for (int r = 0; r < recorders; r++)
        {
            y.append("  - { id: r").append(r).append(", site: s").append(random.nextInt(sites)).append(", maxStreams: ")
                    .append(random.nextInt(80)).append(", maxSetupsPerSecond: ").append(1 + random.nextInt(5))
                    .append(", secure: ").append(random.nextBoolean());
            if (random.nextInt(4) == 0)
            {
                y.append(", down: [ { at: ").append(random.nextInt(30)).append("m, for: ").append(1 + random.nextInt(20))
                        .append("m } ]");
            }
            y.append(" }\n");
        }
        boolean cube = random.nextBoolean();
        if (cube)
        {
            y.append("cubes: [ { id: cube, site: s0, maxSessions: ").append(random.nextInt(200)).append(", forkTo: [");
            for (int r = 0; r < recorders; r++)
            {
                y.append(r == 0 ? "" : ", ").append('r').append(r);
            }
            y.append("] } ]\nmtpPools: [ { id: mtp, site: s0, size: ").append(random.nextInt(40)).append(" } ]\n");
        }
        y.append("trunks:\n  - { id: t-gw, to: gw, recordingInfo: gateway }\n");
        for (int r = 0; r < recorders; r++)
        {
            y.append("  - { id: t").append(r).append(", to: r").append(r).append(", maxDialogs: ")
                    .append(random.nextInt(100)).append(" }\n");
        }
        if (cube)
        {
            y.append("  - { id: t-cube, to: cube, earlyOffer: ")
                    .append(random.nextBoolean() ? "mandatory, mtpPool: mtp" : "best-effort").append(" }\n");
        }
        y.append("routeLists: [ { id: rl, distribution: ").append(random.nextBoolean() ? "circular" : "top-down")
                .append(", trunks: [").append(cube ? "t-cube, " : "");
        for (int r = 0; r < recorders; r++)
        {
            y.append(r == 0 ? "" : ", ").append('t').append(r);
        }
        y.append("] } ]\nrecordingProfiles: [ { id: rp, routeList: rl } ]\n");
        String[] options = {"automatic", "selective", "disabled"};
        String option = options[random.nextInt(3)];
        y.append("agentGroups:\n  - id: a\n    site: s").append(random.nextInt(sites)).append("\n    agents: ")
                .append(1 + random.nextInt(60)).append("\n    phone: { protocol: ").append(random.nextBoolean() ? "sip" : "sccp")
                .append(", recordKey: ").append(random.nextBoolean() ? "softkey" : "none").append(" }\n")
                .append("    line: { recording: ").append(option).append(", profile: rp, mediaSource: ")
                .append(random.nextBoolean() ? "phone" : "gateway").append(", ctiMonitored: ").append(random.nextBoolean())
                .append(" }\n");
        if (option.equals("selective"))
        {
            String[] by = {"supervisor", "recorder", "agent", "agent-desktop"};
            y.append("    selective: { share: ").append(fmt(random.nextDouble())).append(", by: ").append(by[random.nextInt(4)])
                    .append(", delay: { dist: uniform, min: 0s, max: 30s }, stopShare: ").append(fmt(random.nextDouble() / 2))
                    .append(" }\n");
        }
        if (random.nextBoolean())
        {
            y.append("    queue: { patience: { dist: exponential, mean: ").append(10 + random.nextInt(120)).append("s } }\n");
        }
        if (random.nextBoolean())
        {
            y.append("    monitoring: { share: ").append(fmt(random.nextDouble() / 4)).append(" }\n");
        }
        double transfer = random.nextDouble() / 3;
        y.append("traffic:\n  - id: c\n    group: a\n    rate: ").append(30 + random.nextInt(3000)).append("/h\n")
                .append("    gateways: [gw]\n    secureShare: ").append(fmt(random.nextDouble() / 2)).append('\n')
                .append("    codecs: { G711: 0.5, G729: 0.5 }\n")
                .append("    holdingTime: { dist: lognormal, mean: ").append(30 + random.nextInt(300)).append("s, stddev: 60s }\n")
                .append("    hold: { share: ").append(fmt(random.nextDouble() / 2)).append(" }\n")
                .append("    transfer: { share: ").append(fmt(transfer)).append(", kind: ")
                .append(random.nextBoolean() ? "consult" : "blind").append(", recordConsultShare: 0.5 }\n")
                .append("    conference: { share: ").append(fmt(random.nextDouble() / 3)).append(" }\n");
        if (random.nextBoolean())
        {
            // F8: a second group places internal calls to the first, its lines recorded by their own option
            String callers = "  - { id: b, site: s" + random.nextInt(sites) + ", agents: " + (1 + random.nextInt(30))
                    + ", phone: { builtInBridge: " + (random.nextBoolean() ? "on" : "default")
                    + " }, line: { recording: " + (random.nextBoolean() ? "automatic" : "disabled")
                    + ", profile: rp, ctiMonitored: true } }\n";
            y.insert(y.indexOf("traffic:\n"), callers);
            y.append("  - { id: i, group: a, callerGroup: b, rate: ").append(30 + random.nextInt(600))
                    .append("/h, holdingTime: { dist: exponential, mean: ").append(30 + random.nextInt(200))
                    .append("s }, hold: { share: ").append(fmt(random.nextDouble() / 2))
                    .append(" }, transfer: { share: ").append(fmt(random.nextDouble() / 3))
                    .append(", to: b }, conference: { share: ")
                    .append(fmt(random.nextDouble() / 3)).append(" } }\n");
        }
        return y.toString();
    }

    private static String fmt(final double v)
    {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @ParameterizedTest(name = "random scenario {0}")
    @MethodSource("seeds")
    void conservationAndFiniteness(final int seed) throws ScenarioException
    {
        String yaml = scenario(seed);
        RunResult run = ScenarioRunner.run(ScenarioText.load(yaml), 2, null);
        for (ReplicationOutput out : run.results().replications())
        {
            double accounted = out.value("calls.connected") + out.value("calls.blocked.gateway")
                    + out.value("calls.blocked.agents") + out.value("calls.abandoned") + out.value("calls.queuedAtEnd");
            assertEquals(out.value("calls.offered"), accounted, 0.0, "every offered call is accounted for:\n" + yaml);
            for (Map.Entry<String, ReplicationOutput.Scalar> e : out.scalars().entrySet())
            {
                double v = e.getValue().value();
                assertTrue(!Double.isInfinite(v), e.getKey() + " is infinite:\n" + yaml);
                assertTrue(!Double.isNaN(v) || "ratio".equals(e.getValue().unit()),
                        e.getKey() + " is NaN but is no ratio:\n" + yaml);
            }
            for (Map.Entry<String, ReplicationOutput.Series> e : out.series().entrySet())
            {
                for (double v : e.getValue().values())
                {
                    assertTrue(Double.isFinite(v), e.getKey() + " has " + v + ":\n" + yaml);
                }
            }
            double received = 0;
            for (Map.Entry<String, ReplicationOutput.Scalar> e : out.scalars().entrySet())
            {
                String k = e.getKey();
                if (k.startsWith("bandwidth.recorder.") && k.endsWith(".mbps.mean")
                        || k.startsWith("bandwidth.cube.") && k.endsWith(".ingressMbps.mean"))
                {
                    received += e.getValue().value();
                }
            }
            assertEquals(out.value("bandwidth.fork.mbps.mean"), received, 1e-9 * Math.max(1, received),
                    "forked bandwidth = what recorders and CUBEs receive:\n" + yaml);
            double recorded = out.value("recording.recordedSeconds");
            double recordable = out.value("recording.recordableSeconds");
            assertTrue(recorded >= 0 && recorded <= recordable * (1 + 1e-12),
                    "recorded " + recorded + " s <= recordable " + recordable + " s:\n" + yaml);
            double coverage = out.value("recording.coverage");
            assertTrue(recordable == 0 ? Double.isNaN(coverage) : coverage >= 0 && coverage <= 1,
                    "coverage " + coverage + " is a share:\n" + yaml);
        }
    }
}
