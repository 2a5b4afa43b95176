package forkcast.sim.stats;

/**
 * The Erlang-B formula: the share of offered calls lost by {@code n} servers with no queue, offered {@code a} erlangs
 * of Poisson traffic, B(n, A). Computed by the stable recursion B(0, A) = 1, B(n, A) = A·B(n−1) / (n + A·B(n−1))
 * (e.g. ITU-T E.520; any teletraffic text), which never overflows as the factorial form does.
 */
public final class ErlangB
{
    /** No deployment needs more servers than this; a guard against an endless search. */
    private static final int MAX_SERVERS = 10_000_000;

    private ErlangB()
    {
    }

    /** @return B(n, A), the blocking probability of {@code servers} servers offered {@code erlangs} */
    public static double blocking(final int servers, final double erlangs)
    {
        check(erlangs);
        double b = 1;
        for (int k = 1; k <= servers; k++)
        {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    /**
     * @param erlangs offered load A (≥ 0)
     * @param blocking the largest acceptable blocking probability, in (0, 1]
     * @return the smallest number of servers n with B(n, A) ≤ {@code blocking}
     */
    public static int minServers(final double erlangs, final double blocking)
    {
        check(erlangs);
        if (!(blocking > 0 && blocking <= 1))
        {
            throw new IllegalArgumentException("blocking target must be in (0, 1], not " + blocking);
        }
        if (erlangs == 0)
        {
            return 0; // nothing offered, nothing lost
        }
        double b = 1;
        int n = 0;
        while (b > blocking)
        {
            if (n == MAX_SERVERS)
            {
                throw new IllegalArgumentException("more than " + MAX_SERVERS + " servers for " + erlangs + " E");
            }
            n++;
            b = erlangs * b / (n + erlangs * b);
        }
        return n;
    }

    private static void check(final double erlangs)
    {
        if (!(erlangs >= 0) || Double.isInfinite(erlangs))
        {
            throw new IllegalArgumentException("offered load must be a finite number of erlangs >= 0, not " + erlangs);
        }
    }
}
