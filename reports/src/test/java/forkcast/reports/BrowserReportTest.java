package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.cli.ForkcastCommand;

/**
 * Opens a generated report in headless Chromium: every chart must render with a non-zero size and the console must
 * show no errors; a screenshot is kept under {@code target/}. Without Chromium the test is skipped with a message,
 * except under CI ({@code CI=true}), where it must run ({@code .ci/run} installs Debian's chromium).
 */
class BrowserReportTest
{
    private static final Path EXAMPLE = Path.of("..", "scenarios", "examples", "mifid-multifork.yaml");

    @TempDir
    Path tmp;

    private static String chromium()
    {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"})
        {
            if (new File(candidate).canExecute())
            {
                return candidate;
            }
        }
        return null;
    }

    private List<String> command(final String browser, final String... extra) throws IOException
    {
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(this.tmp, "profile"),
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(extra));
        return command;
    }

    private static String run(final List<String> command, final Path stderr) throws Exception
    {
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    @Test
    void everyChartRendersAndTheConsoleStaysClean() throws Exception
    {
        String browser = chromium();
        if (browser == null)
        {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
            {
                fail("CI must run the browser test, and chromium is missing: .ci/run should have installed it");
            }
            Assumptions.abort("headless Chromium not found (install Debian's chromium to run the browser test)");
        }
        Path out = this.tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", EXAMPLE.toString(), "--out", out.toString(),
                "--replications", "3", "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path report = out.resolve("report.html").toAbsolutePath();
        long charts = Files.list(out.resolve("charts")).filter(f -> f.toString().endsWith(".svg")).count();

        // the report carries no script of its own; a wrapper page measures it through an iframe
        Path wrapper = this.tmp.resolve("measure.html");
        Files.writeString(wrapper, """
                <!DOCTYPE html><html><body><pre id="result">pending</pre>
                <iframe id="r" src="%s" style="width:1200px;height:800px"></iframe>
                <script>
                document.getElementById('r').addEventListener('load', () => {
                  const doc = document.getElementById('r').contentDocument;
                  const sizes = [...doc.querySelectorAll('figure.chart svg')].map(s => {
                    const b = s.getBoundingClientRect(); return Math.round(b.width) + 'x' + Math.round(b.height); });
                  document.getElementById('result').textContent = 'charts=' + sizes.length + ' sizes=' + sizes.join(',');
                });
                </script></body></html>
                """.formatted(report.toUri()));
        String dom = run(command(browser, "--virtual-time-budget=10000", "--dump-dom", wrapper.toUri().toString()),
                this.tmp.resolve("measure.log"));
        Matcher m = Pattern.compile("charts=(\\d+) sizes=([0-9x,]*)").matcher(dom);
        assertTrue(m.find(), "the wrapper measured the report: " + dom);
        assertEquals(charts, Long.parseLong(m.group(1)), "every chart of charts/ is in the page");
        for (String size : m.group(2).split(","))
        {
            String[] wh = size.split("x");
            assertTrue(Integer.parseInt(wh[0]) > 0 && Integer.parseInt(wh[1]) > 0, "a chart rendered " + size);
        }

        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        run(command(browser, "--window-size=1200,3000", "--screenshot=" + screenshot, report.toUri().toString()),
                this.tmp.resolve("screenshot.log"));
        assertTrue(Files.size(screenshot) > 10_000, "screenshot saved at " + screenshot);
        for (String log : new String[] {"measure.log", "screenshot.log"})
        {
            for (String line : Files.readAllLines(this.tmp.resolve(log)))
            {
                // headless Chromium logs every console message as INFO:CONSOLE, whatever its level; the report has no
                // script and the wrapper logs nothing, so any console line is an error (a failed load, an exception)
                assertTrue(!line.contains(":CONSOLE"), "console message: " + line);
            }
        }
        System.out.println("report screenshot: " + screenshot);
    }
}
