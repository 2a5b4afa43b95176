package forkcast.models.recording;

/**
 * What the copies of one recording session say together (a single copy straight to a recorder, one per forked
 * recorder through CUBE, R10): how many still record, how many record the session whole (R13), what they missed, and
 * what they hold at their recorders and at CUBE.
 *
 * <p>Functions of the session's own array rather than an object of their own, so that a session costs no object more
 * than its copies (docs/performance.md counts a recorded call's objects).
 */
final class SessionCopies
{
    private SessionCopies()
    {
    }

    /** @return copies not cut */
    static int live(final Copy[] copies)
    {
        int live = 0;
        for (Copy c : copies)
        {
            live += c.cut() ? 0 : 1;
        }
        return live;
    }

    /** @return copies whose media flows now: neither cut nor waiting for their recorder's answer (R10) */
    static int flowing(final Copy[] copies)
    {
        int flowing = 0;
        for (Copy c : copies)
        {
            flowing += c.flowing() ? 1 : 0;
        }
        return flowing;
    }

    /** @return copies that record their session from its start: neither cut nor late (R10, R13) */
    static int complete(final Copy[] copies)
    {
        int complete = 0;
        for (Copy c : copies)
        {
            complete += c.complete() ? 1 : 0;
        }
        return complete;
    }

    /**
     * @param mediaStartedAt when the session's media started flowing (NaN if it never did)
     * @param streams recording calls the session holds: 2 for both legs, 1 for one
     * @return the recorded seconds the cut copies missed from their cut until {@code now}, each also counted against
     *         the failure window that cut it, and the seconds of the session's media the late copies missed before
     *         their recorders answered (R10)
     */
    static double lostSeconds(final Copy[] copies, final double mediaStartedAt, final double now, final int streams)
    {
        double lost = 0;
        for (Copy c : copies)
        {
            // a leg is half of the call's recording
            lost += c.lateSeconds(mediaStartedAt, now) * streams / Recorder.STREAMS_PER_SESSION;
            if (c.cut())
            {
                // a leg is half of the call's recording
                double seconds = (now - c.cutAt()) * streams / Recorder.STREAMS_PER_SESSION;
                lost += seconds;
                if (c.outage() != null)
                {
                    c.outage().lost(now, seconds);
                }
            }
        }
        return lost;
    }

    /**
     * Give back what each live copy holds: its recorder streams (reserved for a late copy) and, through CUBE
     * ({@code cube}, or null), its forked pair of CUBE sessions.
     */
    static void giveBack(final Copy[] copies, final double now, final int streams, final CubeMediaProxy cube)
    {
        for (Copy copy : copies)
        {
            if (!copy.cut())
            {
                copy.release(now, streams);
                if (cube != null)
                {
                    cube.release(now, streams);
                }
            }
        }
    }

    /** Append each copy's recorder to a trace's description. */
    static void describe(final Copy[] copies, final StringBuilder s)
    {
        for (Copy c : copies)
        {
            s.append(' ').append(c.recorder().config().id());
        }
    }
}
