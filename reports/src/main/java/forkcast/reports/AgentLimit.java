package forkcast.reports;

import forkcast.models.metrics.CallMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.MetricSummary;

/**
 * Calls refused for want of a free agent (docs/answer.md). Recording is sized for the agents the scenario gives, which
 * is right, but the bill is then for the calls they take: with more agents the refused calls are taken and recorded,
 * and every recording line grows. The headline and the bill's confirmation say so wherever agents refused calls.
 *
 * @param agents the agents of every group of the scenario
 * @param refusedShare calls refused for want of a free agent ÷ calls offered, means over replications; 0 where none
 */
public record AgentLimit(int agents, double refusedShare)
{
    /** @return the agents' limit in a run of {@code agents} agents */
    public static AgentLimit of(final ExperimentResults results, final int agents)
    {
        double offered = mean(results, CallMetrics.OFFERED.total().of());
        double refused = mean(results, CallMetrics.BLOCKED_AT_AGENTS.total().of());
        return new AgentLimit(agents, offered > 0 ? refused / offered : 0);
    }

    /** @return true when agents refused calls, so that the bill is for the calls they take */
    public boolean refused()
    {
        return this.refusedShare > 0;
    }

    /** @return what the bill is for: "the bill is for the calls the 400 agents take" */
    public String billFor()
    {
        return "the bill is for the calls the " + this.agents + (this.agents == 1 ? " agent takes" : " agents take");
    }

    /**
     * @return in a sentence, the share refused and what the bill is for: "5.1% of calls were refused for want of a free
     *         agent: the bill is for the calls the 400 agents take, and more agents mean more recording load."; empty
     *         where no call was refused for want of one
     */
    public String note()
    {
        return !refused() ? "" : Numbers.percent(this.refusedShare) + " of calls were refused for want of a free agent: "
                + billFor() + ", and more agents mean more recording load.";
    }

    private static double mean(final ExperimentResults results, final Metric metric)
    {
        if (!results.summaries().containsKey(metric.name()))
        {
            return 0;
        }
        MetricSummary s = results.summary(metric.name());
        return s.mean() == null ? 0 : s.mean();
    }
}
