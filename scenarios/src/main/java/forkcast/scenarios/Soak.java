package forkcast.scenarios;

import java.util.ArrayList;
import java.util.List;

import forkcast.models.RecordingModel;
import forkcast.sim.ReplicationModel;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/**
 * A long run of one replication with a probe at the end of every simulated day: pending events, calls in progress
 * and, after a full garbage collection, the live heap. A model that keeps no per-call history shows a flat heap and
 * pending events bounded by the calls in progress, however long it runs.
 */
public final class Soak
{
    /**
     * One daily probe.
     *
     * @param day simulated days since the start
     * @param pendingEvents events scheduled and not yet run
     * @param activeCalls calls connected
     * @param waitingCalls calls queued
     * @param liveHeapBytes heap in use after a full GC; -1 when not measured
     */
    public record Sample(int day, int pendingEvents, int activeCalls, int waitingCalls, long liveHeapBytes)
    {
    }

    private static final double DAY = 86_400;

    private Soak()
    {
    }

    /**
     * @param scenario the scenario (its deployment and seed; the run window is replaced)
     * @param days simulated days
     * @param measureHeap whether to collect garbage and read the heap at each probe (slow, and only meaningful
     *            alone in a JVM)
     * @return one sample per day
     */
    public static List<Sample> run(final Scenario scenario, final int days, final boolean measureHeap)
    {
        List<Sample> samples = new ArrayList<>();
        ReplicationRunner.run(new RunWindow(0, days * DAY, 3600), scenario.seed(), 1, context ->
        {
            RecordingModel model = new RecordingModel(scenario.deployment(), context);
            return new ReplicationModel()
            {
                @Override
                public void start()
                {
                    for (int d = 1; d <= days; d++)
                    {
                        int day = d;
                        // priority-free absolute event: it runs after the model's own events of that instant
                        context.scheduleAt(day * DAY - 1e-6, () -> samples.add(new Sample(day, context.pendingEvents(),
                                model.activeCalls(), model.waitingCalls(), measureHeap ? liveHeap() : -1)));
                    }
                    model.start();
                }

                @Override
                public void collect(final ReplicationOutput output)
                {
                    model.collect(output);
                }
            };
        });
        return samples;
    }

    private static long liveHeap()
    {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++)
        {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
