package forkcast.scenarios;

import java.util.List;

/**
 * What a scenario is made from: its file's bytes, the name they are read under, and the {@code --set} overrides. An
 * engine that runs replications in another process rebuilds the scenario from this (with the built-in catalogue), so
 * that it simulates exactly what the command line loaded.
 *
 * @param name the file's name as given, used in error messages
 * @param yaml the file's bytes
 * @param overrides the overrides in the order given
 */
public record ScenarioSource(String name, byte[] yaml, List<String> overrides)
{
    public ScenarioSource
    {
        yaml = yaml.clone();
        overrides = List.copyOf(overrides);
    }

    @Override
    public byte[] yaml()
    {
        return this.yaml.clone();
    }

    /** @return the scenario as the source describes it, before the command line's seed and replications */
    public Scenario load() throws ScenarioException
    {
        return new ScenarioLoader(Catalog.builtIn()).load(this.name, this.yaml, this.overrides);
    }
}
