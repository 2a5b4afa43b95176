package forkcast.scenarios.spec;

import java.util.List;
import java.util.Map;

/**
 * {@code traffic[]:} calls offered to an agent group; {@code callerGroup}: for internal calls, the agent group whose
 * agents place them (each line records by its own rules, F8); {@code profileInterval}: how long each {@code profile}
 * multiplier lasts (default {@code run.interval}; {@code 1h} with 24 multipliers gives a day).
 */
public record TrafficSpec(String id, String group, RateValue rate, Double callsPerAgentPerHour, List<Double> profile,
        String direction, List<String> gateways, Double secureShare, Map<String, Double> codecs,
        DistributionSpec holdingTime, HoldSpec hold, TransferSpec transfer, ConferenceSpec conference, Boolean cvp,
        String callerGroup, DurationValue profileInterval) implements Identified
{
}
