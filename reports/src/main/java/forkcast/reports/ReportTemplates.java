package forkcast.reports;

import java.io.Writer;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * The Mustache templates of the HTML reports. Every value a template inserts is HTML-escaped by Mustache, and before
 * that its control characters are made visible ({@link Printable#keepingLines}): the scenario text, names, paths and
 * {@code --vary} values cannot hide text, reverse it, or carry an escape sequence to whoever copies it to a terminal.
 * Line breaks and tabs are kept: the scenario file is shown as it is.
 */
final class ReportTemplates extends DefaultMustacheFactory
{
    private ReportTemplates()
    {
        super("forkcast/reports");
    }

    /** @return the compiled template {@code name} from {@code forkcast/reports} */
    static Mustache template(final String name)
    {
        return new ReportTemplates().compile(name);
    }

    @Override
    public void encode(final String value, final Writer writer)
    {
        super.encode(Printable.keepingLines(value), writer);
    }
}
