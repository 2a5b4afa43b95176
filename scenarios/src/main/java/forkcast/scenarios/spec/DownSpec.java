package forkcast.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A failure window: {@code { at: 40m, for: 10m }}. */
public record DownSpec(DurationValue at, @JsonProperty("for") DurationValue length)
{
}
