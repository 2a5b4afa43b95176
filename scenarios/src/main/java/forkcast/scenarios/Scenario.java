package forkcast.scenarios;

import java.time.LocalTime;
import java.util.List;

import forkcast.models.Deployment;
import forkcast.models.Targets;
import forkcast.sim.RunWindow;

/**
 * A loaded, checked scenario: the deployment to simulate and how to run it.
 *
 * @param name the scenario's name (names the output folder)
 * @param description free text, may be empty
 * @param seed the scenario seed
 * @param replications replications to run
 * @param window warm-up, measured duration, interval
 * @param deployment the model configuration
 * @param source the file it came from, as the user named it
 * @param text the file's text (the report shows it)
 * @param warnings deployment rules the configuration breaks (R and F ids), with locations; the run shows their
 *            consequences as failed or fallen-back sessions
 * @param start the clock time at simulated time 0 ({@code run.start}), for the charts' time axis; null when not given
 * @param targets what the planner wants met (the file's {@code targets:} over the defaults)
 * @param dataFiles the files it read besides itself (empirical distributions), with their hashes
 * @param assumed the settings the scenario leaves to a catalog figure marked as an assumption
 *            ({@code cubes.cube-1.maxSessions} from the CUBE's platform), so that a rating they hold reads as assumed
 */
public record Scenario(String name, String description, long seed, int replications, RunWindow window,
        Deployment deployment, String source, String text, List<ScenarioError> warnings, LocalTime start,
        Targets targets, List<DataFile> dataFiles, List<String> assumed)
{
    public Scenario
    {
        warnings = List.copyOf(warnings);
        dataFiles = List.copyOf(dataFiles);
        assumed = List.copyOf(assumed);
    }

    /** @return a copy named otherwise (an alternative of a comparison) */
    public Scenario withName(final String newName)
    {
        return new Scenario(newName, this.description, this.seed, this.replications, this.window, this.deployment,
                this.source, this.text, this.warnings, this.start, this.targets, this.dataFiles,
                this.assumed);
    }

    /** @return a copy with another seed */
    public Scenario withSeed(final long newSeed)
    {
        return new Scenario(this.name, this.description, newSeed, this.replications, this.window, this.deployment,
                this.source, this.text, this.warnings, this.start, this.targets, this.dataFiles,
                this.assumed);
    }

    /** @return a copy with another number of replications */
    public Scenario withReplications(final int newReplications)
    {
        return new Scenario(this.name, this.description, this.seed, newReplications, this.window, this.deployment,
                this.source, this.text, this.warnings, this.start, this.targets, this.dataFiles,
                this.assumed);
    }

    /** @return a copy with other targets (the command line's {@code --target}) */
    public Scenario withTargets(final Targets newTargets)
    {
        return new Scenario(this.name, this.description, this.seed, this.replications, this.window, this.deployment,
                this.source, this.text, this.warnings, this.start, newTargets, this.dataFiles,
                this.assumed);
    }
}
