package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases run through and write outputs without NaN or Infinity anywhere; an impossible one is refused. */
class ExtremeParametersTest
{
    private static final String BASE = """
            name: extreme
            run: { warmup: 0s, duration: %s, replications: 2, interval: 5m }
            cluster: { builtInBridge: on }
            sites: [ { id: dc }, { id: branch } ]
            links: [ { id: wan, between: [branch, dc], mbps: 10 } ]
            gateways: [ { id: gw, site: dc, channels: 1000000 } ]
            recorders:
              - { id: r1, site: dc, secure: true, maxStreams: 1000000, maxSetupsPerSecond: 100000 }
              - { id: r2, site: dc, secure: true }
              - { id: r3, site: dc }
              - { id: r4, site: dc }
              - { id: r5, site: dc }
            cubes: [ { id: cube, site: dc, maxSessions: 1000000, forkTo: [r1, r2, r3, r4, r5] } ]
            trunks: [ { id: t1, to: r1 }, { id: t-cube, to: cube, earlyOffer: mandatory } ]
            recordingProfiles: [ { id: rp, trunk: %s } ]
            agentGroups: [ { id: a, site: branch, agents: %s, line: { recording: %s, profile: rp } } ]
            traffic: [ { id: c, group: a, rate: %s, gateways: [gw], secureShare: %s, holdingTime: { dist: exponential, mean: 10s } } ]
            """;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero traffic                | 30m | t1     | 10      | automatic | 0/h        | 0
            zero recordings             | 30m | t1     | 10      | disabled  | 100/h      | 0
            one agent                   | 30m | t1     | 1       | automatic | 600/h      | 0
            all calls secure            | 30m | t1     | 100     | automatic | 3000/h     | 1
            five forks                  | 30m | t-cube | 100     | automatic | 3000/h     | 0
            a million calls an hour     | 5m  | t1     | 1000000 | automatic | 1000000/h  | 0
            """)
    void runsWithoutNanOrInfinity(final String label, final String duration, final String trunk, final String agents,
            final String recording, final String rate, final String secure) throws IOException
    {
        Path file = this.tmp.resolve("s.yaml");
        Files.writeString(file, BASE.formatted(duration, trunk, agents, recording, rate, secure));
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, label + ": " + cli.err);
        for (String name : new String[] {"summary.json", "timeseries.csv", "report.html"})
        {
            String text = Files.readString(out.resolve(name));
            assertFalse(text.contains("NaN") || text.contains("Infinity"), label + ": " + name);
        }
        assertTrue(Files.size(out.resolve("charts/bhcc.png")) > 0);
    }

    @ParameterizedTest(name = "impossible: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ten million calls a second | 10000000/s | rate
            """)
    void impossibleScenariosAreRefused(final String label, final String rate, final String key) throws IOException
    {
        Path file = this.tmp.resolve("s.yaml");
        Files.writeString(file, BASE.formatted("30m", "t1", "10", "automatic", rate, "0"));
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains("rate must be from 0/s to 1000000/s, not 10000000/s"), cli.err);
    }
}
