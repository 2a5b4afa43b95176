package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.cli.ForkcastCommand;

/**
 * Control characters in user text (scenario values, the scenario file, --vary values) are shown as visible escapes
 * in every report, never raw: an ESC sequence, a bell, or a right-to-left override that makes text read backwards.
 */
class ReportControlCharactersTest
{
    private static final String RAW = "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]";

    @TempDir
    Path tmp;

    private static void assertNoRawControls(final String html)
    {
        assertFalse(java.util.regex.Pattern.compile(RAW).matcher(html).find(), "no raw control character");
    }

    @Test
    void theRunReportShowsControlCharactersAsEscapesAndKeepsTheScenariosLines() throws IOException
    {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", "evil\u001b]0;title\u0007");
        view.put("description", "invoice \u202Efdp.exe\u202C and \u001b[2J");
        view.put("scenarioText", "name: x\n\tkey: 1\r\n# \u202Egnp.exe\n");
        StringWriter html = new StringWriter();
        HtmlReport.render(view, html);
        String page = html.toString();
        assertNoRawControls(page);
        assertTrue(page.contains("evil\\u001B]0;title\\u0007"), page);
        assertTrue(page.contains("invoice \\u202Efdp.exe\\u202C and \\u001B[2J"), page);
        // line breaks and tabs are kept (Mustache writes them as character references, which a browser shows as line breaks and tabs)
        assertTrue(page.contains("name: x&#10;&#9;key: 1&#13;&#10;# \\u202Egnp.exe&#10;"), page);
    }

    @Test
    void runAndSweepReportsFromTheCommandLineHoldNoRawControlCharacters() throws IOException
    {
        Path scenario = this.tmp.resolve("bidi.yaml");
        Files.writeString(scenario, Files.readString(Path.of("..", "scenarios", "examples", "quickstart.yaml"))
                + "# reviewed by \u202Eten.evil\u202C\n");
        Path run = this.tmp.resolve("run");
        assertTrue(ForkcastCommand.execute(new String[] {"run", scenario.toString(), "--replications", "2", "--out",
                run.toString(), "--quiet"}, new java.io.PrintWriter(new StringWriter()),
                new java.io.PrintWriter(new StringWriter())) == 0);
        String html = Files.readString(run.resolve("report.html"));
        assertNoRawControls(html);
        assertTrue(html.contains("# reviewed by \\u202Eten.evil\\u202C"), "the scenario text is shown, escaped");
        Path sweep = this.tmp.resolve("sweep");
        assertTrue(ForkcastCommand.execute(new String[] {"sweep", scenario.toString(), "--vary",
                "description=a\u202Eb,plain", "--replications", "2", "--out", sweep.toString(), "--quiet"},
                new java.io.PrintWriter(new StringWriter()), new java.io.PrintWriter(new StringWriter())) == 0);
        String sweepHtml = Files.readString(sweep.resolve("report.html"));
        assertNoRawControls(sweepHtml);
        assertTrue(sweepHtml.contains("a\\u202Eb"), "the --vary value is shown, escaped");
    }
}
