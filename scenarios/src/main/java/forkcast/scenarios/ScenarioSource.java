package forkcast.scenarios;

import java.io.Serializable;
import java.util.List;

/**
 * What a scenario is made from: its file's bytes, the name they are read under, the {@code --set} overrides, a sweep's
 * or a sizing's {@code --vary} values, and which of the file's variants it is. An engine that runs replications in
 * another process rebuilds the scenario from this (with the built-in catalogue), so that it simulates exactly what the
 * command line loaded; it is {@link Serializable} so that such an engine can ship it as it is.
 *
 * @param name the file's name, used in error messages and to find the data files it names (an absolute path keeps
 *            them found from another working directory)
 * @param yaml the file's bytes
 * @param overrides the overrides in the order given
 * @param varied the {@code --vary} assignments ({@code PATH=VALUE}) applied after the overrides; empty for none
 * @param variant the name of the file's variant this scenario is (a comparison's alternative); null for the file's
 *            own scenario
 */
public record ScenarioSource(String name, byte[] yaml, List<String> overrides, List<String> varied, String variant)
        implements Serializable
{
    public ScenarioSource
    {
        yaml = yaml.clone();
        overrides = List.copyOf(overrides);
        varied = List.copyOf(varied);
    }

    /** The file's own scenario with the overrides. */
    public ScenarioSource(final String name, final byte[] yaml, final List<String> overrides)
    {
        this(name, yaml, overrides, List.of(), null);
    }

    @Override
    public byte[] yaml()
    {
        return this.yaml.clone();
    }

    /** @return the scenario as the source describes it, before the command line's seed and replications */
    public Scenario load() throws ScenarioException
    {
        ScenarioLoader loader = new ScenarioLoader(Catalog.builtIn());
        if (this.variant == null)
        {
            return loader.load(this.name, this.yaml, this.overrides, this.varied);
        }
        List<Scenario> alternatives = loader.loadAlternatives(this.name, this.yaml, this.overrides);
        for (Scenario alternative : alternatives.subList(1, alternatives.size()))
        {
            if (alternative.name().equals(this.variant))
            {
                return alternative;
            }
        }
        throw new ScenarioException(ScenarioError.error(new SourceLocation(this.name, 0, 0), "no variant named '"
                + this.variant + "'"));
    }
}
