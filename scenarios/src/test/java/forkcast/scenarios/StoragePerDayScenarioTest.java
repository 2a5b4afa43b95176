package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import forkcast.sim.ExperimentResults;
import forkcast.sim.ReplicationOutput;

/**
 * A day, not an hour (docs/storage.md): a traffic profile of 24 hourly multipliers shapes a simulated day, storage
 * per day is the payload of the recorded seconds (F6: G.711 stores 2 × 8,000 bytes per recorded second, G.729
 * 2 × 1,000), a busy hour is divided by its declared share of the day, and without either there is no figure.
 */
class StoragePerDayScenarioTest
{
    /** A night with no calls (00:00-06:00 and 22:00-24:00), a day that rises to a peak at 10:00. */
    private static final String DAY_PROFILE = "[0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1.0, 1.2, 1.0, 0.7, 0.8, 1.0, 0.9,"
            + " 0.7, 0.5, 0.3, 0.2, 0.1, 0.1, 0, 0]";

    /**
     * Calls with a deterministic talk time, recorded automatically to one recorder with room for all, media at once,
     * no hold or transfer: every recorded second of a call is two streams of its codec's payload.
     */
    private static String scenario(final String run, final String codec, final String profile, final String retention)
    {
        return """
                name: storage-day
                seed: 11
                run: %s
                cluster: { builtInBridge: on, recordingSetupDelay: 0s }
                sites: [ { id: dc } ]
                recorders: [ { id: rec, site: dc, maxStreams: 100000, maxSetupsPerSecond: 1000000%s } ]
                trunks: [ { id: t, to: rec } ]
                recordingProfiles: [ { id: rp, trunk: t } ]
                agentGroups:
                  - { id: agents, site: dc, agents: 100000, line: { recording: automatic, profile: rp } }
                traffic:
                  - { id: calls, group: agents, rate: 600/h, direction: internal, codecs: { %s: 1 },
                      holdingTime: { dist: deterministic, value: 120s }%s }
                """.formatted(run, retention, codec, profile);
    }

    private static ExperimentResults run(final String yaml) throws ScenarioException
    {
        return ScenarioRunner.run(ScenarioText.load(yaml), 2, r -> { }).results();
    }

    @Test
    void aDayProfileShapesTheDayAndStoragePerDayIsThePayloadOfItsRecordedSeconds() throws ScenarioException
    {
        ExperimentResults results = run(scenario("{ warmup: 0s, duration: 24h, replications: 3, interval: 15m }",
                "G711", ", profile: " + DAY_PROFILE + ", profileInterval: 1h", ", retentionDays: 1826"));
        for (ReplicationOutput out : results.replications())
        {
            double[] callsPerInterval = out.series().get("bhcc.agentCalls").values();
            assertEquals(96, callsPerInterval.length);
            double night = 0;
            double day = 0;
            for (int i = 0; i < 96; i++)
            {
                int hour = i / 4;
                if (hour < 6 || hour >= 22)
                {
                    night += callsPerInterval[i];
                }
                else
                {
                    day += callsPerInterval[i];
                }
            }
            assertEquals(0, night, "no call in the hours whose multiplier is 0 (profileInterval 1h, interval 15m)");
            // 600/h × the profile's sum (10.0 hours at full rate): 6,000 calls expected, Poisson
            assertTrue(Math.abs(day - 6000) < 5 * Math.sqrt(6000), "calls in the day: " + day);
            double recordedSeconds = out.value("recording.recordedSeconds");
            double gbPerDay = recordedSeconds * 2 * 8000 / 1e9; // a whole day measured: its recorded seconds
            assertEquals(gbPerDay, out.value("recorder.rec.storageGbPerDay"), gbPerDay * 1e-12);
            assertEquals(gbPerDay, out.value("storage.gbPerDay"), gbPerDay * 1e-12);
            assertEquals(gbPerDay * 1826 / 1000, out.value("recorder.rec.storageTbRetained"), gbPerDay * 1e-12);
            assertEquals(gbPerDay * 1826 / 1000, out.value("storage.tbRetained"), gbPerDay * 1e-12);
        }
    }

    @ParameterizedTest(name = "{0}: busy hour ÷ {1}, {2} bytes per recorded second")
    @CsvSource({"G711, 0.12, 16000", "G729, 0.1, 2000", "G711, 1, 16000"})
    void aBusyHourIsDividedByTheDeclaredShare(final String codec, final double share, final double bytesPerSecond)
            throws ScenarioException
    {
        ExperimentResults results = run(scenario("{ warmup: 15m, duration: 1h, replications: 2, interval: 5m,"
                + " busyHourShare: " + share + " }", codec, "", ""));
        for (ReplicationOutput out : results.replications())
        {
            // one measured hour is the busy hour
            double expected = out.value("recording.recordedSeconds") * bytesPerSecond / share / 1e9;
            assertEquals(expected, out.value("recorder.rec.storageGbPerDay"), expected * 1e-12);
            assertFalse(out.scalars().containsKey("recorder.rec.storageTbRetained"), "no retentionDays, no TB");
            assertFalse(out.scalars().containsKey("storage.tbRetained"));
        }
    }

    @Test
    void withoutAShareAnHourHasNoStoragePerDay() throws ScenarioException
    {
        ExperimentResults results = run(scenario("{ warmup: 15m, duration: 1h, replications: 2, interval: 5m }",
                "G711", "", ", retentionDays: 90"));
        assertFalse(results.summaries().containsKey("recorder.rec.storageGbPerDay"), "not a zero: absent");
        assertFalse(results.summaries().containsKey("recorder.rec.storageTbRetained"));
        assertFalse(results.summaries().containsKey("storage.gbPerDay"));
        assertTrue(results.summary("recording.recordedSeconds").mean() > 0, "the calls were recorded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "run.busyHourShare=0|busyHourShare must be greater than 0 and at most 1, not 0",
            "run.busyHourShare=-0.1|busyHourShare must be greater than 0 and at most 1, not -0.1",
            "run.busyHourShare=1.2|busyHourShare must be greater than 0 and at most 1, not 1.2",
            "recorders.rec.retentionDays=-1|retentionDays must be a whole number from 0 to 36600, not -1",
            "recorders.rec.retentionDays=2.5|retentionDays must be a whole number from 0 to 36600, not 2.5",
            "recorders.rec.retentionDays=40000|retentionDays must be a whole number from 0 to 36600, not 40000",
            "traffic.calls.profileInterval=0s|profileInterval must be greater than 0s and at most 7d, not 0s",
            "traffic.calls.profileInterval=8d|profileInterval must be greater than 0s and at most 7d, not 8d"})
    void outOfRangeValuesAreRefusedWithTheirRange(final String set, final String message)
    {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioText.load(
                scenario("{ duration: 1h }", "G711", "", ""), set));
        List<String> errors = e.errors().stream().map(ScenarioError::message).toList();
        assertTrue(errors.stream().anyMatch(m -> m.contains(message)), errors.toString());
    }

    @Test
    void aShareOfOneAndARetentionOfZeroDaysAreAccepted() throws ScenarioException
    {
        Scenario s = ScenarioText.load(scenario("{ duration: 1h, busyHourShare: 1 }", "G711", "", ", retentionDays: 0"));
        assertEquals(1.0, s.deployment().busyHourShare().getAsDouble());
        assertEquals(0, s.deployment().recorders().get(0).retentionDays().getAsInt());
    }
}
