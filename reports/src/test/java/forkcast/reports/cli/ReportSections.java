package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a generated {@code report.html} that tests read: a section by its id, the header. */
final class ReportSections
{
    private ReportSections()
    {
    }

    /** @return the inside of the report's {@code <section id="ID">}, failing the test where there is none */
    static String section(final String html, final String id)
    {
        Matcher m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no section " + id);
        return m.group(1);
    }

    /** @return the report's header, failing the test where there is none */
    static String header(final String html)
    {
        int start = html.indexOf("<header>");
        assertTrue(start >= 0, "no header");
        return html.substring(start, html.indexOf("</header>", start));
    }
}
