package forkcast.models.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import forkcast.sim.stats.MeasurementWindow;

class SetupQueueTest
{
    private final MeasurementWindow window = new MeasurementWindow(0, 3600, 300);

    @Test
    @DisplayName("F6: an arriving set-up is taken up after its wait, joins its partner's, or times out unserved")
    void anArrivalIsTakenUpJoinedOrTimedOut()
    {
        SetupQueue queue = new SetupQueue(2, this.window);
        assertTrue(queue.arrive(10, queue.waitFor(10), 3, 1, false), "an idle queue takes a set-up at once");
        assertTrue(queue.arrive(10, 0, 3, 0.5, true), "the other leg joins the set-up admitted at this instant");
        assertEquals(0.75, queue.waitFor(10), 1e-12, "one and a half sessions' work at 2 per second");
        assertTrue(queue.arrive(10, queue.waitFor(10), 3, 1, false));
        assertEquals(1.25, queue.waitFor(10), 1e-12);
        assertFalse(queue.arrive(10, 4, 3, 1, false), "a wait past the timeout is given up");
        assertEquals(1.25, queue.waitFor(10), 1e-12, "a timed-out set-up takes no service");
        queue.close(3600);
        assertEquals(2.5, queue.setUps().total(), 0.0, "1 + 0.5 joined + 1; not the timed-out one");
        assertEquals(1, queue.timeouts().total(), 0.0);
        assertEquals((0 + 0.75) / 2, queue.waits().mean(), 1e-12, "a joined leg's wait is its partner's, not its own");
    }
}
