package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The run report's print stylesheet: headings stay with what follows them, the scenario file wraps instead of being
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
}
