package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two simulated days of the contact-centre example (the week is {@code forkcast.benchmarks.SoakMain}, see the README):
 * pending events stay bounded by the calls in progress, so nothing accumulates per call.
 */
class SoakTest
{
    @Test
    void pendingEventsAreBoundedByCallsInProgress() throws ScenarioException
    {
        Scenario scenario = new ScenarioLoader(Catalog.builtIn()).load(Path.of("examples", "contact-centre.yaml"),
                List.of());
        List<Soak.Sample> samples = Soak.run(scenario, 2, false);
        assertEquals(2, samples.size());
        for (Soak.Sample s : samples)
        {
            // per connected call at most: its end, a hold or resume, a selective start or stop, a media start;
            // per queued call its patience; plus one arrival per traffic stream
            int bound = 4 * s.activeCalls() + s.waitingCalls() + scenario.deployment().traffic().size() + 1;
            assertTrue(s.pendingEvents() <= bound, s + " exceeds " + bound);
            assertTrue(s.activeCalls() > 0, "the day ends with calls in progress: " + s);
        }
    }
}
