package forkcast.models.calls;

/** Where the phone's Record key is (R25): not at all, a softkey in the Connected state, or a feature button. */
public enum RecordKey
{
    NONE, SOFTKEY, BUTTON
}
