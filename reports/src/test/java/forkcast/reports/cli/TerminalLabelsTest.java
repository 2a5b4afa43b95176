package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the terminal and the report call things is what they are; --quiet's help says what each command prints. */
class TerminalLabelsTest
{
    @TempDir
    Path tmp;

    /**
     * bandwidth.fork.mbps is every recording stream as recorders and CUBEs receive it (a session through a CUBE
     * counts twice, docs/metrics.md): it was labelled "forked bandwidth", which reads as a link's. Above it, the
     * streams once per session as their sources send them (bandwidth.fork.sourceMbps).
     */
    @Test
    void theRecordingStreamsIntoCubesAndRecordersAreCalledSo() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--replications", "2", "--out", out.toString());
        assertEquals(0, cli.exitCode, cli.err);
        List<String> lines = cli.out.lines().toList();
        int at = lines.indexOf("  recording streams into CUBEs and recorders, peak Mbit/s");
        assertTrue(at >= 0, cli.out);
        assertTrue(lines.get(at + 1).matches(" {37}\\S.*\\[.*\\]"), "its figures below, in their column: "
                + lines.get(at + 1));
        // and the same streams once per session, as the phones and gateways send them, just above
        assertEquals("  recording streams sent by phones and gateways, peak Mbit/s", lines.get(at - 2), cli.out);
        assertTrue(lines.get(at - 1).matches(" {37}\\S.*\\[.*\\]"), lines.get(at - 1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("  recording blocking probability {5}\\S.*")),
                "the other labels keep their column of 34: " + cli.out);
        lines.forEach(l -> assertTrue(l.length() <= TerminalText.WIDTH, l));
        assertFalse(cli.out.contains("forked bandwidth"), cli.out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Recording streams into CUBEs and recorders, peak"), "the report's key says so too");
        assertTrue(html.contains("Recording streams sent by phones and gateways, peak"), html);
        assertFalse(html.contains("Forked recording bandwidth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep"})
    void quietSaysTheGatesFailuresAreStillPrinted(final String command)
    {
        String help = Cli.run(command, "--help").out.replaceAll("\\s+", " ");
        assertTrue(help.contains("--quiet Print only errors, and each --fail-on or --assert that failed (no progress,"
                + " warnings or summary)."), help);
        assertFalse(help.contains("size's answer"), help);
    }

    @Test
    void quietOnSizeSaysTheAnswerIsStillPrinted()
    {
        String help = Cli.run("size", "--help").out.replaceAll("\\s+", " ");
        assertTrue(help.contains("--quiet Print only errors and the answer (no progress, warnings or report path)."),
                help);
    }
}
