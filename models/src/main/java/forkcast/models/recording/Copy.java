package forkcast.models.recording;

/**
 * One copy of a recording session at one recorder: the only one for a session to a recorder, one per forked
 * recorder through CUBE. A failure on its path cuts it; what it misses until the call ends is lost.
 */
public final class Copy
{
    private final Recorder recorder;
    private boolean cut;
    private double cutAt;

    public Copy(final Recorder recorder)
    {
        this.recorder = recorder;
    }

    public Recorder recorder()
    {
        return this.recorder;
    }

    public boolean cut()
    {
        return this.cut;
    }

    public double cutAt()
    {
        return this.cutAt;
    }

    public void cut(final double now)
    {
        this.cut = true;
        this.cutAt = now;
    }
}
