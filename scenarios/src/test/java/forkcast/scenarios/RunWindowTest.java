package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The measured window against its interval and the calls it measures: a duration shorter than the interval (a typo
 * such as 30ms for 30m) is an error where it was given; a window shorter than the longest mean holding time is a
 * warning, as a short window may be meant.
 */
class RunWindowTest
{
    /** CommandLineValuesTest's small scenario, with the built-in bridge on so that no rule warns of anything else. */
    private static final String SMALL = CommandLineValuesTest.SMALL + "cluster: { builtInBridge: on }\n";

    @Test
    void aDurationShorterThanTheIntervalIsRefusedAtTheSetThatGaveIt()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL, "run.duration=30ms"));
        assertEquals(List.of("--set run.duration=30ms: error: duration 30ms is shorter than the interval 5m: the"
                + " measured window must hold at least one interval"), e.errors().stream().map(Object::toString)
                        .toList());
    }

    @Test
    void aDurationShorterThanTheIntervalIsRefusedAtItsLineAndColumn()
    {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioText.load(SMALL.replace("duration: 10m", "duration: 2m").replace("interval: 5m",
                        "interval: 15m")));
        assertEquals("test.yaml:2:30: error: duration 2m is shorter than the interval 15m: the measured window must"
                + " hold at least one interval", e.errors().get(0).toString());
    }

    @Test
    void aWindowShorterThanTheLongestMeanHoldingTimeIsAWarning() throws Exception
    {
        Scenario s = ScenarioText.load(SMALL, "run.duration=2m", "run.interval=1m");
        assertEquals(List.of("--set run.duration=2m: warning: the measured window (duration 2m) is shorter than the"
                + " longest mean holding time of the traffic (3m, traffic in): few calls start and end inside it, so"
                + " its results vary widely between replications; measure several holding times"),
                s.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void aWindowAsLongAsTheLongestHoldingTimeHasNoWarning() throws Exception
    {
        assertEquals(List.of(), ScenarioText.load(SMALL, "run.duration=3m", "run.interval=1m").warnings());
        assertEquals(List.of(), ScenarioText.load(SMALL).warnings());
    }
}
