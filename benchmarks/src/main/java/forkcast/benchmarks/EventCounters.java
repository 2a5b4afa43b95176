package forkcast.benchmarks;

import java.lang.management.ManagementFactory;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH reports both fields as rates per second of benchmark time: {@code events}, simulation events executed, and
 * {@code cpuNanos}, CPU nanoseconds the whole JVM used meanwhile (10⁹ = one core kept busy). On a machine shared with
 * other work, wall-clock rates swing with the load; {@code events / cpuNanos × 10⁹}, events per CPU second, swings far
 * less (it still includes the JIT compiler and the garbage collector, which are part of the cost).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EventCounters
{
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long events;

    public long cpuNanos;

    private long cpuAtStart;

    @Setup(Level.Iteration)
    public void clear()
    {
        this.events = 0;
        this.cpuNanos = 0;
    }

    /** Call before the measured work of one operation. */
    void startCpu()
    {
        this.cpuAtStart = OS.getProcessCpuTime();
    }

    /** Call after it, with the events it executed. */
    void count(final long executed)
    {
        this.cpuNanos += OS.getProcessCpuTime() - this.cpuAtStart;
        this.events += executed;
    }
}
