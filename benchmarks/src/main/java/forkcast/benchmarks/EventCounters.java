package forkcast.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH reports {@code events} as a rate: simulation events executed per second of benchmark time. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EventCounters
{
    public long events;

    @Setup(Level.Iteration)
    public void clear()
    {
        this.events = 0;
    }
}
