package forkcast.sim.stats;

import java.util.Arrays;

/**
 * The multi-rate Erlang-B loss model: calls of several classes share one capacity of C units with no queue (complete
 * sharing), class k holding b_k units per call and offered a_k erlangs of Poisson traffic; a call is refused when fewer
 * than b_k units are free. Its occupancy distribution has product form, and the Kaufman–Roberts recursion computes it
 * without enumerating the states (J.S. Kaufman, "Blocking in a shared resource environment", IEEE Trans. Commun.
 * 29(10), 1981; J.W. Roberts, 1981): q(0) = 1, j·q(j) = Σ_k a_k·b_k·q(j − b_k) (q below 0 is 0), normalised over
 * j = 0..C; class k's blocking is B_k = Σ_{j > C − b_k} q(j). With one class of one unit it is Erlang-B exactly.
 *
 * <p>The unnormalised q grows like a_k^j / j! would and is rescaled whenever it passes {@link #RESCALE}, so large
 * capacities neither overflow nor lose the figures that matter (the largest j's).
 */
public final class KaufmanRoberts
{
    /** No capacity searched beyond this many units; a guard against an endless search. */
    private static final int MAX_UNITS = 10_000_000;

    /** Above this the unnormalised occupancy is scaled down (well below the largest double). */
    private static final double RESCALE = 1e200;

    private KaufmanRoberts()
    {
    }

    /**
     * @param capacity C, in units (≥ 0)
     * @param sizes b_k, units each call of class k holds (each ≥ 1)
     * @param erlangs a_k, the load offered by class k (each finite and ≥ 0)
     * @return each class's blocking probability B_k
     */
    public static double[] blocking(final int capacity, final int[] sizes, final double[] erlangs)
    {
        check(sizes, erlangs);
        if (capacity < 0)
        {
            throw new IllegalArgumentException("capacity must be >= 0 units, not " + capacity);
        }
        Occupancy q = new Occupancy(sizes, erlangs, capacity);
        for (int j = 1; j <= capacity; j++)
        {
            q.extend();
        }
        return q.blocking();
    }

    /**
     * @param sizes b_k, units each call of class k holds (each ≥ 1)
     * @param erlangs a_k, the load offered by class k (each finite and ≥ 0)
     * @param step the capacity is a whole multiple of this many units (≥ 1)
     * @param target the largest acceptable blocking of every class, in (0, 1]
     * @return the smallest capacity C, a whole multiple of {@code step}, at which every class offered a load has
     *         B_k ≤ {@code target} (a class offered nothing loses nothing, whatever the capacity)
     */
    public static int minCapacity(final int[] sizes, final double[] erlangs, final int step, final double target)
    {
        check(sizes, erlangs);
        if (!(target > 0 && target <= 1))
        {
            throw new IllegalArgumentException("blocking target must be in (0, 1], not " + target);
        }
        if (step < 1)
        {
            throw new IllegalArgumentException("step must be >= 1 unit, not " + step);
        }
        // q(0..C) does not depend on C: one pass that grows C, judged at each multiple of the step
        Occupancy q = new Occupancy(sizes, erlangs, 0);
        while (true)
        {
            if (q.capacity() % step == 0 && worst(q.blocking(), erlangs) <= target)
            {
                return q.capacity();
            }
            if (q.capacity() >= MAX_UNITS)
            {
                throw new IllegalArgumentException("more than " + MAX_UNITS + " units for this load");
            }
            q.extend();
        }
    }

    private static double worst(final double[] blocking, final double[] erlangs)
    {
        double worst = 0;
        for (int k = 0; k < blocking.length; k++)
        {
            worst = erlangs[k] > 0 ? Math.max(worst, blocking[k]) : worst;
        }
        return worst;
    }

    private static void check(final int[] sizes, final double[] erlangs)
    {
        if (sizes.length != erlangs.length || sizes.length == 0)
        {
            throw new IllegalArgumentException("one size and one offered load per class, at least one class");
        }
        for (int k = 0; k < sizes.length; k++)
        {
            if (sizes[k] < 1)
            {
                throw new IllegalArgumentException("a call holds at least one unit, not " + sizes[k]);
            }
            if (!(erlangs[k] >= 0) || Double.isInfinite(erlangs[k]))
            {
                throw new IllegalArgumentException("offered load must be a finite number of erlangs >= 0, not "
                        + erlangs[k]);
            }
        }
    }

    /** The unnormalised occupancy q(0..C), grown one unit of capacity at a time. */
    private static final class Occupancy
    {
        private final int[] sizes;
        private final double[] erlangs;
        private double[] q;
        private int capacity;
        private double total;

        Occupancy(final int[] sizes, final double[] erlangs, final int expected)
        {
            this.sizes = sizes;
            this.erlangs = erlangs;
            this.q = new double[Math.max(16, expected + 1)];
            this.q[0] = 1;
            this.total = 1;
        }

        int capacity()
        {
            return this.capacity;
        }

        /** Add q(C + 1): (C + 1)·q(C + 1) = Σ_k a_k·b_k·q(C + 1 − b_k). */
        void extend()
        {
            int j = ++this.capacity;
            if (j == this.q.length)
            {
                this.q = Arrays.copyOf(this.q, 2 * this.q.length);
            }
            double sum = 0;
            for (int k = 0; k < this.sizes.length; k++)
            {
                if (j - this.sizes[k] >= 0)
                {
                    sum += this.erlangs[k] * this.sizes[k] * this.q[j - this.sizes[k]];
                }
            }
            this.q[j] = sum / j;
            this.total += this.q[j];
            if (this.total > RESCALE)
            {
                for (int i = 0; i <= j; i++)
                {
                    this.q[i] /= this.total;
                }
                this.total = 1;
            }
        }

        /** @return B_k = Σ_{j > C − b_k} q(j) ÷ Σ_j q(j), for the capacity reached */
        double[] blocking()
        {
            double[] b = new double[this.sizes.length];
            for (int k = 0; k < b.length; k++)
            {
                double sum = 0;
                for (int j = Math.max(0, this.capacity - this.sizes[k] + 1); j <= this.capacity; j++)
                {
                    sum += this.q[j];
                }
                b[k] = sum / this.total;
            }
            return b;
        }
    }
}
