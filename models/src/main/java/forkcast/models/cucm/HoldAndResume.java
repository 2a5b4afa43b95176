package forkcast.models.cucm;

import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.sim.SimContext;

/**
 * A call's hold and its resume, during the first agent's talk. R35: hold ends a phone-forked recording session and
 * resume sets up a new one (two more recording calls, and it can fail); F5: a gateway-forked session records on through
 * the hold, the gateway staying in the media path. The calling agent's leg of an internal call is held and resumed
 * with the call (its phone forks, so its session ends and restarts too).
 *
 * <p>Apart from {@link CallControl} because it is a step of the call's life of its own, beside
 * {@link TransfersAndConferences}: whether each leg's session survived the hold is decided at the hold and carried to
 * the resume, and nothing else in call control needs it.
 */
final class HoldAndResume
{
    private final CallControl control;
    private final SimContext context;
    private final CallCounters counters;
    private final AgentLegs legs;

    HoldAndResume(final CallControl control, final SimContext context, final CallCounters counters,
            final AgentLegs legs)
    {
        this.control = control;
        this.context = context;
        this.counters = counters;
        this.legs = legs;
    }

    /** The call is held now; it resumes after its drawn hold duration. */
    void hold(final Call call)
    {
        double now = this.context.now();
        call.become(Call.State.HELD);
        this.counters.held().increment(now);
        this.control.trace(now, call, CallEvent.HELD, call.group().config().id());
        boolean through = this.legs.held(call, now);
        Call peer = call.peer();
        boolean peerThrough = peer != null && this.legs.held(peer, now);
        this.context.scheduleIn(call.features().holdDuration(), () -> resume(call, through, peerThrough));
    }

    /** R35: each leg whose session the hold ended records again, as a new session. */
    private void resume(final Call call, final boolean through, final boolean peerThrough)
    {
        double now = this.context.now();
        call.become(Call.State.CONNECTED);
        this.control.trace(now, call, CallEvent.RESUMED, call.group().config().id());
        if (!through)
        {
            this.legs.resumed(call, now);
        }
        Call peer = call.peer();
        if (peer != null && !peerThrough)
        {
            this.legs.resumed(peer, now);
        }
    }
}
