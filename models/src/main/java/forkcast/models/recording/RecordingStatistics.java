package forkcast.models.recording;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.RecordingOption;
import forkcast.sim.stats.ExactLevel;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.TimeWeightedLevel;

/** What the recording function counts: sessions by outcome, rejections by reason, sources, copies, recorded media. */
public final class RecordingStatistics
{
    private final IntervalCounter requested;
    private final IntervalCounter established;
    private final IntervalCounter failed;
    private final Map<RejectReason, IntervalCounter> failedBy = new EnumMap<>(RejectReason.class);
    private final Map<RejectReason, IntervalCounter> rejectedBy = new EnumMap<>(RejectReason.class);
    private final IntervalCounter routeAdvances;
    private final IntervalCounter phoneSourced;
    private final IntervalCounter gatewaySourced;
    private final IntervalCounter fallback;
    private final IntervalCounter[] fallbackStep = new IntervalCounter[2];
    private final IntervalCounter copiesEstablished;
    private final IntervalCounter copiesFailed;
    private final IntervalCounter copiesCut;
    private final IntervalCounter sessionsEnded;
    private final IntervalCounter sessionsRedundant;
    private final IntervalCounter lostSeconds;
    private final IntervalCounter setupLostSeconds;
    private final IntervalCounter split;
    private final IntervalCounter halfRecorded;
    private final IntervalCounter splitSeconds;
    private final IntervalCounter halfRecordedSeconds;
    /** Kept in legs (recording calls), {@link Recorder#STREAMS_PER_SESSION} to a fully recorded call. */
    private final ExactLevel recordedCalls;
    /** In millibits per second. */
    private final ExactLevel forkBitsPerSecond;
    /** In millibits per second: the streams as their sources send them, once per session. */
    private final ExactLevel sourceForkBitsPerSecond;
    private final Map<AgentGroup, IntervalCounter> establishedOnLine = new IdentityHashMap<>();
    private final Map<AgentGroup, IntervalCounter> establishedForCalls = new IdentityHashMap<>();
    private final Map<AgentGroup, GroupTally[]> tallies = new IdentityHashMap<>();

    /** @param groups the agent groups whose sessions are counted per line and per answered call */
    RecordingStatistics(final MeasurementWindow window, final List<AgentGroup> groups)
    {
        for (AgentGroup g : groups)
        {
            this.establishedOnLine.put(g, new IntervalCounter(window));
            this.establishedForCalls.put(g, new IntervalCounter(window));
            GroupTally[] byOption = new GroupTally[RecordingOption.values().length];
            for (int i = 0; i < byOption.length; i++)
            {
                byOption[i] = new GroupTally(window);
            }
            this.tallies.put(g, byOption);
        }
        this.requested = new IntervalCounter(window);
        this.established = new IntervalCounter(window);
        this.failed = new IntervalCounter(window);
        for (RejectReason reason : RejectReason.values())
        {
            this.failedBy.put(reason, new IntervalCounter(window));
            this.rejectedBy.put(reason, new IntervalCounter(window));
        }
        this.routeAdvances = new IntervalCounter(window);
        this.phoneSourced = new IntervalCounter(window);
        this.gatewaySourced = new IntervalCounter(window);
        this.fallback = new IntervalCounter(window);
        for (int i = 0; i < this.fallbackStep.length; i++)
        {
            this.fallbackStep[i] = new IntervalCounter(window);
        }
        this.copiesEstablished = new IntervalCounter(window);
        this.copiesFailed = new IntervalCounter(window);
        this.copiesCut = new IntervalCounter(window);
        this.sessionsEnded = new IntervalCounter(window);
        this.sessionsRedundant = new IntervalCounter(window);
        this.lostSeconds = new IntervalCounter(window);
        this.setupLostSeconds = new IntervalCounter(window);
        this.split = new IntervalCounter(window);
        this.halfRecorded = new IntervalCounter(window);
        this.splitSeconds = new IntervalCounter(window);
        this.halfRecordedSeconds = new IntervalCounter(window);
        this.recordedCalls = new ExactLevel(window, Recorder.STREAMS_PER_SESSION);
        this.forkBitsPerSecond = new ExactLevel(window, 1000);
        this.sourceForkBitsPerSecond = new ExactLevel(window, 1000);
    }

    /**
     * A session was requested for {@code leg}. The breakdowns count a session in the group and recording option of
     * the leg's line when each event happens (a transfer moves a call's later events to the new group).
     */
    void requested(final Call leg, final double now)
    {
        this.requested.increment(now);
        tally(leg).requested(now);
    }

    /** A session of {@code leg} failed for {@code reason} (after route advance, the last trunk's). */
    void failed(final Call leg, final double now, final RejectReason reason)
    {
        this.failed.increment(now);
        this.failedBy.get(reason).increment(now);
        tally(leg).failed(now, reason);
    }

    /** @return the tally of the leg's line now: its group and recording option */
    private GroupTally tally(final Call leg)
    {
        return this.tallies.get(leg.group())[leg.recordingOption().ordinal()];
    }

    /** @return the sessions of {@code group}'s lines of recording option {@code option} */
    public GroupTally tally(final AgentGroup group, final RecordingOption option)
    {
        return this.tallies.get(group)[option.ordinal()];
    }

