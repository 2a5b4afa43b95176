package forkcast.benchmarks;

import java.util.SplittableRandom;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Anchor: the M/M/c/c loss system (c = 100, A = 90 Erlang, h = 1) as SSJ 3.3.2's own examples write it: {@code Event}
 * subclasses, a new event object per event, a {@code Simulator} with its default splay-tree list, MRG32k3a and
 * {@code ExponentialGen}. The bare loop Forkcast's full model is measured against (issue 16's goal).
 */
final class SsjLossSystem
{
    private final Simulator sim = new Simulator();
    private final ExponentialGen interArrival;
    private final ExponentialGen holding;
    private int busy;
    private long events;

    private SsjLossSystem(final long seed)
    {
        MRG32k3a stream = new MRG32k3a();
        SplittableRandom seeds = new SplittableRandom(seed);
        long[] state = new long[6];
        for (int i = 0; i < 6; i++)
        {
            state[i] = 1 + seeds.nextLong(4_294_944_442L); // valid for both MRG32k3a components
        }
        stream.setSeed(state);
        this.interArrival = new ExponentialGen(stream, LossSystemParameters.LOAD);
        this.holding = new ExponentialGen(stream, 1.0);
    }

    /** Runs one replication to {@code runLength} and returns the model events executed. */
    static long run(final double runLength, final long seed)
    {
        SsjLossSystem m = new SsjLossSystem(seed);
        m.sim.init();
        m.new End().schedule(runLength);
        m.new Arrival().schedule(m.interArrival.nextDouble());
        m.sim.start(); // returns when End stops the simulator
        return m.events;
    }

    private final class Arrival extends Event
    {
        Arrival()
        {
            super(SsjLossSystem.this.sim);
        }

        @Override
        public void actions()
        {
            SsjLossSystem m = SsjLossSystem.this;
            m.events++;
            if (m.busy < LossSystemParameters.SERVERS)
            {
                m.busy++;
                m.new Departure().schedule(m.holding.nextDouble());
            }
            m.new Arrival().schedule(m.interArrival.nextDouble());
        }
    }

    private final class Departure extends Event
    {
        Departure()
        {
            super(SsjLossSystem.this.sim);
        }

        @Override
        public void actions()
        {
            SsjLossSystem.this.events++;
            SsjLossSystem.this.busy--;
        }
    }

    private final class End extends Event
    {
        End()
        {
            super(SsjLossSystem.this.sim);
        }

        @Override
        public void actions()
        {
            SsjLossSystem.this.sim.stop();
        }
    }
}
