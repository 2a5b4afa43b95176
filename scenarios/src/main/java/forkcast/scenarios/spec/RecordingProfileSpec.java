package forkcast.scenarios.spec;

/** {@code recordingProfiles[]:} where a line's recording calls go. */
public record RecordingProfileSpec(String id, String trunk, String routeList) implements Identified
{
}
