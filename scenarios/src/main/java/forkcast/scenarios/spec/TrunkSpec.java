package forkcast.scenarios.spec;

import java.util.List;

/**
 * {@code trunks[]:} a SIP trunk to a recorder, or to a gateway (whose {@code recordingInfo} says whether it is a
 * recording-enabled gateway, R19).
 */
public record TrunkSpec(String id, String to, Integer maxDialogs, String recordingInfo, String earlyOffer,
        String mtpPool, List<DownSpec> down, DurationValue inviteTimeout, Boolean optionsPing,
        DurationValue pingInterval, DurationValue pingIntervalOutOfService) implements Identified
{
}
