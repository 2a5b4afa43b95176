package forkcast.sim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

/** Erlang-B against the factorial form computed exactly, and the smallest server count for a target. */
class ErlangBTest
{
    /** B(n, A) = (A^n / n!) / sum_{k=0..n} A^k / k!, in exact decimals (A given as a decimal string). */
    private static double exact(final int n, final String erlangs)
    {
        BigDecimal a = new BigDecimal(erlangs);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k <= n; k++)
        {
            term = term.multiply(a).divide(BigDecimal.valueOf(k), MathContext.DECIMAL128);
            sum = sum.add(term);
        }
        return term.divide(sum, MathContext.DECIMAL128).doubleValue();
    }

    @Test
    void smallCasesByHand()
    {
        assertEquals(0.5, ErlangB.blocking(1, 1), 1e-15); // A / (1 + A)
        assertEquals(0.2, ErlangB.blocking(2, 1), 1e-15); // (1/2) / (1 + 1 + 1/2)
        assertEquals(1.0, ErlangB.blocking(0, 5), 0);
        assertEquals(0.0, ErlangB.blocking(3, 0), 0);
    }

    @Test
    void theRecursionEqualsTheFactorialForm()
    {
        for (String a : new String[] {"0.5", "10", "52", "54.52", "300"})
        {
            for (int n : new int[] {1, 5, 40, 60, 70, 320})
            {
                double expected = exact(n, a);
                assertEquals(expected, ErlangB.blocking(n, Double.parseDouble(a)), expected * 1e-12,
                        "B(" + n + ", " + a + ")");
            }
        }
    }

    @Test
    void minServersIsTheSmallestThatMeetsTheTarget()
    {
        for (String a : new String[] {"1", "17.3", "52", "200"})
        {
            double erlangs = Double.parseDouble(a);
            int n = ErlangB.minServers(erlangs, 0.01);
            assertTrue(exact(n, a) <= 0.01, "B(" + n + ", " + a + ") meets 1%");
            assertTrue(exact(n - 1, a) > 0.01, "B(" + (n - 1) + ", " + a + ") does not");
        }
        assertEquals(0, ErlangB.minServers(0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.minServers(10, 0));
        assertThrows(IllegalArgumentException.class, () -> ErlangB.minServers(Double.NaN, 0.01));
    }
}
