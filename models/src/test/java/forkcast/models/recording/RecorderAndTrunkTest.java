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
            assertNull(recorder.admit(1, false));
        }
        assertEquals(RejectReason.RECORDER_FULL, recorder.admit(1, false));
        recorder.release(2);
        assertNull(recorder.admit(3, false));
        recorder.close();
        assertEquals(400, recorder.streams().peak(), 0.0);
    }

    @Test
    @DisplayName("F6: the sustained set-up rate admits a one-second burst, then the refill rate")
    void f6_setupRateIsATokenBucket()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(1000).maxSetupsPerSecond(2));
        assertNull(recorder.admit(10.0, false));
        assertNull(recorder.admit(10.0, false));
        assertEquals(RejectReason.RECORDER_SETUP_RATE, recorder.admit(10.0, false));
        assertEquals(RejectReason.RECORDER_SETUP_RATE, recorder.admit(10.2, false), "0.4 token after 0.2 s");
        assertNull(recorder.admit(10.5, false), "a full token after 0.5 s at 2 per second");
        assertEquals(RejectReason.RECORDER_SETUP_RATE, recorder.admit(10.5, false));
        assertNull(recorder.admit(100, false));
        assertNull(recorder.admit(100, false), "the bucket holds at most 2 however long it rested");
        assertEquals(RejectReason.RECORDER_SETUP_RATE, recorder.admit(100, false));
    }

    @Test
    void aSecureCallNeedsARecorderThatTakesSrtp()
    {
        Recorder plain = recorder(RecorderConfig.builder("rec", "dc").maxStreams(10).maxSetupsPerSecond(5));
        Recorder secure = recorder(RecorderConfig.builder("rec", "dc").maxStreams(10).maxSetupsPerSecond(5)
                .secure(true));
        assertEquals(RejectReason.SRTP_NOT_ACCEPTED, plain.admit(1, true));
        assertNull(secure.admit(1, true));
        assertNull(plain.admit(1, false));
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
        trunk.dialogs().close();
        assertEquals(4, trunk.dialogs().peak(), 0.0);
    }

    @Test
    @DisplayName("R10: CUBE takes a session only with room for its inbound pair and one copy")
    void r10_cubeNeedsRoomForTheInboundPairAndOneCopy()
    {
        Recorder recorder = recorder(RecorderConfig.builder("rec", "dc").maxStreams(100).maxSetupsPerSecond(100));
        CubeMediaProxy cube = new CubeMediaProxy(CubeConfig.builder("cube", "dc", 6).platform("isr")
                .forkTo(java.util.List.of("rec")).build(), 0, java.util.List.of(recorder), this.window);
        assertNull(cube.seizeSession(1));
        assertNull(cube.seizeCopy(1));
        assertEquals(RejectReason.CUBE_FULL, cube.seizeSession(1), "2 dialogs left: no room for a pair and a copy");
        assertNull(cube.seizeCopy(1), "a second copy of the standing session still fits");
        assertEquals(RejectReason.CUBE_FULL, cube.seizeCopy(1));
        cube.releasePair(2);
        cube.close();
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

    private Recorder recorder(final RecorderConfig.Builder config)
    {
        return new Recorder(config.build(), 0, this.window);
    }
}
