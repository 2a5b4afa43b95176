package forkcast.models.calls;

import forkcast.models.media.Codec;
import forkcast.models.recording.RecordingSession;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One call from arrival to release: its draws (codec, secure, holding time, patience), where it is in its life, and
 * what it holds. Mutable, owned by the call control of one replication.
 */
public final class Call
{
    /** Where a call is in its life. */
    public enum State
    {
        ARRIVED, QUEUED, CONNECTED, RELEASED, BLOCKED, ABANDONED
    }

    private final long id;
    private final TrafficSource source;
    private final Codec codec;
    private final boolean secure;
    private final double holdingTime;
    private final double patience;
    private State state = State.ARRIVED;
    private double connectedAt;
    private SimEventInterface<Double> patienceTimer;
    private RecordingSession recordingSession;

    public Call(final long id, final TrafficSource source, final Codec codec, final boolean secure,
            final double holdingTime, final double patience)
    {
        this.id = id;
        this.source = source;
        this.codec = codec;
        this.secure = secure;
        this.holdingTime = holdingTime;
        this.patience = patience;
    }

    public long id()
    {
        return this.id;
    }

    public TrafficSource source()
    {
        return this.source;
    }

    public AgentGroup group()
    {
        return this.source.group();
    }

    public Codec codec()
    {
        return this.codec;
    }

    public boolean secure()
    {
        return this.secure;
    }

    public double holdingTime()
    {
        return this.holdingTime;
    }

    public double patience()
    {
        return this.patience;
    }

    public State state()
    {
        return this.state;
    }

    public void state(final State newState)
    {
        this.state = newState;
    }

    public double connectedAt()
    {
        return this.connectedAt;
    }

    public void connectedAt(final double time)
    {
        this.connectedAt = time;
    }

    public SimEventInterface<Double> patienceTimer()
    {
        return this.patienceTimer;
    }

    public void patienceTimer(final SimEventInterface<Double> timer)
    {
        this.patienceTimer = timer;
    }

    /** @return the recording session of this call, null when none */
    public RecordingSession recordingSession()
    {
        return this.recordingSession;
    }

    public void recordingSession(final RecordingSession session)
    {
        this.recordingSession = session;
    }
}
