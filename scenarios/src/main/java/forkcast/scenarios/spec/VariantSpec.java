package forkcast.scenarios.spec;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code variants[]:} an alternative of the scenario, compared on the same traffic: its {@code name} and the values
 * it changes, by dotted path as with {@code --set} ({@code agentGroups.traders.line.mediaSource: gateway}).
 */
public record VariantSpec(String name, Map<String, JsonNode> set)
{
}
