package forkcast.models.recording;

/**
 * A recording profile (R17): where a line's recording calls go. Its calling search space and destination address
 * reach, through a route pattern (R20), one SIP trunk.
 *
 * @param id profile id
 * @param trunk the trunk its route pattern points at
 */
public record RecordingProfileConfig(String id, String trunk)
{
}
