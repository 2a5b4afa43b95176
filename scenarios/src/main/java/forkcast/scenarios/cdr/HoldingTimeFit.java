package forkcast.scenarios.cdr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Fits holding times by maximum likelihood to four families and picks the one the Kolmogorov–Smirnov test rejects
 * least (the smallest statistic D); when even that one is rejected at 1% the observations are kept as an empirical
 * distribution instead. commons-math3 has the distributions and the test but no estimators, so the maximum
 * likelihood estimates are written here:
 * <ul>
 * <li>exponential: the mean;</li>
 * <li>lognormal: μ and σ of ln x, σ with divisor n;</li>
 * <li>gamma: shape k solving ln k − ψ(k) = ln(mean) − mean(ln x) by Newton's method from Minka's start value, scale
 * mean/k (Minka, "Estimating a Gamma distribution", 2002);</li>
 * <li>Weibull: shape k solving Σx^k ln x / Σx^k − 1/k − mean(ln x) = 0 by Newton's method, scale (mean of x^k)^(1/k)
 * (Johnson, Kotz and Balakrishnan, <i>Continuous Univariate Distributions</i> vol. 1, ch. 21).</li>
 * </ul>
 * Gamma and Weibull include the exponential (shape 1): one of them is preferred to the exponential only when a
 * likelihood-ratio test rejects shape 1 at 5%, so that an extra parameter fitted to noise does not win. The test's p-value (the limiting Kolmogorov distribution, with Stephens's correction, <i>JASA</i> 69, 1974) is
 * computed as if the parameters were known, which makes it conservative (Lilliefors): a family
 * it rejects fits badly indeed. Observations of 0 s (CUCM writes whole seconds) are taken as 0.5 s for the families
 * that need positive values.
 */
public final class HoldingTimeFit
{
    /** Families tried, in the order written in the scenario's comment. */
    public enum Family
    {
        EXPONENTIAL, LOGNORMAL, GAMMA, WEIBULL
    }

    /** A fitted family: its parameters, its mean and standard deviation, and the test. */
    public record Candidate(Family family, double p1, double p2, double mean, double stddev, double ksStatistic,
            double pValue, double logLikelihood)
    {
        /** @return the parameters in words, e.g. {@code mu=4.9, sigma=0.6} */
        public String parameters()
        {
            return switch (this.family)
            {
                case EXPONENTIAL -> String.format(java.util.Locale.ROOT, "mean=%.4g s", this.p1);
                case LOGNORMAL -> String.format(java.util.Locale.ROOT, "mu=%.4g sigma=%.4g", this.p1, this.p2);
                case GAMMA -> String.format(java.util.Locale.ROOT, "shape=%.4g scale=%.4g s", this.p1, this.p2);
                case WEIBULL -> String.format(java.util.Locale.ROOT, "shape=%.4g scale=%.4g s", this.p1, this.p2);
            };
        }
    }

    /** What the fit found: every candidate, best first, and whether the best one fits (p >= 1%). */
    public record Result(List<Candidate> candidates, int n, boolean fits)
    {
        /** @return the candidate with the smallest KS statistic */
        public Candidate best()
        {
            return this.candidates.get(0);
        }
    }

    /** The 95% point of chi-squared with one degree of freedom. */
    static final double CHI2_1_95 = 3.841458820694124;

    /** The significance level below which the best family is rejected and the data kept as they are. */
    public static final double ALPHA = 0.01;

    private HoldingTimeFit()
    {
    }

