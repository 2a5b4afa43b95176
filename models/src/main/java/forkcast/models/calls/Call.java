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
    private final boolean selected;
    private final double selectiveDelay;
    private State state = State.ARRIVED;
    private boolean recordable;
    private SimEventInterface<Double> recordingTimer;
    private double connectedAt;
    private SimEventInterface<Double> patienceTimer;
    private RecordingSession recordingSession;

    /**
     * @param selected for a selectively recorded line: whether recording will be started for this call
     * @param selectiveDelay for a selectively recorded line: seconds from connect to the start request
     */
    public Call(final long id, final TrafficSource source, final Codec codec, final boolean secure,
            final double holdingTime, final double patience, final boolean selected, final double selectiveDelay)
    {
        this.selected = selected;
        this.selectiveDelay = selectiveDelay;
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

    /** @return whether selective recording will be started for this call (R3, R4) */
    public boolean selected()
    {
        return this.selected;
    }

    public double selectiveDelay()
    {
        return this.selectiveDelay;
    }

    /** @return whether the call counts toward coverage: it is meant to be recorded */
    public boolean recordable()
    {
        return this.recordable;
    }

    public void recordable(final boolean meantToBeRecorded)
    {
        this.recordable = meantToBeRecorded;
    }

    /** @return the pending selective start, or null */
    public SimEventInterface<Double> recordingTimer()
    {
        return this.recordingTimer;
    }

    public void recordingTimer(final SimEventInterface<Double> timer)
    {
        this.recordingTimer = timer;
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
