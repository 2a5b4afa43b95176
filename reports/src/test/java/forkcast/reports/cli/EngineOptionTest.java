package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine}: without the Spark module on the class path (as with the default jar), {@code --engine spark} is
 * refused with exit 2 and a message saying how to get it, before anything is written. The Spark engine itself is
 * tested in the spark module.
 */
class EngineOptionTest
{
    private static final String SCENARIO = "../scenarios/examples/quickstart.yaml";

    @TempDir
    Path tmp;

    @Test
    void aMissingEngineIsExitTwoWithNothingWritten()
    {
        Path out = this.tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", SCENARIO, "--engine", "spark", "--master", "local[2]",
            "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("no replication engine 'spark' on the class path"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertTrue(Files.notExists(out), "nothing is written");
    }

    @Test
    void aMasterWithoutTheSparkEngineIsExitTwo()
    {
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", SCENARIO, "--master", "local[2]", "--out",
            this.tmp.resolve("out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--master is for --engine spark"), err.toString());
    }
}
