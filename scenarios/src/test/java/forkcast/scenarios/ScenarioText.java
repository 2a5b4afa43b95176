package forkcast.scenarios;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads scenarios written inline in tests. */
final class ScenarioText
{
    private ScenarioText()
    {
    }

    static Scenario load(final String yaml, final String... overrides) throws ScenarioException
    {
        return new ScenarioLoader(Catalog.builtIn()).load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                List.of(overrides));
    }

    /**
     * An M/M/c/c loss system on recording sessions: Poisson calls, exponential holding, automatic recording to one
     * recorder of {@code 2c} streams with no set-up limit, agents and trunk dialogs plentiful, media set up at once.
     */
    static String lossSystem(final int sessions, final double erlangs, final double holdSeconds, final int replications)
    {
        double perHour = erlangs / holdSeconds * 3600;
        return """
                name: loss-system
                seed: 7
                run: { warmup: 1h, duration: 10h, replications: %d, interval: 15m }
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: %d, maxSetupsPerSecond: 1000000 } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: agents, site: dc, agents: 100000, line: { recording: automatic, profile: rp } }
                traffic:
                  - { id: calls, group: agents, rate: %s/h, direction: internal,
                      holdingTime: { dist: exponential, mean: %ss } }
                """.formatted(replications, 2 * sessions, perHour, holdSeconds);
    }

    /** Exact Erlang-B blocking by the recursion B(0)=1, B(k)=A·B(k−1)/(k+A·B(k−1)). */
    static double erlangB(final int servers, final double erlangs)
    {
        double b = 1;
        for (int k = 1; k <= servers; k++)
        {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }
}
