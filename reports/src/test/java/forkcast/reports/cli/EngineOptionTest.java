package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --engine}: without the Spark module on the class path (as with the default jar), {@code --engine spark} is
 * refused with exit 2 and a message saying how to get it, before anything is written, by every command that
 * simulates, with the same message. The Spark engine itself is tested in the spark module.
 */
class EngineOptionTest
{
    private static final String SCENARIO = "../scenarios/examples/quickstart.yaml";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "size", "compare"})
    void aMissingEngineIsExitTwoWithNothingWritten(final String command)
    {
        Path out = this.tmp.resolve("out");
        String err = refused(command, out, "--engine", "spark", "--master", "local[2]");
        assertEquals("forkcast " + command + ": no replication engine 'spark' on the class path (--engine threads is built in; for"
                + " --engine spark run ./forkcast from the repository, which adds the Spark module and Spark, or use"
                + " spark-submit)", err.strip());
        assertTrue(Files.notExists(out), "nothing is written");
        assertTrue(refused(command, out, "--engine", "sparks").contains("no replication engine 'sparks'"));
    }

    /** The release's --help offered spark without saying that the release alone cannot run it. */
    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "size", "compare"})
    void theHelpSaysWhatTheSparkEngineNeeds(final String command)
    {
        String help = Cli.run(command, "--help").out.replaceAll("\\s+", " ");
        assertTrue(help.contains("The release carries no Spark: spark needs ./forkcast in a clone of the repository,"
                + " which builds the spark module and adds Spark (about 230 MB, downloaded on first use), or"
                + " spark-submit with the spark module's jar (README, \"Replications on Apache Spark\")."), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "sweep", "size", "compare"})
    void aMasterWithoutTheSparkEngineIsExitTwo(final String command)
    {
        Path out = this.tmp.resolve("out");
        assertEquals("forkcast " + command + ": --master is for --engine spark", refused(command, out, "--master", "local[2]").strip());
        assertTrue(Files.notExists(out), "nothing is written");
    }

    /** @return what the command printed on stderr, having checked that it exited with 2 and no stack trace */
    private static String refused(final String command, final Path out, final String... engine)
    {
        List<String> args = new ArrayList<>(List.of(command, SCENARIO));
        switch (command)
        {
            case "sweep" -> args.addAll(List.of("--vary", "recorders.rec-a.maxStreams=80,160"));
            case "size" -> args.addAll(List.of("--vary", "recorders.rec-a.maxStreams=60..200:20", "--target",
                    "recording.blockingProbability<=0.01"));
            case "compare" -> args.add("../scenarios/examples/network-vs-phone.yaml");
            default -> { }
        }
        args.addAll(List.of(engine));
        args.addAll(List.of("--out", out.toString()));
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        return err.toString();
    }
}
