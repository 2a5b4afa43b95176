package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.cli.ForkcastCommand;

/**
 * Opens a generated report in headless Chromium: every chart must render with a non-zero size, every image must load,
 * no value axis may be degenerate (one tick, repeated labels, an exponent: see {@link #assertReadable}),
 * and the page must raise no uncaught exception and log no failed or refused load; a screenshot is kept under
 * {@code target/}. A deliberately broken page proves that the checks see an exception and a missing image. Without Chromium the test is skipped with a message,
 * except under CI ({@code CI=true}), where it must run ({@code .ci/run} installs Debian's chromium).
 */
class BrowserReportTest
{
    private static final Path EXAMPLE = Path.of("..", "scenarios", "examples", "mifid-multifork.yaml");

    /**
     * Page errors as headless Chromium logs them (every console message is logged as INFO:CONSOLE, whatever its
     * level): an uncaught exception, or a resource that failed or was refused.
     */
    private static final Pattern PAGE_ERROR = Pattern.compile(
            "Uncaught|Failed to load resource|Not allowed to load|Refused to|net::ERR_");

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

    /** Runs Chromium with a deadline; returns its standard output (stderr, where it logs, goes to {@code log}). */
    private String run(final List<String> command, final Path log) throws Exception
    {
        Path stdout = Files.createTempFile(this.tmp, "stdout", ".txt");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        ChildProcess.await(p, Duration.ofSeconds(120), "chromium");
        return Files.readString(stdout);
    }

