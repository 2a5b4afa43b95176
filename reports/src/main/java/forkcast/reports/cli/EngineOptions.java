package forkcast.reports.cli;

import forkcast.scenarios.ReplicationEngine;
import forkcast.scenarios.ReplicationEngineProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a simulating command's replications run (picocli mixin of every such command): {@code --engine threads}, this
 * process's pool (the default), or another engine found on the class path ({@code spark}, from the {@code spark}
 * module), with its {@code --master}. Checked once, before any file is read, so that a bad value gets the same exit
 * code (2) and the same message whichever command it is given to.
 */
final class EngineOptions
{
    static final String THREADS = "threads";

    @Option(names = "--engine", order = 18, paramLabel = "NAME", description = "Where the replications run: threads"
            + " (default, this process's pool) or spark (Apache Spark tasks). The release carries no Spark: spark"
            + " needs ./forkcast in a clone of the repository, which builds the spark module and adds Spark (about"
            + " 230 MB, downloaded on first use), or spark-submit with the spark module's jar (README, \"Replications"
            + " on Apache Spark\"). Results do not depend on it.")
    private String engine = THREADS;

    @Option(names = "--master", order = 19, paramLabel = "URL", description = "With --engine spark: the Spark master,"
            + " e.g. local[2] or spark://host:7077 (default: spark.master as spark-submit sets it, else local[*]).")
    private String master;

    /** The command this mixin is part of, for its error stream. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The engine's provider when --engine is not threads; found by {@link #check()}. */
    private ReplicationEngineProvider provider;

    /** Refuse (exit 2) an engine that is not on the class path, and a master without an engine that takes one. */
    void check()
    {
        if (THREADS.equals(this.engine))
        {
            if (this.master != null)
            {
                throw CommandException.usage("--master is for --engine spark");
            }
            return;
        }
        this.provider = ReplicationEngineProvider.find(this.engine).orElseThrow(() -> CommandException.usage(
                "no replication engine '" + this.engine + "' on the class path (--engine threads is built in; for"
                        + " --engine spark run ./forkcast from the repository, which adds the Spark module and Spark,"
                        + " or use spark-submit)"));
    }

    /** @return whether the replications run on this process's thread pool */
    boolean inProcess()
    {
        return this.provider == null;
    }

    /**
     * @param quiet whether to keep from saying where the replications run
     * @return the engine, started (e.g. a Spark context), which the caller closes; null for this process's thread pool
     */
    ReplicationEngine open(final boolean quiet)
    {
        if (this.provider == null)
        {
            return null;
        }
        ReplicationEngine engine = this.provider.open(this.master);
        if (!quiet)
        {
            this.command.commandLine().getErr().println("forkcast: the replications run on " + engine.describe());
        }
        return engine;
    }
}
