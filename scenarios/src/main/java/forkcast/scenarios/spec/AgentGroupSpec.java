package forkcast.scenarios.spec;

/** {@code agentGroups[]:} agents with their phones, lines and queue. */
public record AgentGroupSpec(String id, String site, Integer agents, PhoneSpec phone, LineSpec line, QueueSpec queue,
        SelectiveSpec selective, MonitoringSpec monitoring, String node, String backupNode) implements Identified
{
}
