package forkcast.reports.cli;

import java.nio.file.Path;
import java.util.List;

import forkcast.scenarios.ResourceEstimate;

/**
 * What a simulating command is about to do, known before anything runs: everything {@link SimulatingCommand} needs to
 * check, claim, announce and track it.
 *
 * @param folderName the default output folder under {@code out/}
 * @param inputs the scenario files read (the output folder must not hold them)
 * @param estimate the events, memory and output the work may take
 * @param replications the replications each scenario runs (at least 2 where a confidence bound is needed)
 * @param batch the batch identity of a sweep or sizing, whose finished replications are kept in a checkpoint; null
 *            for none
 * @param resume whether a checkpoint of the same batch is continued ({@code --resume})
 * @param announcement the line printed when the work starts (unless {@code --quiet})
 * @param unit what progress counts ("replications", "points", ...)
 * @param total how many of them there are
 */
record Plan(String folderName, List<Path> inputs, ResourceEstimate estimate, int replications, String batch,
        boolean resume, String announcement, String unit, long total)
{
    Plan
    {
        inputs = List.copyOf(inputs);
    }

    /** @return the plan of work without a checkpoint */
    static Plan of(final String folderName, final List<Path> inputs, final ResourceEstimate estimate,
            final int replications, final String announcement, final String unit, final long total)
    {
        return new Plan(folderName, inputs, estimate, replications, null, false, announcement, unit, total);
    }

    /** @return this plan, its finished replications kept in the checkpoint of {@code batch} */
    Plan kept(final String batchIdentity, final boolean resumeIt)
    {
        return new Plan(this.folderName, this.inputs, this.estimate, this.replications, batchIdentity, resumeIt,
                this.announcement, this.unit, this.total);
    }
}
