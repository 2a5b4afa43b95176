package forkcast.sim;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.djutils.event.EventListener;
import org.djutils.event.EventProducer;

import forkcast.sim.stats.MeasurementWindow;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.simulators.ReplicationState;
import nl.tudelft.simulation.dsol.simulators.SimulatorInterface;

/**
 * Runs one replication to its end and returns only then. DSOL's {@code start()} hands the run to the simulator's
 * worker thread and returns at once, and an exception in an event only pauses the simulator; this class waits for the
 * end or the pause, and turns a pause caused by an exception into a {@link ReplicationFailedException} that names the
 * simulation time and the cause.
 */
public final class ReplicationRunner
{
    /**
     * Guards DSOL's process-wide state: the simulator constructor re-registers a global log category through separately
     * locked statics, and replications create and destroy their naming context through a root context that is not
     * safe to use from two threads at once (replications on two threads lost each other's context without this).
     */
    private static final Object DSOL_GLOBALS = new Object();

    /** DSOL binds each replication's statistics in a naming context under its id: ids must not repeat. */
    private static final AtomicLong UNIQUE_ID = new AtomicLong();

    private ReplicationRunner()
    {
    }

    /**
     * @param window warm-up, duration, interval
     * @param seed the scenario seed
     * @param replication the replication number, from 1 (part of every random stream's seed)
     * @param factory builds the model against the replication's context
     * @return the replication's metrics, with {@code sim.events}
     * @throws ReplicationFailedException when an event throws or the thread is interrupted
     */
    public static ReplicationOutput run(final RunWindow window, final long seed, final int replication,
            final ModelFactory factory)
    {
        long uid = UNIQUE_ID.incrementAndGet();
        MeasurementWindow measurement = window.measurement();
        LeanDevsSimulator simulator;
        SingleReplication<Double> dsolReplication;
        ModelAdapter adapter;
        synchronized (DSOL_GLOBALS)
        {
            simulator = new LeanDevsSimulator("forkcast-sim-" + uid);
            SimContext context = new SimContext(simulator, new RandomStreams(seed, replication), measurement, replication);
            adapter = new ModelAdapter(simulator, context, factory);
            dsolReplication = new SingleReplication<>("replication-" + uid, 0.0, window.warmup(), window.end());
            simulator.initialize(adapter, dsolReplication);
        }
        try
        {
            // built outside the lock: a large model takes a while to build, and other replications need the lock
            adapter.build();
            boolean ended = runAndWait(simulator);
            if (simulator.failure() != null)
            {
                Throwable cause = simulator.failure();
                throw new ReplicationFailedException("replication " + replication + " failed at t="
                        + String.format(java.util.Locale.ROOT, "%.3f", simulator.failureTime()) + " s: "
                        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                        cause);
            }
            if (!ended)
            {
                throw new ReplicationFailedException("replication " + replication + " paused before its end", null);
            }
            ReplicationOutput output = new ReplicationOutput(replication, measurement);
            adapter.model.collect(output);
            output.put(SimulatorMetrics.EVENTS.of(), simulator.executedModelEvents());
            return output;
        }
        catch (InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new ReplicationFailedException("replication " + replication + " interrupted", e);
        }
        finally
        {
            if (simulator.getReplicationState() != ReplicationState.ENDED)
            {
                simulator.cleanUp(); // ends the worker thread of a paused simulator
            }
            synchronized (DSOL_GLOBALS)
            {
                dsolReplication.removeFromContext();
            }
        }
    }

    private static boolean runAndWait(final LeanDevsSimulator simulator) throws InterruptedException
    {
        CountDownLatch done = new CountDownLatch(1);
        EventListener listener = event ->
        {
            if (event.getType().equals(Replication.END_REPLICATION_EVENT)
                    || simulator.getReplicationState() != ReplicationState.ENDING)
            {
                done.countDown();
            }
        };
        simulator.addListener(listener, Replication.END_REPLICATION_EVENT, EventProducer.LAST_POSITION);
        simulator.addListener(listener, SimulatorInterface.STOP_EVENT);
        simulator.start();
        done.await();
        simulator.removeListener(listener, Replication.END_REPLICATION_EVENT);
        simulator.removeListener(listener, SimulatorInterface.STOP_EVENT);
        return simulator.getReplicationState() == ReplicationState.ENDED;
    }

    /** DSOL wants an AbstractDsolModel; this one builds the Forkcast model in constructModel(). */
    private static final class ModelAdapter extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>>
    {
        private static final long serialVersionUID = 1L;

        private final transient SimContext context;
        private final transient ModelFactory factory;
        private transient ReplicationModel model;

        ModelAdapter(final LeanDevsSimulator simulator, final SimContext context, final ModelFactory factory)
        {
            super(simulator);
            this.context = context;
            this.factory = factory;
        }

        /** DSOL's initialize() calls this under the global lock; the model is built later by {@link #build}. */
        @Override
        public void constructModel()
        {
        }

        /** Builds the model and lets it schedule its first events; after initialize(), before start(). */
        void build()
        {
            this.model = this.factory.create(this.context);
            this.model.start();
        }
    }
}
