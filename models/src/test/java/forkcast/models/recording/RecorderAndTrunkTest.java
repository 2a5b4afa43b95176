package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

class RecorderAndTrunkTest
{
    private final MeasurementWindow window = new MeasurementWindow(0, 3600, 300);

    @Test
    @DisplayName("F6: a 400-stream recorder takes 200 sessions, two streams each (R5)")
    void f6_streamLimitCountsTwoStreamsPerSession()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(400)
                .maxSetupsPerSecond(Double.POSITIVE_INFINITY));
        for (int i = 0; i < 200; i++)
        {
            assertNull(admit(recorder, 1, false));
        }
        assertEquals(RejectReason.RECORDER_FULL, admit(recorder, 1, false));
        recorder.release(2);
        assertNull(admit(recorder, 3, false));
        recorder.close(3600);
        assertEquals(400, recorder.streams().peak(), 0.0);
    }

    @Test
    @DisplayName("R10: a late copy's streams are reserved against maxStreams, and in the streams level from its start")
    void r10_reservedStreamsCountAgainstTheLimitNotTheLevel()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(4)
                .maxSetupsPerSecond(Double.POSITIVE_INFINITY));
        assertNull(recorder.reserve(0, false, 0, 32, 2, false));
        assertNull(admit(recorder, 0, false));
        assertEquals(2, recorder.streams().value(), 0.0, "only the admitted session's streams are in the level");
        assertEquals(RejectReason.RECORDER_FULL, recorder.reserve(0, false, 0, 32, 1, false), "2 + 2 reserved of 4");
        recorder.start(600, 2);
        assertEquals(4, recorder.streams().value(), 0.0, "the late copy's streams from its start");
        assertThrows(IllegalStateException.class, () -> recorder.unreserve(1), "nothing is reserved any more");
        recorder.release(1200, 4);
        assertNull(recorder.reserve(1200, false, 0, 32, 2, false));
        recorder.unreserve(2); // its session ended before its recorder answered: it never started
        assertNull(admit(recorder, 1500, false));
        assertNull(admit(recorder, 1500, false));
        recorder.close(3600);
        // 2 streams over [0, 600), 4 over [600, 1200), none until 1500, 4 from 1500 to 3600
        assertEquals((2 * 600 + 4 * 600 + 4 * 2100) / 3600.0, recorder.streams().mean(), 1e-12);
    }

    /** Admit as a trunk with CUCM's INVITE timeout does: with the wait the set-up queue gives now. */
    private static RejectReason admit(final Recorder recorder, final double now, final boolean secure)
    {
        return recorder.admit(now, secure, recorder.setupWait(now), SipTimers.DEFAULT.inviteTimeout());
    }

    @Test
    @DisplayName("F6: set-ups queue FIFO at the sustained rate; one that would wait past the timeout is refused")
    void f6_setupsQueueAtTheSustainedRate()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(1000).maxSetupsPerSecond(2));
        assertEquals(0.0, recorder.setupWait(10.0), 0.0, "an idle recorder takes a set-up at once");
        assertNull(admit(recorder, 10.0, false));
        assertEquals(0.5, recorder.setupWait(10.0), 1e-12, "busy for 1 / 2 s with the first");
        assertNull(admit(recorder, 10.0, false));
        assertEquals(1.0, recorder.setupWait(10.0), 1e-12, "a burst queues instead of being refused");
        assertEquals(0.8, recorder.setupWait(10.2), 1e-12);
        assertEquals(0.0, recorder.setupWait(11.0), 1e-12, "the queue has emptied by 11 s");
        for (int i = 0; i < 64; i++)
        {
            assertNull(admit(recorder, 20.0, false));
        }
        assertEquals(32.0, recorder.setupWait(20.0), 1e-12, "64 set-ups ahead at 2 per second");
        assertNull(recorder.admit(20.0, false, 32.0, 32.0), "a wait of exactly the timeout is still answered");
        assertEquals(RejectReason.RECORDER_SETUP_TIMEOUT, admit(recorder, 20.0, false));
        assertEquals(32.5, recorder.setupWait(20.0), 1e-12, "a timed-out set-up takes no service");
        assertEquals(2 * 67, recorder.streams().value(), 0.0, "the timed-out session holds no streams");
        recorder.close(3600);
        SetupQueue q = recorder.setupQueue();
        assertEquals(1, q.timeouts().total(), 0.0);
        assertEquals(67, q.setUps().total(), 0.0);
        assertEquals(65, q.waiting().peak(), 0.0,
                "at 20 s: 63 of the burst, the one at the timeout, the timed-out one");
        assertEquals((0.5 + 0.5 * (63 * 64 / 2) + 32) / 67, q.waits().mean(), 1e-12, "waits 0, 0.5; 0 to 31.5; 32");
        assertEquals(67 * 0.5 / 3600, q.utilisation(), 1e-12);
    }

    @Test
    void aSecureCallNeedsARecorderThatTakesSrtp()
    {
        Recorder plain = recorder(RecorderConfig.builder("rec", "dc").maxStreams(10).maxSetupsPerSecond(5));
        Recorder secure = recorder(RecorderConfig.builder("rec", "dc").maxStreams(10).maxSetupsPerSecond(5)
                .secure(true));
        assertEquals(RejectReason.SRTP_NOT_ACCEPTED, admit(plain, 1, true));
        assertNull(admit(secure, 1, true));
        assertNull(admit(plain, 1, false));
        assertEquals(1, plain.refusals(RejectReason.SRTP_NOT_ACCEPTED), "refusals are counted by reason");
        assertEquals(0, plain.refusals(RejectReason.RECORDER_FULL));
    }

    @Test
    void releasingWhatWasNotHeldIsAnError()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec-a", "dc").maxStreams(10).maxSetupsPerSecond(5));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> recorder.release(7));
        assertTrue(e.getMessage().contains("rec-a") && e.getMessage().contains("t=7"));
    }

    @Test
    @DisplayName("R5: a recording session holds two trunk dialogs, one per recording call")
    void r5_sessionTakesTwoDialogs()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(100).maxSetupsPerSecond(100));
        SipTrunk trunk = new SipTrunk(TrunkConfig.builder("t").recorder("rec").maxDialogs(5).build(),
                recorder, this.window);
        assertNull(trunk.seize(1));
        assertNull(trunk.seize(1));
        assertEquals(RejectReason.TRUNK_FULL, trunk.seize(1), "one dialog left: not enough for a session's two calls");
        trunk.release(2);
        assertNull(trunk.seize(3));
        trunk.close();
        assertEquals(4, trunk.dialogs().peak(), 0.0);
    }

    @Test
    @DisplayName("R10: CUBE takes a session only with room for its inbound pair and one copy")
    void r10_cubeNeedsRoomForTheInboundPairAndOneCopy()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(100).maxSetupsPerSecond(100));
        CubeMediaProxy cube = new CubeMediaProxy(CubeConfig.builder("cube", "dc", 6).platform("isr")
                .forkTo(java.util.List.of("rec")).build(), 0, java.util.List.of(recorder), this.window);
        assertNull(cube.seizeSession(1, 0, 32));
        assertNull(cube.seizeCopy(1));
        assertEquals(RejectReason.CUBE_FULL, cube.seizeSession(1, 0, 32),
                "2 dialogs left: no room for a pair and a copy");
        assertNull(cube.seizeCopy(1), "a second copy of the standing session still fits");
        assertEquals(RejectReason.CUBE_FULL, cube.seizeCopy(1));
        cube.releasePair(2);
        cube.close(3600);
        assertEquals(6, cube.dialogs().peak(), 0.0);
    }

    @Test
    @DisplayName("R10, R18: an MTP pool lends up to its size")
    void r18_mtpPoolLendsUpToItsSize()
    {
        MtpPool pool = new MtpPool(new MtpPoolConfig("mtp", "dc", 3), this.window);
        assertNull(pool.take(1, 2));
        assertEquals(RejectReason.MTP_UNAVAILABLE, pool.take(1, 2));
        pool.give(2, 2);
        assertNull(pool.take(3, 2));
    }

    private Recorder recorder(final RecorderConfigBuilder config)
    {
        return new Recorder(config.build(), 0, this.window);
    }
}
