package forkcast.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.experiment.StreamInformation;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.simulators.ErrorStrategy;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;

/**
 * Anchor: the same loss system on stock DSOL 4.3.2 as its primer writes it: {@code DevsSimulator<Double>} with its
 * default red-black-tree list, lambda events through {@code scheduleEventRel}, MersenneTwister and
 * {@code DistExponential}. Timed from {@code start()} to the end of the replication (construction excluded).
 */
final class DsolLossSystem extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>>
{
    private static final long serialVersionUID = 1L;

    private static final AtomicLong RUNS = new AtomicLong();

    private transient DistExponential interArrival;
    private transient DistExponential holding;
    private int busy;
    private long events;

    private DsolLossSystem(final DevsSimulatorInterface<Double> simulator, final long seed)
    {
        super(simulator, new StreamInformation(new MersenneTwister(seed)));
    }

    @Override
    public void constructModel()
    {
        this.interArrival = new DistExponential(getDefaultStream(), 1.0 / LossSystemParameters.LOAD);
        this.holding = new DistExponential(getDefaultStream(), 1.0);
        this.simulator.scheduleEventRel(this.interArrival.draw(), this::arrival);
    }

    private void arrival()
    {
        this.events++;
        if (this.busy < LossSystemParameters.SERVERS)
        {
            this.busy++;
            this.simulator.scheduleEventRel(this.holding.draw(), this::departure);
        }
        this.simulator.scheduleEventRel(this.interArrival.draw(), this::arrival);
    }

    private void departure()
    {
        this.events++;
        this.busy--;
    }

    /** Runs one replication to {@code runLength} and returns the model events executed. */
    static long run(final double runLength, final long seed) throws InterruptedException
    {
        long run = RUNS.incrementAndGet();
        DevsSimulator<Double> simulator = new DevsSimulator<>("anchor-dsol-" + run);
        simulator.setErrorStrategy(ErrorStrategy.WARN_AND_THROW);
        DsolLossSystem model = new DsolLossSystem(simulator, seed);
        SingleReplication<Double> replication =
                new SingleReplication<>("anchor-dsol-rep-" + run, 0.0, LossSystemParameters.WARMUP, runLength);
        simulator.initialize(model, replication);
        CountDownLatch ended = new CountDownLatch(1);
        simulator.addListener(event -> ended.countDown(), Replication.END_REPLICATION_EVENT);
        simulator.start();
        ended.await();
        replication.removeFromContext();
        return model.events;
    }
}
