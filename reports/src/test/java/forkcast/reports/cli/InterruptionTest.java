package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one line an interrupted command says: only what is true of its outputs and of what --resume can reuse. */
class InterruptionTest
{
    @Test
    void aRunOrComparisonSaysNothingWasWritten()
    {
        assertEquals("interrupted: nothing written", Interruption.message(false, false, 3, 10));
    }

    @Test
    void aSweepSaysHowManyReplicationsAreKeptOfAllAndHowToContinue()
    {
        assertEquals("interrupted: 7 of 40 replications done and kept, nothing written; run the same command with"
                + " --resume to continue", Interruption.message(true, false, 7, 40));
    }

    @Test
    void aSizingWhoseTotalIsAnEstimateGivesOnlyWhatIsDone()
    {
        assertEquals("interrupted: 1 replication done and kept, nothing written; run the same command with --resume"
                + " to continue", Interruption.message(true, false, 1, -1));
        assertEquals("interrupted: 12 replications done and kept, nothing written; run the same command with"
                + " --resume to continue", Interruption.message(true, false, 12, -1));
    }

    @Test
    void aBatchWithNothingDoneHasNothingToResume()
    {
        assertEquals("interrupted: nothing written", Interruption.message(true, false, 0, 40));
    }

    @Test
    void anInterruptionAfterPublishingSaysTheOutputsWereWritten()
    {
        assertEquals("interrupted after the outputs were written", Interruption.message(false, true, 10, 10));
        assertEquals("interrupted after the outputs were written", Interruption.message(true, true, 40, 40));
    }
}
