package forkcast.models.calls;

import java.util.ArrayDeque;

import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * Agents with the same phones and lines. A call takes a free agent at once; when all are busy it waits in the group's
 * FIFO queue until an agent frees up or its patience runs out (abandoned), or, when the group has no queue, it is
 * blocked.
 */
public final class AgentGroup
{
    private final AgentGroupConfig config;
    private final int siteIndex;
    private final boolean builtInBridge;
    private final boolean authenticatedPhoneRecording;
    private final ArrayDeque<Call> queue = new ArrayDeque<>();
    private final ExactLevel busy;
    private final ExactLevel waiting;
    private final IntervalCounter answered;
    private final LineFigures[] lines = new LineFigures[RecordingOption.values().length];

    /**
     * @param config the group
     * @param siteIndex index of its site
     * @param clusterBuiltInBridge the cluster's BIB default (R22)
     * @param authenticatedPhoneRecording the cluster allows recording authenticated phones (R33)
     */
    public AgentGroup(final AgentGroupConfig config, final int siteIndex, final boolean clusterBuiltInBridge,
            final boolean authenticatedPhoneRecording, final MeasurementWindow window)
    {
        this.authenticatedPhoneRecording = authenticatedPhoneRecording;
        this.config = config;
        this.siteIndex = siteIndex;
        this.builtInBridge = config.phone().builtInBridge().effective(clusterBuiltInBridge);
        this.busy = ExactLevel.counting(window);
        this.waiting = ExactLevel.counting(window);
        this.answered = new IntervalCounter(window);
        for (int i = 0; i < this.lines.length; i++)
        {
            this.lines[i] = new LineFigures(window);
        }
    }

    /** @return true when an agent was free and is now busy with the call */
    public boolean seizeAgent(final double now)
    {
        if (this.busy.units() >= this.config.agents())
        {
            return false;
        }
        this.busy.add(now, +1);
        return true;
    }

    public void releaseAgent(final double now)
    {
        if (this.busy.units() == 0)
        {
            throw new IllegalStateException("agent group " + this.config.id() + " released an idle agent at t=" + now);
        }
        this.busy.add(now, -1);
    }

    /** @return true when the group queues calls that find every agent busy */
    public boolean hasQueue()
    {
        return this.config.patience() != null;
    }

    public void enqueue(final double now, final Call call)
    {
        this.queue.addLast(call);
        this.waiting.add(now, +1);
    }

    /** The call left the queue (answered or abandoned); it stays in the deque until polled past. */
    public void leftQueue(final double now)
    {
        this.waiting.add(now, -1);
    }

    /** @return the longest-waiting call still queued, removed from the queue; null when none */
    public Call pollWaiting()
    {
        Call call;
        while ((call = this.queue.pollFirst()) != null)
        {
            if (call.state() == Call.State.QUEUED)
            {
                return call;
            }
        }
        return null;
    }

    /** @return calls waiting in the queue now */
    public int waitingCalls()
    {
        return (int) this.waiting.units();
    }

    public AgentGroupConfig config()
    {
        return this.config;
    }

    public int siteIndex()
    {
        return this.siteIndex;
    }

    /** @return whether the group's phones have the built-in bridge on (R22) */
    public boolean builtInBridge()
    {
        return this.builtInBridge;
    }

    /**
     * Whether the agents' phones can be the media source of a call recorded on {@code recorder}: the built-in bridge
     * must be on and "MTP required" off (R22); an authenticated phone needs the cluster to allow it, and then a
     * secure recorder must support SRTP fallback (R33).
     */
    public boolean phoneCanFork(final boolean recorderSecure, final boolean recorderSrtpFallback)
    {
        PhoneConfig phone = this.config.phone();
        if (!this.builtInBridge || phone.mtpRequired())
        {
            return false;
        }
        if (phone.authenticated())
        {
            return this.authenticatedPhoneRecording && (!recorderSecure || recorderSrtpFallback);
        }
        return true;
    }

    public TimeWeightedLevel busy()
    {
        return this.busy.level();
    }

    public TimeWeightedLevel waiting()
    {
        return this.waiting.level();
    }

    /** @return calls of the group's traffic that an agent of the group answered (not consults or other legs) */
    public IntervalCounter answered()
    {
        return this.answered;
    }

    /** @return what the group's lines of recording option {@code option} carried (the breakdowns) */
    public LineFigures lines(final RecordingOption option)
    {
        return this.lines[option.ordinal()];
    }

    /** Integrate the group's levels and its lines' (the breakdowns) to the end of the window; call once at the end. */
    public void close()
    {
        this.busy.close();
        this.waiting.close();
        for (LineFigures l : this.lines)
        {
            l.close();
        }
    }
}
