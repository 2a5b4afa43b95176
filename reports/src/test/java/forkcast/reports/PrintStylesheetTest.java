package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports' print stylesheets: headings stay with what follows them, the scenario file wraps instead of being
 * clipped, and the collapsed "All metrics" table is printed. (Checked by eye in Chromium's print-to-PDF; this test
 * keeps the rules from being dropped.)
 */
class PrintStylesheetTest
{
    @Test
    void theRunReportHasAPrintStylesheet() throws IOException
    {
        String template;
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.mustache"))
        {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int print = template.indexOf("@media print");
        assertTrue(print > 0, "a print stylesheet");
        String css = template.substring(print, template.indexOf("</style>", print));
        assertTrue(css.matches("(?s).*h2[^{]*\\{[^}]*break-after: avoid.*"), "headings kept with their content");
        assertTrue(css.matches("(?s).*pre \\{[^}]*white-space: pre-wrap.*"), "the scenario wraps");
        assertTrue(css.contains("details::details-content") && css.contains("content-visibility: visible"),
                "collapsed details are printed");
        assertTrue(template.contains("<details>") && template.contains("id=\"all-metrics\""), "All metrics collapsed");
    }

    /** The compare, sweep and size reports share one print stylesheet with the same rules as the run report's. */
    @ParameterizedTest
    @ValueSource(strings = {"compare.mustache", "sweep.mustache", "size.mustache"})
    void theBatchReportsHaveThePrintStylesheet(final String name) throws IOException
    {
        String template = read(name);
        String style = template.substring(template.indexOf("<style>"), template.indexOf("</style>"));
        assertTrue(style.contains("{{> print}}"), name + " includes the print stylesheet in its style element");
        String css = read("print.mustache");
        assertTrue(css.strip().startsWith("@media print"), "a print stylesheet");
        assertTrue(css.matches("(?s).*h2[^{]*\\{[^}]*break-after: avoid.*"), "headings kept with their content");
        assertTrue(css.matches("(?s).*pre \\{[^}]*white-space: pre-wrap.*"), "the scenario wraps");
        assertTrue(css.contains("details::details-content") && css.contains("content-visibility: visible"),
                "collapsed details are printed");
        // a wide table (the comparison's every metric: three alternatives and two differences) wraps its cells to fit
        // the page: on paper there is no scrolling, and the last columns were cut off
        assertTrue(css.contains("td.num { white-space: normal; }") && css.contains("td code { overflow-wrap: anywhere; }"),
                "wide tables fit the page");
        // the compare report's per-link charts one to a row (two to a row printed their labels at about 3 pt), and
        // the sweep's verdict column wide enough not to break after every word
        assertTrue(css.matches("(?s).*\\.multiples \\{ display: block; }.*"), "one chart to a row");
        assertTrue(css.matches("(?s).*td\\.verdict \\{ min-width: \\d+em; }.*"), "the verdict column keeps a width");
        assertTrue(css.matches("(?s).*td:first-child:has\\(> code\\) \\{ min-width: \\d+em; }.*"),
                "so does a column of metric names");
        String page = rendered(name);
        assertTrue(page.contains("@media print") && page.contains("break-after: avoid"), "the rendered page has it");
    }

    /**
     * A chart's PNG and SVG links are of no use on paper: they are hidden in print together with the dot between them
     * (hiding the links alone left a stray "·" after every caption), and third-level headings (the breakdowns' "Per
     * site", a scenario's name) stay with their table like the others.
     */
    @ParameterizedTest
    @ValueSource(strings = {"report.mustache", "compare.mustache", "sweep.mustache"})
    void chartLinksAndTheirSeparatorAreNotPrinted(final String name) throws IOException
    {
        String template = read(name);
        int links = template.split("PNG</a> · <a ", -1).length - 1;
        assertTrue(links > 0, name + " has chart links");
        assertEquals(links, template.split("<span class=\"downloads\"><a href=\"charts/\\{\\{name}}.png\">PNG</a> · <a ",
                -1).length - 1, name + ": every pair of links, with its separator, is in a span.downloads");
        String css = name.equals("report.mustache") ? template : read("print.mustache");
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.matches("(?s).*\\.downloads \\{ display: none; }.*"), name + ": hidden in print");
        assertTrue(print.matches("(?s).*h3[^{]*\\{[^}]*break-after: avoid.*"), name + ": h3 kept with its content");
    }

    private static String read(final String name) throws IOException
    {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @return the template rendered with no data, its partials resolved as the writers do */
    private static String rendered(final String name)
    {
        java.io.StringWriter out = new java.io.StringWriter();
        ReportTemplates.template(name).execute(out, java.util.Map.of());
        return out.toString();
    }
}
