package forkcast.scenarios.cdr;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * How long one group's callers are willing to wait in its queue, from the legs that reached the queueing point.
 * Patience is exponential (Erlang-A's assumption, the model's {@code queue.patience}) and fitted by maximum
 * likelihood with right-censoring: a caller who hung up in the queue shows their patience; one who was answered, or
 * left the queue for another reason (a queue timeout, a full queue), only shows that their patience was longer than
 * their wait. The likelihood is θ^A·e^(−θW) for A abandonments over W seconds waited by everyone, so θ̂ = A/W and the
 * mean patience is W/A. Its 95% interval treats A as a Poisson count over the exposure W (exact, Garwood's
 * chi-squared limits): θ in [χ²(0.025; 2A)/2W, χ²(0.975; 2A+2)/2W].
 */
public final class PatienceFit
{
    private long queued;
    private long abandoned;
    private long answered;
    private long leftOtherwise;
    private long waited;
    private long waitFromField;
    private final Map<Integer, Long> otherCauses = new TreeMap<>();

    /**
     * Count one leg that reached the queueing point.
     *
     * @param leg the leg
     * @param caller true when the caller hung up while waiting (an abandonment)
     */
    void add(final CdrLeg leg, final boolean caller)
    {
        this.queued++;
        long wait;
        if (leg.queueWait() >= 0 && leg.queued() >= 0)
        {
            wait = leg.queueWait();
            this.waitFromField++;
        }
        else
        {
            // no totalWaitTimeInQueue: from arrival to answer, or to the hang-up (ringing included)
            wait = (leg.answered() ? leg.connect() : leg.disconnect()) - leg.origination();
        }
        this.waited += wait;
        if (leg.answered())
        {
            this.answered++;
        }
        else if (caller)
        {
            this.abandoned++;
        }
        else
        {
            this.leftOtherwise++;
            this.otherCauses.merge(leg.origCause(), 1L, Long::sum);
        }
    }

    /**
     * What one group's queue shows.
     *
     * @param queued legs that reached the queueing point
     * @param abandoned of those, the caller hung up unanswered
     * @param answered of those, an agent answered
     * @param leftOtherwise unanswered without the caller hanging up (censored, like the answered)
     * @param otherCauses those by origCause_value
     * @param waited seconds waited by all of them
     * @param waitFromField legs whose wait is CUCM's totalWaitTimeInQueue (the rest: from the timestamps)
     * @param meanPatience W/A, seconds; NaN without an abandonment
     * @param low 95% lower limit of the mean patience, seconds
     * @param high 95% upper limit, seconds; infinite without an abandonment
     */
    public record Estimate(long queued, long abandoned, long answered, long leftOtherwise, Map<Integer, Long> otherCauses,
            long waited, long waitFromField, double meanPatience, double low, double high)
    {
        /** @return whether patience can be written: at least one caller abandoned */
        public boolean fitted()
        {
            return this.abandoned > 0;
        }
    }

    Estimate estimate()
    {
        // CDR times are whole seconds: a queue whose callers all left within the second still waited some time
        double w = Math.max(this.waited, 0.5);
        double a = this.abandoned;
        double high = a > 0 ? 2 * w / new ChiSquaredDistribution(null, 2 * a).inverseCumulativeProbability(0.025)
                : Double.POSITIVE_INFINITY;
        double low = 2 * w / new ChiSquaredDistribution(null, 2 * a + 2).inverseCumulativeProbability(0.975);
        return new Estimate(this.queued, this.abandoned, this.answered, this.leftOtherwise,
                Collections.unmodifiableMap(new TreeMap<>(this.otherCauses)), this.waited, this.waitFromField,
                a > 0 ? w / a : Double.NaN, low, high);
    }
}
