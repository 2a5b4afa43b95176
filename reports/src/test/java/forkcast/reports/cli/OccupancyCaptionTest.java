package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An occupancy chart's caption speaks of the dashed limit line only where one is drawn: a recording trunk without
 * maxDialogs has no limit, so its chart has no line and its caption does not mention one.
 */
class OccupancyCaptionTest
{
    private static final Path TWINS = Path.of("src", "test", "resources", "setup-twins.yaml");

    private static final String TRUNKS = "Mean SIP dialogs per recording trunk and interval: two per recording session"
            + " (R5)";

    @TempDir
    Path tmp;

    private String report(final String... set) throws Exception
    {
        Path out = this.tmp.resolve("out" + set.length);
        String[] args = new String[6 + set.length];
        System.arraycopy(new String[] {"run", TWINS.toString(), "--out", out.toString(), "--replications", "2"}, 0, args,
                0, 6);
        System.arraycopy(set, 0, args, 6, set.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode, cli.err);
        return Files.readString(out.resolve("report.html")).replace("&#39;", "'");
    }

    @Test
    void theLimitLineIsMentionedWhereItIsDrawn() throws Exception
    {
        String none = report();
        assertTrue(none.contains("<figcaption>" + TRUNKS + ". Mean over"), "no maxDialogs, no dashed line");
        String limited = report("--set", "trunks.t-cube.maxDialogs=2000");
        assertTrue(limited.contains("<figcaption>" + TRUNKS + "; the dashed line is the trunk's dialog limit"
                + " (maxDialogs). Mean over"), "its limit drawn and named");
    }
}
