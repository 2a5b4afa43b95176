package forkcast.models.calls;

/**
 * A call's running recording session as call handling sees it: there is one, or there is none (null). The recording
 * package implements it and keeps it on the call, so that finding a call's session costs a field read; calls never
 * look inside, which keeps this package free of the recording package.
 */
public interface CallRecording
{
}