    /** @param x observed holding times, seconds, at least 2, none negative */
    public static Result fit(final double[] x)
    {
        int n = x.length;
        double[] y = new double[n];
        double sum = 0;
        double sumLog = 0;
        for (int i = 0; i < n; i++)
        {
            y[i] = Math.max(x[i], 0.5);
            sum += y[i];
            sumLog += Math.log(y[i]);
        }
        double mean = sum / n;
        double meanLog = sumLog / n;
        double varLog = 0;
        for (double v : y)
        {
            varLog += (Math.log(v) - meanLog) * (Math.log(v) - meanLog);
        }
        double sigma = Math.sqrt(varLog / n);
        List<Candidate> out = new ArrayList<>();
        out.add(candidate(Family.EXPONENTIAL, mean, 0, new ExponentialDistribution(null, mean), y));
        if (sigma > 0)
        {
            out.add(candidate(Family.LOGNORMAL, meanLog, sigma, new LogNormalDistribution(null, meanLog, sigma), y));
            double k = gammaShape(Math.log(mean) - meanLog);
            out.add(candidate(Family.GAMMA, k, mean / k, new GammaDistribution(null, k, mean / k), y));
            double[] w = weibull(y, meanLog);
            out.add(candidate(Family.WEIBULL, w[0], w[1], new WeibullDistribution(null, w[0], w[1]), y));
        }
        out.sort(Comparator.comparingDouble(Candidate::ksStatistic));
        // parsimony: gamma and Weibull hold the exponential (shape 1); when the likelihood-ratio test does not
        // reject shape 1 at 5% (2 x gain < 3.84, chi-squared with one degree of freedom), the exponential is chosen
        Candidate best = out.get(0);
        Candidate exponential = out.stream().filter(c -> c.family() == Family.EXPONENTIAL).findFirst().orElseThrow();
        if ((best.family() == Family.GAMMA || best.family() == Family.WEIBULL)
                && 2 * (best.logLikelihood() - exponential.logLikelihood()) < CHI2_1_95)
        {
            out.remove(exponential);
            out.add(0, exponential);
        }
        return new Result(List.copyOf(out), n, out.get(0).pValue() >= ALPHA);
    }

    private static Candidate candidate(final Family family, final double p1, final double p2,
            final AbstractRealDistribution d, final double[] y)
    {
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        double statistic = ks.kolmogorovSmirnovStatistic(d, y);
        // the limiting Kolmogorov distribution with Stephens's small-sample correction: the exact distribution's cost
        // grows with n·D and would dominate a fit of millions of legs
        double root = Math.sqrt(y.length);
        double p = 1 - ks.ksSum(statistic * (root + 0.12 + 0.11 / root), 1e-12, 100_000);
        double logLikelihood = 0;
        for (double v : y)
        {
            logLikelihood += d.logDensity(v);
        }
        return new Candidate(family, p1, p2, d.getNumericalMean(), Math.sqrt(d.getNumericalVariance()), statistic, p,
                logLikelihood);
    }

    /** @param s ln(mean) − mean(ln x), > 0 */
    static double gammaShape(final double s)
    {
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int i = 0; i < 50; i++)
        {
            double f = Math.log(k) - Gamma.digamma(k) - s;
            double df = 1 / k - Gamma.trigamma(k);
            double next = k - f / df;
            if (!(next > 0))
            {
                next = k / 2;
            }
            if (Math.abs(next - k) < 1e-10 * k)
            {
                return next;
            }
            k = next;
        }
        return k;
    }

    /** @return {shape, scale} of the Weibull maximum likelihood */
    static double[] weibull(final double[] y, final double meanLog)
    {
        double k = 1;
        for (int i = 0; i < 100; i++)
        {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (double v : y)
            {
                double l = Math.log(v);
                double p = Math.pow(v, k);
                s0 += p;
                s1 += p * l;
                s2 += p * l * l;
            }
            double f = s1 / s0 - 1 / k - meanLog;
            double df = (s2 * s0 - s1 * s1) / (s0 * s0) + 1 / (k * k);
            double next = k - f / df;
            if (!(next > 0))
            {
                next = k / 2;
            }
            if (Math.abs(next - k) < 1e-10 * k)
            {
                k = next;
                break;
            }
            k = next;
        }
        double s0 = 0;
        for (double v : y)
        {
            s0 += Math.pow(v, k);
        }
        return new double[] {k, Math.pow(s0 / y.length, 1 / k)};
    }
}
