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
    /** R2, R3, R4: a call connected on a line: recorded now, or after a selective start request. */
    void callConnected(Call call);

    /** R35, F3: hold, a consult or a transfer ends the call's recording session. */
    void sessionInterrupted(Call call);

    /** R35, F3: after resume, a completed consult or a transfer, a new session on the line now handling the call. */
    void sessionResumed(Call call);

    /** F3, R32: a consult call was set up from {@code call}'s agent. */
    void consultConnected(Call call, Call consult);

    /** The call (or a consult call) was released. */
    void callReleased(Call call);

    /** @param listener told when a call is no longer meant to be recorded (a selective stop request) */
    void onRecordingStopped(Consumer<Call> listener);
}