    /** F8: a session was established for {@code leg} (on its line) for a call answered by {@code answering}. */
    void establishedOn(final Call leg, final AgentGroup answering, final double now)
    {
        AgentGroup line = leg.group();
        tally(leg).established(now);
        this.establishedOnLine.get(line).increment(now);
        this.establishedForCalls.get(answering).increment(now);
    }

    /** @return sessions established on the lines of {@code group} (any call's leg there) */
    public IntervalCounter establishedOnLines(final AgentGroup group)
    {
        return this.establishedOnLine.get(group);
    }

    /**
     * @return sessions established, on any line, for the calls {@code group} answered (the calls of traffic offered to
     *         it: their own, their calling agents', consults', transferred and conferenced legs)
     */
    public IntervalCounter establishedForCallsOf(final AgentGroup group)
    {
        return this.establishedForCalls.get(group);
    }

    public IntervalCounter requested()
    {
        return this.requested;
    }

    public IntervalCounter established()
    {
        return this.established;
    }

    public IntervalCounter failed()
    {
        return this.failed;
    }

    /** @return sessions that failed for {@code reason} (the last trunk's rejection after route advance) */
    public IntervalCounter failed(final RejectReason reason)
    {
        return this.failedBy.get(reason);
    }

    /** @return attempts a trunk or its destination rejected for {@code reason}, route advance included (R20) */
    public IntervalCounter rejected(final RejectReason reason)
    {
        return this.rejectedBy.get(reason);
    }

    public IntervalCounter routeAdvances()
    {
        return this.routeAdvances;
    }

    /** @return established sessions forked by the phone */
    public IntervalCounter phoneSourced()
    {
        return this.phoneSourced;
    }

    /** @return established sessions forked by a gateway */
    public IntervalCounter gatewaySourced()
    {
        return this.gatewaySourced;
    }

    /** @return established sessions whose source was a fallback (R15) */
    public IntervalCounter fallback()
    {
        return this.fallback;
    }

    /** @return established sessions that fell back {@code step} places (1 or 2) down Table 2's order */
    public IntervalCounter fallbackStep(final int step)
    {
        return this.fallbackStep[step - 1];
    }

    /** @return copies admitted by recorders (one per direct session, one per forked recorder through CUBE) */
    public IntervalCounter copiesEstablished()
    {
        return this.copiesEstablished;
    }

    /** @return copies a forked recorder refused while the session itself stood */
    public IntervalCounter copiesFailed()
    {
        return this.copiesFailed;
    }

    /** @return copies cut by failures */
    public IntervalCounter copiesCut()
    {
        return this.copiesCut;
    }

    /** @return sessions ended (at call release, hold, consult or transfer) */
    public IntervalCounter sessionsEnded()
    {
        return this.sessionsEnded;
    }

    /** @return ended sessions that had at least two complete copies (R13) */
    public IntervalCounter sessionsRedundant()
    {
        return this.sessionsRedundant;
    }

    /**
     * @return recorded seconds lost by cut copies (counted when their session ends) and by sessions waiting to be set
     *         up: on INVITEs that timed out before a later trunk answered, and in set-up queues
     */
    public IntervalCounter lostSeconds()
    {
        return this.lostSeconds;
    }

    /** @return requests whose two legs were set up on different trunks (R5, R20: each leg hunts on its own) */
    public IntervalCounter split()
    {
        return this.split;
    }

    /** @return requests with one leg recorded and the other failed */
    public IntervalCounter halfRecorded()
    {
        return this.halfRecorded;
    }

    /** @return call-seconds recorded split over two trunks, counted when the recording ends */
    public IntervalCounter splitSeconds()
    {
        return this.splitSeconds;
    }

    /** @return call-seconds with only one leg recorded, counted when the recording ends */
    public IntervalCounter halfRecordedSeconds()
    {
        return this.halfRecordedSeconds;
    }

    /** @return the part of {@link #lostSeconds()} lost while sessions waited to be set up (F6, failover) */
    public IntervalCounter setupLostSeconds()
    {
        return this.setupLostSeconds;
    }

    /** Legs whose media flows start (+n) or stop (-n); a call counts as recorded by halves, one per leg. */
    void recordedLegs(final double now, final int signedLegs)
    {
        this.recordedCalls.add(now, signedLegs);
    }

    /** Forked media starts or stops (a negative rate), in millibits per second. */
    void forked(final double now, final long milliBps)
    {
        this.forkBitsPerSecond.add(now, milliBps);
    }

    /** Media a session's source (phone or gateway) sends starts or stops (a negative rate), in millibits per second. */
    void sourceForked(final double now, final long milliBps)
    {
        this.sourceForkBitsPerSecond.add(now, milliBps);
    }

    /** @return calls whose recorded media is flowing to at least one recorder */
    public TimeWeightedLevel recordedCalls()
    {
        return this.recordedCalls.level();
    }

    /** @return all recording streams as received by recorders and CUBEs */
    public TimeWeightedLevel forkBitsPerSecond()
    {
        return this.forkBitsPerSecond.level();
    }

    /**
     * @return the recording streams as the sessions' sources (phones' built-in bridges, gateways) send them: once per
     *     session, to its recorder or to its CUBE, however many copies the CUBE makes
     */
    public TimeWeightedLevel sourceForkBitsPerSecond()
    {
        return this.sourceForkBitsPerSecond.level();
    }

    void close()
    {
        this.recordedCalls.close();
        this.forkBitsPerSecond.close();
        this.sourceForkBitsPerSecond.close();
    }
}
