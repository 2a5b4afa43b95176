package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

/**
 * The set-up that {@link SessionRequests} begins again for every call: beginning clears what the last call left, and
 * a leg that waits keeps a copy of its own that the next call's hunt does not touch.
 */
class SessionSetUpTest
{
    private final MeasurementWindow window = new MeasurementWindow(0, 3600, 300);
    private final Recorder recorder = new Recorder(RecorderConfig.builder("rec", "dc").build(), 0, this.window);
    private final SipTrunk trunk = new SipTrunk(TrunkConfig.builder("t").recorder("rec").build(), this.recorder,
            this.window);
    private final RecordingRoute route = RecordingRoute.of(this.trunk);

    @Test
    void aKeptSetUpIsTheLegsOwnAndBeginningAgainClearsTheReusedOne()
    {
        SessionSetUp reused = new SessionSetUp();
        SessionSetUp first = reused.begin(null, this.route, RecordingSession.NEAR_END);
        assertSame(reused, first);
        assertTrue(first.untried());
        assertSame(this.trunk, first.trunk());
        first.await(RejectReason.TRUNK_FULL, null);

        SessionSetUp kept = reused.keep();
        assertNotSame(reused, kept);
        assertEquals(RecordingSession.NEAR_END, kept.leg());
        assertSame(this.trunk, kept.waitingOn());
        assertEquals(RejectReason.TRUNK_FULL, kept.pending());
        assertTrue(kept.last(), "the hunt stands where it stood: on the route's only trunk");

        reused.begin(null, this.route, RecordingSession.FAR_END);
        reused.advance();
        assertFalse(reused.untried());
        assertNull(reused.waitingOn(), "the last call's wait is cleared");
        assertNull(reused.pending());
        assertEquals(RecordingSession.FAR_END, reused.leg());

        assertTrue(kept.untried(), "the next call's hunt does not move the kept one");
        assertEquals(RecordingSession.NEAR_END, kept.leg());
        assertEquals(RejectReason.TRUNK_FULL, kept.pending());
    }

    @Test
    void aSetUpThatHasWaitedIsNotKeptAgain()
    {
        SessionSetUp kept = new SessionSetUp().begin(null, this.route, RecordingSession.NEAR_END).keep();
        kept.waited(null, 5.0);
        assertThrows(IllegalStateException.class, kept::keep);
    }
}
