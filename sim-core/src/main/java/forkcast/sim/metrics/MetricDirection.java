package forkcast.sim.metrics;

/** Which way of its element a metric measures, for elements that carry traffic both ways. */
public enum MetricDirection
{
    /** The metric has no direction. */
    NONE("–"),

    /** Traffic into the element. */
    IN("in"),

    /** Traffic out of the element. */
    OUT("out"),

    /** The busier of the two directions. */
    BUSIER("busier direction"),

    /** One direction, toward the end named by the {@code <to>} part of the name. */
    TOWARD("toward <to>");

    private final String label;

    MetricDirection(final String label)
    {
        this.label = label;
    }

    /** @return the direction as documented in {@code docs/metrics.md} */
    public String label()
    {
        return this.label;
    }
}
