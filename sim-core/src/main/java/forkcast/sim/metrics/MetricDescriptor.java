package forkcast.sim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import forkcast.sim.stats.PhysicalRange;

/**
 * One metric, declared once as data. The pattern is the dotted name with placeholders in angle brackets for the
 * parts that vary ({@code recorder.<id>.streams.mean}); {@code <id>} is the element's id and {@code <to>} the end a
 * directional metric goes toward. Confidence intervals of the metric are clamped to its physical range.
 *
 * @param pattern the name with placeholders, e.g. {@code bandwidth.link.<id>.to-<to>.mbps}
 * @param unit the unit, e.g. {@code Mbit/s}; {@code ratio} for a quotient
 * @param kind what kind of figure it is
 * @param element the type of element it belongs to (e.g. {@code link}), as documented
 * @param direction which way of the element it measures
 * @param range the values it can physically take
 * @param aggregation how a replication's value is formed
 * @param meaning one line saying what it is, for people
 */
public record MetricDescriptor(String pattern, String unit, MetricKind kind, String element,
        MetricDirection direction, PhysicalRange range, Aggregation aggregation, String meaning)
{
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z]+)>");

    public MetricDescriptor
    {
        if (pattern.isBlank() || unit.isBlank() || meaning.isBlank() || element.isBlank())
        {
            throw new IllegalArgumentException("metric " + pattern + " needs a name, unit, element and meaning");
        }
        if ((direction == MetricDirection.TOWARD) != pattern.contains("<to>"))
        {
            throw new IllegalArgumentException("metric " + pattern + ": only a metric toward <to> names it");
        }
    }

    /** @return the placeholders of the pattern, in order (e.g. {@code [id, to]}) */
    public List<String> placeholders()
    {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(this.pattern);
        while (m.find())
        {
            names.add(m.group(1));
        }
        return names;
    }

    /** @return the metric named by filling the placeholders in order with {@code values} */
    public Metric of(final String... values)
    {
        List<String> names = placeholders();
        if (values.length != names.size())
        {
            throw new IllegalArgumentException("metric " + this.pattern + " takes " + names.size() + " values");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder name = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(this.pattern);
        int i = 0;
        while (m.find())
        {
            parts.put(m.group(1), values[i]);
            m.appendReplacement(name, Matcher.quoteReplacement(values[i++]));
        }
        m.appendTail(name);
        return new Metric(name.toString(), this, Collections.unmodifiableMap(parts));
    }

    /** @return whether a name is an instance of this pattern (for checks of outputs against the catalogue) */
    public boolean matches(final String name)
    {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(this.pattern);
        int last = 0;
        while (m.find())
        {
            regex.append(Pattern.quote(this.pattern.substring(last, m.start()))).append(".+");
            last = m.end();
        }
        regex.append(Pattern.quote(this.pattern.substring(last)));
        return name.matches(regex.toString());
    }
}
