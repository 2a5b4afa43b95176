package forkcast.sim.metrics;

import java.util.Map;

/**
 * One published metric: its descriptor and the values of the descriptor's placeholders. Reports find what they show
 * by descriptor, element and direction, never by taking the name apart.
 *
 * @param name the full dotted name, as written in the outputs
 * @param descriptor what the metric is
 * @param parts the value of each placeholder of the descriptor's pattern
 */
public record Metric(String name, MetricDescriptor descriptor, Map<String, String> parts)
{
    /** @return whether this is an instance of {@code d} */
    public boolean is(final MetricDescriptor d)
    {
        return this.descriptor.equals(d);
    }

    /** @return the id of the element it belongs to ({@code <id>}), or null for a metric of the whole model */
    public String element()
    {
        return this.parts.get("id");
    }

    /** @return the end a directional metric goes toward ({@code <to>}), or null */
    public String toward()
    {
        return this.parts.get("to");
    }

    /** @return the value of a placeholder, e.g. {@code part("reason")} */
    public String part(final String placeholder)
    {
        return this.parts.get(placeholder);
    }

    public String unit()
    {
        return this.descriptor.unit();
    }

    /** @return the name, as the outputs write it: a message that shows a metric names it, not its descriptor */
    @Override
    public String toString()
    {
        return this.name;
    }
}
