package forkcast.models.calls;

import forkcast.models.media.Codec;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One call from arrival to release: its draws ({@link CallDraws}: secure, holding time, patience, features, ...) and
 * its codec, where it is in its life, who handles it now and what it holds. A consult call (F3) is a call too, between two agents, with no gateway.
 *
 * <p>Each end of a call that is an agent's line is a <em>leg</em> of its own here ({@link CallLegs}: how legs are made
 * and told apart in the trace), because each recorded line records by its own configuration (F8). Mutable, owned by
 * the call control of one replication.
 */
public final class Call extends CallDraws
{
    /**
     * Where a call is in its life. A call arrives; it is blocked (no gateway channel, or no agent and no queue),
     * queues, or connects; a queued call connects or is abandoned; a connected call is held and resumed, consults (for
     * a transfer or a conference) and is connected again after it, or is released. Blocked, abandoned and released
     * are final. The model releases a call only while it is connected (a hold and a consult end before the talk).
     */
    public enum State
    {
        ARRIVED, QUEUED, CONNECTED, HELD, CONSULTING, RELEASED, BLOCKED, ABANDONED;

        /** @return whether a call may step from this state to {@code next} */
        public boolean canBecome(final State next)
        {
            return switch (this)
            {
                case ARRIVED -> next == QUEUED || next == CONNECTED || next == BLOCKED;
                case QUEUED -> next == CONNECTED || next == ABANDONED || next == BLOCKED; // F7: CAC refuses at answer
                case CONNECTED -> next == HELD || next == CONSULTING || next == RELEASED;
                case HELD, CONSULTING -> next == CONNECTED;
                case RELEASED, BLOCKED, ABANDONED -> false;
            };
        }
    }

    private double stopAfter = Double.NaN;
    private Codec codec;
    private AgentGroup group;
    private Call peer;
    private Call colleague;
    private boolean countedRecordable;
    private LineFigures countedIn;
    private State state = State.ARRIVED;
    private boolean recordable;
    private boolean bridgeIsFarEnd;
    private boolean wasRecording;
    private SimEventInterface<Double> patienceTimer;
    private SimEventInterface<Double> recordingTimer;
    private CallRecording recording;
    /** F7: the locations-CAC deduction the call holds (between two sites), none while {@code cacFromSite < 0}. */
    private int cacFromSite = -1;
    private int cacToSite;
    private int cacBitsPerSecond;

    /**
     * @param selected for a selectively recorded line: whether recording will be started for this call
     * @param selectiveDelay for a selectively recorded line: seconds from connect to the start request
     */
    public Call(final long id, final TrafficSource source, final Codec codec, final boolean secure,
            final double holdingTime, final double patience, final boolean selected, final double selectiveDelay,
            final CallFeatures features, final boolean monitored)
    {
        super(id, source, secure, holdingTime, patience, selected, selectiveDelay, features, monitored);
        this.codec = codec;
        this.group = source.group();
    }

    /** A leg of {@code parent} on another agent's line, made by {@link CallLegs} (F3, F8). */
    Call(final long id, final Call parent, final AgentGroup group, final boolean recorded, final boolean consultCall)
    {
        super(id, parent, recorded, consultCall);
        this.codec = parent.codec;
        this.group = group;
    }

    /**
     * @return how this leg's line records (R1): its group's option, except that in an automatically recorded group
     *         with {@code selective}, a call drawn for its selective share is on a selectively recorded line while it
     *         stays in that group (R3, R4)
     */
    public RecordingOption recordingOption()
    {
        return this.selectiveLine && this.group == source().group() ? RecordingOption.SELECTIVE
                : this.group.config().line().recording();
    }

    /** @return the agent group handling the call now (it changes with a transfer) */
    public AgentGroup group()
    {
        return this.group;
    }

    public void group(final AgentGroup handling)
    {
        this.group = handling;
    }