    /**
     * Loads {@code page} in an iframe of a wrapper page and measures it: its charts' sizes, the images that failed to
     * load, and the page errors Chromium logged (uncaught exceptions, failed or refused loads). Other console lines
     * (Chromium's own notices, which change between versions) are not errors.
     */
    private Measurement measure(final String browser, final Path page, final String name) throws Exception
    {
        Path wrapper = this.tmp.resolve(name + "-wrapper.html");
        Files.writeString(wrapper, """
                <!DOCTYPE html><html><body><pre id="result">pending</pre>
                <iframe id="r" src="%s" style="width:1200px;height:800px"></iframe>
                <script>
                document.getElementById('r').addEventListener('load', () => {
                  const doc = document.getElementById('r').contentDocument;
                  const sizes = [...doc.querySelectorAll('figure.chart svg')].map(s => {
                    const b = s.getBoundingClientRect(); return Math.round(b.width) + 'x' + Math.round(b.height); });
                  const broken = [...doc.images].filter(i => !i.complete || i.naturalWidth === 0).length;
                  // each chart's value-axis labels: the numeric texts off the row that holds most of them (the time axis)
                  const axes = [...doc.querySelectorAll('figure.chart svg')].map(s => {
                    const nums = [...s.querySelectorAll('text')].map(t => ({y: t.getAttribute('y'),
                        s: t.textContent.trim()})).filter(t => /^-?[0-9][0-9,]*(\\.[0-9]+)?([eE]-?[0-9]+)?$/.test(t.s));
                    const rows = {}; nums.forEach(t => rows[t.y] = (rows[t.y] || 0) + 1);
                    const time = Object.keys(rows).sort((a, b) => rows[b] - rows[a])[0];
                    return nums.filter(t => t.y !== time).map(t => t.s).join('|'); });
                  document.getElementById('result').textContent =
                      'charts=' + sizes.length + ' sizes=' + sizes.join(',') + ' failedImages=' + broken
                      + ' axes=' + axes.join(';') + ';';
                });
                </script></body></html>
                """.formatted(page.toUri()));
        Path log = this.tmp.resolve(name + ".log");
        String dom = run(command(browser, "--virtual-time-budget=10000", "--dump-dom", wrapper.toUri().toString()), log);
        Matcher m = Pattern.compile("charts=(\\d+) sizes=([0-9x,]*) failedImages=(\\d+) axes=([^\\n]*);").matcher(dom);
        assertTrue(m.find(), "the wrapper measured the page: " + dom);
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(log))
        {
            if (line.contains(":CONSOLE") && PAGE_ERROR.matcher(line).find())
            {
                errors.add(line);
            }
        }
        List<String> sizes = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).split(","));
        List<String> axes = m.group(4).isEmpty() ? List.of() : List.of(m.group(4).split(";", -1));
        return new Measurement(Integer.parseInt(m.group(1)), sizes, Integer.parseInt(m.group(3)), errors, axes);
    }

    /**
     * What the wrapper page saw.
     * @param axes each chart's value-axis tick labels, separated by {@code |}
     */
    private record Measurement(int charts, List<String> sizes, int failedImages, List<String> errors,
            List<String> axes)
    {
    }

    /**
     * A value axis is degenerate when it has fewer than two ticks, repeats a label, spans nothing, or needs an exponent
     * or more than four decimals (an all-zero chart auto-ranged to ±5E-9).
     */
    static void assertReadable(final String axis)
    {
        List<String> labels = List.of(axis.split("\\|"));
        assertTrue(labels.size() >= 2, "a value axis with ticks: " + axis);
        assertEquals(labels.size(), new java.util.HashSet<>(labels).size(), "no repeated tick label: " + axis);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (String label : labels)
        {
            assertTrue(!label.matches(".*[eE].*") && !label.matches(".*\\.[0-9]{5,}"), "a plain tick label: " + axis);
            double v = Double.parseDouble(label.replace(",", ""));
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        assertTrue(high - low >= 1e-3, "the axis spans a range: " + axis);
    }

    @Test
    void theErrorCheckSeesAnExceptionAndAFailedImage() throws Exception
    {
        String browser = requireChromium();
        Path broken = Files.writeString(this.tmp.resolve("broken.html"), """
                <!DOCTYPE html><html><body><img src="missing.png" alt="x">
                <script>undefinedFunctionOfTheReport();</script></body></html>
                """);
        Measurement seen = measure(browser, broken, "broken");
        assertEquals(1, seen.failedImages(), "the missing image is seen");
        assertTrue(seen.errors().stream().anyMatch(e -> e.contains("Uncaught")), "the exception is seen: " + seen);
    }

    @Test
    void theAxisCheckSeesADegenerateAxis()
    {
        assertReadable("0|20|40|60");
        for (String degenerate : new String[] {"-5E-9|0|5E-9", "0", "0|0|0", "-0.000000005|0.000000005"})
        {
            assertThrows(AssertionError.class, () -> assertReadable(degenerate), degenerate);
        }
    }

    @Test
    void everyChartRendersAndThePageHasNoErrors() throws Exception
    {
        String browser = requireChromium();
        Path out = this.tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", EXAMPLE.toString(), "--out", out.toString(),
                "--replications", "3", "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path report = out.resolve("report.html").toAbsolutePath();
        long charts = Files.list(out.resolve("charts")).filter(f -> f.toString().endsWith(".svg")).count();

        // the report carries no script of its own; a wrapper page measures it through an iframe
        Measurement seen = measure(browser, report, "measure");
        assertEquals(charts, seen.charts(), "every chart of charts/ is in the page");
        for (String size : seen.sizes())
        {
            String[] wh = size.split("x");
            assertTrue(Integer.parseInt(wh[0]) > 0 && Integer.parseInt(wh[1]) > 0, "a chart rendered " + size);
        }
        assertEquals(charts, seen.axes().size(), "every chart's value axis was read");
        seen.axes().forEach(BrowserReportTest::assertReadable);
        assertEquals(0, seen.failedImages(), "every image of the report loads");
        assertEquals(List.of(), seen.errors(), "no uncaught exception and no failed resource load");

        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        run(command(browser, "--window-size=1200,3000", "--screenshot=" + screenshot, report.toUri().toString()),
                this.tmp.resolve("screenshot.log"));
        assertTrue(Files.size(screenshot) > 10_000, "screenshot saved at " + screenshot);
        System.out.println("report screenshot: " + screenshot);
    }

    /** The headline (docs/answer.md) is rendered as the first line of the page's answer, with its text. */
    @Test
    void theHeadlineIsShownAboveEverythingElse() throws Exception
    {
        String browser = requireChromium();
        Path out = this.tmp.resolve("headline-out");
        StringWriter err = new StringWriter();
        int code = ForkcastCommand.execute(new String[] {"run", EXAMPLE.toString(), "--out", out.toString(),
                "--replications", "2", "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        Path wrapper = this.tmp.resolve("headline-wrapper.html");
        Files.writeString(wrapper, """
                <!DOCTYPE html><html><body><pre id="result">pending</pre>
                <iframe id="r" src="%s" style="width:1200px;height:800px"></iframe>
                <script>
                document.getElementById('r').addEventListener('load', () => {
                  const doc = document.getElementById('r').contentDocument;
                  const h = doc.getElementById('headline');
                  const first = doc.querySelector('main section');
                  const b = h ? h.getBoundingClientRect() : null;
                  document.getElementById('result').textContent = h
                      ? 'headline=' + Math.round(b.width) + 'x' + Math.round(b.height) + ' first=' + first.id
                        + ' text=' + h.textContent + '|end'
                      : 'headline=none;';
                });
                </script></body></html>
                """.formatted(out.resolve("report.html").toAbsolutePath().toUri()));
        String dom = run(command(browser, "--virtual-time-budget=10000", "--dump-dom", wrapper.toUri().toString()),
                this.tmp.resolve("headline.log"));
        Matcher m = Pattern.compile("headline=(\\d+)x(\\d+) first=(\\S+) text=(.*?)\\|end").matcher(dom);
        assertTrue(m.find(), "the page has an element with id=headline: " + dom);
        assertTrue(Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(2)) > 0, "it is rendered: " + dom);
        assertEquals("answer", m.group(3), "the answer is the page's first section");
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(!m.group(4).isBlank() && summary.contains("\"headline\" : \"" + m.group(4) + "\""),
                "it shows summary.json's headline: " + m.group(4));
    }

    /** @return the Chromium to use; skips the test without one, except under CI, where it must run */
    private static String requireChromium()
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
        return browser;
    }
}
