package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * F7: the multi-rate Erlang-B (Kaufman–Roberts) against exact values: one class of one unit is Erlang-B, and two
 * classes of different sizes against the product form enumerated state by state.
 */
class KaufmanRobertsTest
{
    @Test
    void f7OneClassOfOneUnitIsErlangB()
    {
        for (int n : new int[] {0, 1, 5, 30, 200})
        {
            for (double a : new double[] {0.5, 3, 25, 180})
            {
                double kr = KaufmanRoberts.blocking(n, new int[] {1}, new double[] {a})[0];
                assertEquals(ErlangB.blocking(n, a), kr, 1e-12 * Math.max(1, ErlangB.blocking(n, a)), n + " " + a);
            }
        }
        assertEquals(ErlangB.minServers(42.5, 0.01),
                KaufmanRoberts.minCapacity(new int[] {1}, new double[] {42.5}, 1, 0.01));
    }

    /**
     * One class of b units on C units is Erlang-B on floor(C / b) servers: the units between are never usable.
     */
    @Test
    void f7OneClassOfSeveralUnitsIsErlangBOnWholeCalls()
    {
        double b = KaufmanRoberts.blocking(53, new int[] {10}, new double[] {2.7})[0];
        assertEquals(ErlangB.blocking(5, 2.7), b, 1e-13);
    }

    /**
     * Two classes (G.711's 80 kbit/s and G.729's 24, in units of 8 kbit/s: 10 and 3) on a budget of 40 units: the
     * product form p(n1, n2) ∝ a1^n1 / n1! · a2^n2 / n2! over 10·n1 + 3·n2 ≤ 40, enumerated; class k is refused in the
     * states with fewer than b_k units free.
     */
    @Test
    void f7TwoClassesEqualTheProductFormEnumerated()
    {
        int capacity = 40;
        int[] sizes = {10, 3};
        double[] erlangs = {1.8, 4.5};
        double total = 0;
        double[] refused = new double[2];
        double w1 = 1;
        for (int n1 = 0; sizes[0] * n1 <= capacity; n1++)
        {
            if (n1 > 0)
            {
                w1 *= erlangs[0] / n1;
            }
            double w2 = 1;
            for (int n2 = 0; sizes[0] * n1 + sizes[1] * n2 <= capacity; n2++)
            {
                if (n2 > 0)
                {
                    w2 *= erlangs[1] / n2;
                }
                double p = w1 * w2;
                int free = capacity - sizes[0] * n1 - sizes[1] * n2;
                total += p;
                for (int k = 0; k < 2; k++)
                {
                    refused[k] += free < sizes[k] ? p : 0;
                }
            }
        }
        double[] kr = KaufmanRoberts.blocking(capacity, sizes, erlangs);
        for (int k = 0; k < 2; k++)
        {
            assertEquals(refused[k] / total, kr[k], 1e-13, "class " + k);
        }
        assertTrue(kr[0] > kr[1], "the wider call is refused more often: " + kr[0] + " " + kr[1]);
    }

    /**
     * The smallest capacity at the target, on the step: each class meets it there, and the step below does not.
     */
    @Test
    void f7TheSmallestCapacityMeetsTheTargetForEveryClassAndTheStepBelowDoesNot()
    {
        int[] sizes = {10, 3};
        double[] erlangs = {120, 90};
        int c = KaufmanRoberts.minCapacity(sizes, erlangs, 1, 0.01);
        assertTrue(max(KaufmanRoberts.blocking(c, sizes, erlangs)) <= 0.01);
        assertTrue(max(KaufmanRoberts.blocking(c - 1, sizes, erlangs)) > 0.01);
        assertTrue(c > 1400 && c < 1700, "capacity " + c);
        int stepped = KaufmanRoberts.minCapacity(sizes, erlangs, 4, 0.01);
        assertEquals(0, stepped % 4);
        assertTrue(stepped >= c && stepped < c + 4);
        assertEquals(0, KaufmanRoberts.minCapacity(sizes, new double[] {0, 0}, 1, 0.01), "nothing offered");
    }

    /**
     * Ten times the load: about 15,000 units, where the unnormalised occupancy passes 1e900, far beyond a double; the
     * rescaled recursion still finds the capacity where every class meets the target and the unit below where not.
     */
    @Test
    void f7ALargeBudgetIsSizedWithoutOverflow()
    {
        int[] sizes = {10, 3};
        double[] erlangs = {1200, 900};
        int c = KaufmanRoberts.minCapacity(sizes, erlangs, 1, 0.01);
        double[] at = KaufmanRoberts.blocking(c, sizes, erlangs);
        double[] below = KaufmanRoberts.blocking(c - 1, sizes, erlangs);
        assertTrue(max(at) <= 0.01 && max(below) > 0.01 && at[1] > 0, at[0] + " " + at[1] + "; " + below[0]);
        assertTrue(c > 14000 && c < 16000, "capacity " + c);
    }

    @Test
    void f7BadArgumentsAreRefused()
    {
        assertThrows(IllegalArgumentException.class, () -> KaufmanRoberts.blocking(5, new int[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> KaufmanRoberts.blocking(5, new int[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> KaufmanRoberts.minCapacity(new int[] {1}, new double[] {1}, 1, 0));
    }

    private static double max(final double[] values)
    {
        double m = 0;
        for (double v : values)
        {
            m = Math.max(m, v);
        }
        return m;
    }
}