    public Codec codec()
    {
        return this.codec;
    }

    /** R34: the codec changes when a conference renegotiates it. */
    public void codec(final Codec negotiated)
    {
        this.codec = negotiated;
    }

    /** @return seconds from the selective start to a stop request; NaN when the recording is not stopped early */
    public double stopAfter()
    {
        return this.stopAfter;
    }

    public void stopAfter(final double seconds)
    {
        this.stopAfter = seconds;
    }

    /** @return whether the call counts toward coverage now: it is meant to be recorded */
    public boolean recordable()
    {
        return this.recordable;
    }

    public void recordable(final boolean meantToBeRecorded)
    {
        this.recordable = meantToBeRecorded;
    }

    /** @return whether the leg counts toward coverage's base right now (call control keeps this count) */
    public boolean countedRecordable()
    {
        return this.countedRecordable;
    }

    public void countedRecordable(final boolean counted)
    {
        this.countedRecordable = counted;
    }

    /** @return the lines in whose coverage base the leg was last counted (its group's and option's then), or null */
    public LineFigures countedIn()
    {
        return this.countedIn;
    }

    public void countedIn(final LineFigures lines)
    {
        this.countedIn = lines;
    }

    /** @return the calling agent's leg of an internal call between two agent groups, or null (F8) */
    public Call peer()
    {
        return this.peer;
    }

    public void peer(final Call callingLeg)
    {
        this.peer = callingLeg;
    }

    /** @return the conference colleague's leg once the call is a conference, or null (F8) */
    public Call colleague()
    {
        return this.colleague;
    }

    public void colleague(final Call colleagueLeg)
    {
        this.colleague = colleagueLeg;
    }

    /** @return whether a recording session was running when the last hold, consult or transfer ended it */
    public boolean wasRecording()
    {
        return this.wasRecording;
    }

    public void wasRecording(final boolean recording)
    {
        this.wasRecording = recording;
    }

    /** @return true once a conference bridge is the call's far end (F3) */
    public boolean bridgeIsFarEnd()
    {
        return this.bridgeIsFarEnd;
    }

    public void bridgeIsFarEnd(final boolean bridge)
    {
        this.bridgeIsFarEnd = bridge;
    }

    public State state()
    {
        return this.state;
    }

    /**
     * The call steps to {@code next}; the call is the only owner of its state.
     * @throws IllegalStateException when the step is not in a call's life (a bookkeeping error that fails the run)
     */
    public void become(final State next)
    {
        if (!this.state.canBecome(next))
        {
            throw new IllegalStateException("call " + id() + " cannot go from " + this.state + " to " + next);
        }
        this.state = next;
    }

    public SimEventInterface<Double> patienceTimer()
    {
        return this.patienceTimer;
    }

    public void patienceTimer(final SimEventInterface<Double> timer)
    {
        this.patienceTimer = timer;
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

    /** @return the call's running recording session, null when none */
    public CallRecording recording()
    {
        return this.recording;
    }

    public void recording(final CallRecording session)
    {
        this.recording = session;
    }

    /** F7: the call now holds a locations-CAC deduction of {@code bitsPerSecond} between two sites. */
    public void cacHeld(final int fromSite, final int toSite, final int bitsPerSecond)
    {
        this.cacFromSite = fromSite;
        this.cacToSite = toSite;
        this.cacBitsPerSecond = bitsPerSecond;
    }

    /** F7: the call gave its locations-CAC deduction back. */
    public void cacReleased()
    {
        this.cacFromSite = -1;
    }

    /** @return whether the call holds a locations-CAC deduction */
    public boolean holdsCac()
    {
        return this.cacFromSite >= 0;
    }

    public int cacFromSite()
    {
        return this.cacFromSite;
    }

    public int cacToSite()
    {
        return this.cacToSite;
    }

    public int cacBitsPerSecond()
    {
        return this.cacBitsPerSecond;
    }
}
