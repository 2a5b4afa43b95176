package forkcast.scenarios;

/**
 * One replication for a {@link ReplicationEngine}: where it runs, the scenario is rebuilt from {@code source} and run
 * with the scenario's seed; the scenario itself stays in this process (its window decodes the output).
 *
 * @param scenario the scenario as this process loaded it, with the seed the run uses
 * @param source what the scenario was loaded from
 * @param replication the replication's number, at least 1
 */
public record ReplicationTask(Scenario scenario, ScenarioSource source, int replication)
{
}
