package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * How large a run may be before it starts (docs/resources.md): above a hard limit it is refused unless
 * {@code --allow-large} is given, above a soft one it runs with a warning. The events and output limits are fixed,
 * so a scenario is judged the same everywhere; the memory limits are shares of this JVM's largest heap, because a
 * run that does not fit in it would end in an out-of-memory error after minutes of work.
 *
 * @param softEvents events over all replications above which a warning is printed
 * @param hardEvents events above which the run is refused
 * @param softMemoryBytes peak heap above which a warning is printed
 * @param hardMemoryBytes peak heap above which the run is refused
 * @param softOutputBytes output bytes above which a warning is printed
 * @param hardOutputBytes output bytes above which the run is refused
 */
public record ResourceLimits(double softEvents, double hardEvents, double softMemoryBytes, double hardMemoryBytes,
        double softOutputBytes, double hardOutputBytes)
{
    /** What a check found: refusals (a hard limit passed) and warnings (a soft one). */
    public record Check(List<String> refusals, List<String> warnings)
    {
        public Check
        {
            refusals = List.copyOf(refusals);
            warnings = List.copyOf(warnings);
        }
    }

    /** The documented limits, with memory as shares of {@code maxHeapBytes}. */
    public static ResourceLimits standard(final long maxHeapBytes)
    {
        return new ResourceLimits(1e9, 1e10, 0.25 * maxHeapBytes, 0.6 * maxHeapBytes, 100e6, 1e9);
    }

    /** The documented limits for this JVM ({@link Runtime#maxMemory()}). */
    public static ResourceLimits standard()
    {
        return standard(Runtime.getRuntime().maxMemory());
    }

    /** @return the limits the estimate passes, each as a sentence with the estimate and the limit */
    public Check check(final ResourceEstimate e)
    {
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String events = "about " + ResourceEstimate.count(e.events()) + " simulation events";
        String memory = "about " + ResourceEstimate.bytes(e.memoryBytes()) + " of memory at its peak";
        String output = "about " + ResourceEstimate.bytes(e.outputBytes()) + " of output files"
                + (e.timeseriesRows() > 0 ? " (timeseries.csv: " + ResourceEstimate.count(e.timeseriesRows())
                        + " rows)" : "");
        sort(e.events(), this.softEvents, this.hardEvents, events,
                ResourceEstimate.count(this.hardEvents) + " events", ResourceEstimate.count(this.softEvents) + " events",
                refusals, warnings);
        sort(e.memoryBytes(), this.softMemoryBytes, this.hardMemoryBytes, memory,
                ResourceEstimate.bytes(this.hardMemoryBytes) + " (60% of the Java heap; raise it with JAVA_OPTS=-Xmx...)",
                ResourceEstimate.bytes(this.softMemoryBytes) + " (25% of the Java heap)", refusals, warnings);
        sort(e.outputBytes(), this.softOutputBytes, this.hardOutputBytes, output,
                ResourceEstimate.bytes(this.hardOutputBytes), ResourceEstimate.bytes(this.softOutputBytes), refusals,
                warnings);
        return new Check(refusals, warnings);
    }

    private static void sort(final double value, final double soft, final double hard, final String estimate,
            final String hardText, final String softText, final List<String> refusals, final List<String> warnings)
    {
        if (value > hard)
        {
            refusals.add(estimate + ", above the limit of " + hardText);
        }
        else if (value > soft)
        {
            warnings.add(estimate + ", above " + softText);
        }
    }
}
