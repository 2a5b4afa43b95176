package forkcast.models.calls;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Transfer at the end of the first agent's talk (F3): a share of calls goes to an agent of group {@code to}. A
 * consult transfer first holds a consult call with that agent ({@code consult} long), which is recorded under
 * selective recording only for {@code recordConsultShare} of them (R32); a blind transfer hands over at once.
 * The second agent then talks for a fresh holding time.
 *
 * @param share share of calls transferred
 * @param to the target agent group
 * @param blind true for blind transfers, false for consult transfers
 * @param consult length of the consult call (consult transfers)
 * @param recordConsultShare under selective recording, share of consult calls the agent records with Record (R32)
 */
@RecordBuilder
public record TransferConfig(double share, String to, boolean blind, DurationDistribution consult,
        double recordConsultShare)
{
    public TransferConfig
    {
        if (!(share >= 0 && share <= 1) || !(recordConsultShare >= 0 && recordConsultShare <= 1))
        {
            throw new IllegalArgumentException("transfer shares must be in [0, 1]");
        }
    }

    /**
     * @return a builder for transfers to agent group {@code to}. Unset settings: every call is transferred, as a
     *         consult transfer with a consult call exponential with mean 40 s, never recorded under selective
     *         recording.
     */
    public static TransferConfigBuilder builder(final String to)
    {
        return TransferConfigBuilder.builder().to(to).share(1).consult(DurationDistribution.exponential(40));
    }
}
