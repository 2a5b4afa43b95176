package forkcast.models.cucm;

import java.util.function.Consumer;

import forkcast.models.calls.Call;

/**
 * What call control tells CUCM's recording function about a call's life, and the one thing it hears back. Call
 * control depends on this interface only; the recording package implements it (and depends on this package for the
 * cluster's accounts), so the two packages form no cycle.
 */
public interface RecordingFunction
{
    /**
     * R2, R3, R4, F8: a call leg connected on a line (the answering agent's, the calling agent's of an internal call,
     * a conference colleague's): recorded now, or after a selective start request, by that line's rules.
     */
    void callConnected(Call call);

    /**
     * R35, F5: the call was put on hold. A phone-forked session ends (R35); a gateway-forked session goes on, since
     * the gateway stays in the media path (F5).
     *
     * @return true when the call's session records on through the hold (nothing to restart at resume)
     */
    boolean callHeld(Call call);

    /** F3: a consult or a transfer ends the call leg's recording session. */
    void sessionInterrupted(Call call);

    /**
     * R35, F3: after resume, a completed consult, a transfer or a conference, a new session on the line now handling
     * the leg, when the leg is meant to be recorded.
     */
    void sessionResumed(Call call);

    /** F3, R32, F8: a consult leg (the consulting agent's or the target's) of {@code call} was set up. */
    void consultConnected(Call call, Call consult);

    /** The call (or a consult call) was released. */
    void callReleased(Call call);

    /** @param listener told when a call is no longer meant to be recorded (a selective stop request) */
    void onRecordingStopped(Consumer<Call> listener);
}
