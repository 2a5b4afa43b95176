package forkcast.models.recording;

/**
 * What a trunk and its destination answered when offered a recording session: the established session, or the
 * reason it was refused. A return value, so that route advance (R20) sees each trunk's answer; both answers are
 * objects that exist anyway (the session, or a constant), so an answer costs no allocation.
 */
public sealed interface Admission permits RecordingSession, RejectReason
{
}
