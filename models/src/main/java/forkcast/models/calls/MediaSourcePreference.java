package forkcast.models.calls;

/** R14, R21: which device a line prefers to fork the recorded media. */
public enum MediaSourcePreference
{
    PHONE, GATEWAY
}
