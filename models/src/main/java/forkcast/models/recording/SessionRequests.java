package forkcast.models.recording;

import java.util.List;
import java.util.Map;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.MediaSource;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.TonePlan;
import forkcast.sim.EventAction;
import forkcast.sim.SimContext;

/**
 * Setting a session up: the media source is chosen ({@link MediaSourceChoice}), the near-end and far-end recording
 * calls each hunt the line's route list ({@link RouteHunt}; an INVITE left unanswered advances when its timeout
 * expires, {@link SessionSetUp}), and what the admitted legs count once announced (R6, F4, R24); media flows after
 * the set-up queue's wait and the cluster's set-up delay (F6).
 */
final class SessionRequests
{
    private final SimContext context;
    private final Map<String, RecordingRoute> routeByProfile;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final double setupDelay;
    private final TonePlan tones;
    private final RecordingTrace trace;
    private final RecordingStatistics statistics;
    private final RouteHunt hunt;
    private final ForkedMedia media;
    private final FailureWindows failures;
    private final RequestFailure failure;

    /** Each leg's hunt at the call's connect, begun again for every call; a leg that waits gets its own (keep()). */
    private final SessionSetUp nearSetUp = new SessionSetUp();
    private final SessionSetUp farSetUp = new SessionSetUp();

    /** A set-up's INVITE timeout and a session's media start, kept as fields: no lambda per call to schedule them. */
    private final EventAction<SessionSetUp> inviteTimeout = this::timedOut;
    private final EventAction<RecordingSession> mediaStart = this::startMedia;
    private final EventAction<Copy> copyStart = this::startCopy;

    SessionRequests(final SimContext context, final Map<String, RecordingRoute> routeByProfile, final BhccAccount bhcc,
            final CtiAccount cti, final double setupDelay, final TonePlan tones, final RecordingTrace trace,
            final RecordingStatistics statistics, final RouteHunt hunt, final ForkedMedia media,
            final FailureWindows failures, final RequestFailure failure)
    {
        this.context = context;
        this.routeByProfile = routeByProfile;
        this.bhcc = bhcc;
        this.cti = cti;
        this.setupDelay = setupDelay;
        this.tones = tones;
        this.trace = trace;
        this.statistics = statistics;
        this.hunt = hunt;
        this.media = media;
        this.failures = failures;
        this.failure = failure;
    }

    /** Request a session for the call's leg on its line (R2-R4, F8): choose the media source, hunt both legs. */
    void request(final Call call)
    {
        double now = this.context.now();
        AgentGroup group = call.group();
        this.statistics.requested(call, now);
        this.trace.record(now, call, CallEvent.RECORDING_REQUESTED, group.config().line().profile());
        if (group.config().line().mlpp()
                && group.config().line().busyTrigger() < RecordingOrchestrator.MIN_MLPP_BUSY_TRIGGER)
        {
            this.failure.fail(call, now, RejectReason.MLPP_BUSY_TRIGGER);
            return;
        }
        RecordingRoute route = this.routeByProfile.get(group.config().line().profile());
        MediaSourceSelector.Selection source = MediaSourceChoice.choose(call, route);
        if (source == null)
        {
            this.failure.fail(call, now, RejectReason.NO_MEDIA_SOURCE);
            return;
        }
        CallSessions request = new CallSessions(call, source, MediaSourceChoice.site(call, source),
                MediaSourceChoice.offersEarly(call, source), now);
        // R5, R20: the near-end and the far-end recording calls are two calls; each hunts the route list
        request.hunt(RecordingSession.NEAR_END, this.nearSetUp.begin(request, route, RecordingSession.NEAR_END));
        request.hunt(RecordingSession.FAR_END, this.farSetUp.begin(request, route, RecordingSession.FAR_END));
        call.recording(request);
        Admission near = this.hunt.hunt(request.hunt(RecordingSession.NEAR_END), null, now);
        Admission far = this.hunt.hunt(request.hunt(RecordingSession.FAR_END),
                near instanceof RecordingSession s ? s : null, now);
        answered(request, RecordingSession.NEAR_END, near, now);
        answered(request, RecordingSession.FAR_END, far, now);
        settle(request, now);
    }

    /** A leg's hunt answered: wait for an INVITE's timeout, or note the leg's session or refusal. */
    private void answered(final CallSessions request, final int leg, final Admission answer, final double now)
    {
        SessionSetUp setUp = request.hunt(leg);
        if (answer == null)
        {
            if (setUp == this.nearSetUp || setUp == this.farSetUp)
            {
                setUp = setUp.keep(); // the reused one serves the next call
                request.hunt(leg, setUp);
            }
            double timeout = setUp.waitingOn().timers().inviteTimeout();
            setUp.timeout(this.context.scheduleIn(timeout, this.inviteTimeout, setUp));
        }
        else
        {
            if (answer instanceof RejectReason refused)
            {
                request.refused(leg, refused);
            }
            else
            {
                request.admitted(leg, (RecordingSession) answer);
                // the seconds spent on INVITEs that timed out before a trunk answered are not recorded (half a
                // call each)
                double waited = (now - request.requestedAt()) / Recorder.STREAMS_PER_SESSION;
                this.statistics.lostSeconds().add(now, waited);
                this.statistics.setupLostSeconds().add(now, waited);
                setUp.chargeOutages(now, 1.0 / Recorder.STREAMS_PER_SESSION);
            }
            // the leg's hunt is over: the call's end need not read the set-up again, and it can die young
            request.hunt(leg, null);
        }
    }

    private void timedOut(final SessionSetUp setUp)
    {
        setUp.timeout(null);
        double now = this.context.now();
        CallSessions request = setUp.request();
        // the other leg, set up on a trunk at this same instant, takes this one too when it lands there
        RecordingSession other = request.leg(1 - setUp.leg());
        RecordingSession partner = other != null && other.establishedAt() == now && !other.lost() ? other : null;
        answered(request, setUp.leg(), this.hunt.timedOut(setUp, partner, now), now);
        settle(request, now);
    }

    /**
     * Announce the legs admitted now (the first one establishes the request: R6, F4, R24), start their media after
     * their set-up wait and the cluster's delay, and once both legs have their answer, count a failed, split or half
     * recorded request.
     */
    private void settle(final CallSessions request, final double now)
    {
        Call call = request.call();
        RecordingSession near = fresh(request, RecordingSession.NEAR_END);
        RecordingSession far = fresh(request, RecordingSession.FAR_END);
        RecordingSession second = near != null && far != null && far != near ? far : null;
        if (near != null || far != null)
        {
            RecordingSession first = near != null ? near : far;
            boolean establishes = !request.established();
            if (establishes)
            {
                request.establishedAt(now);
                established(call, first, second, request.source(), now);
            }
            for (int leg = 0; leg < 2; leg++)
            {
                RecordingSession s = leg == 0 ? near : far;
                if (s != null)
                {
                    this.bhcc.recordingCallSetUp(now, call.group()); // R6: each recording call counts, on its line's node
                    this.trace.recordingCall(now, call, leg);
                    request.announce(leg);
                    countCopies(s, now);
                    if (!s.started())
                    {
                        start(call, s, request, now);
                    }
                }
            }
            if (establishes)
            {
                this.tones.recordingStarted(call, request.source().source(), now); // R24, after the recording calls
            }
        }
        if (!request.resolved(RecordingSession.NEAR_END) || !request.resolved(RecordingSession.FAR_END))
        {
            return;
        }
        if (!request.established())
        {
            call.recording(null);
            this.failure.fail(call, now, request.lastRefusal());
        }
        else if (request.halfRecorded())
        {
            this.statistics.halfRecorded().increment(now);
        }
        else if (request.split())
        {
            this.statistics.split().increment(now);
        }
    }

    /**
     * R10: a leg set up counts its copies, and through CUBE each recorder of the fork that has no copy of it (refused
     * at the first leg, which the second joins) as a failed copy, so that established and failed copies add up to
     * the fork's recorders for every leg set up. A leg's copy is half a copy of the call.
     */
    private void countCopies(final RecordingSession leg, final double now)
    {
        int copies = leg.copies().length;
        this.statistics.copiesEstablished().add(now, (double) copies / Recorder.STREAMS_PER_SESSION);
        if (leg.cube() != null)
        {
            leg.cube().legSetUp(now, copies);
            List<Recorder> fork = leg.cube().forkTo();
            for (int i = 0; i < fork.size(); i++) // by index: no iterator on the event path
            {
                fork.get(i).forked(now, 1.0 / Recorder.STREAMS_PER_SESSION, !copiedTo(leg, fork.get(i)));
            }
            if (copies < fork.size())
            {
                this.statistics.copiesFailed().add(now, (double) (fork.size() - copies) / Recorder.STREAMS_PER_SESSION);
            }
        }
    }

    /** @return whether {@code leg} has a copy on {@code recorder} */
    private static boolean copiedTo(final RecordingSession leg, final Recorder recorder)
    {
        for (Copy copy : leg.copies())
        {
            if (copy.recorder() == recorder)
            {
                return true;
            }
        }
        return false;
    }

    /** @return the leg's session when the leg was admitted and not announced yet, else null */
    private static RecordingSession fresh(final CallSessions request, final int leg)
    {
        RecordingSession s = request.leg(leg);
        return s != null && !request.announced(leg) ? s : null;
    }

    /**
     * F6: media flows once the set-up queue has taken the recording calls up, after the cluster's set-up delay; R10: a
     * late copy's media once its own recorder's queue has (one event per late copy, after the session's).
     */
    private void start(final Call call, final RecordingSession session, final CallSessions request, final double now)
    {
        session.sourceGateway(MediaSourceChoice.gateway(call, request.source()));
        session.establishedAt(now);
        this.failures.sessionEstablished(session);
        session.mediaStart(this.context.scheduleIn(session.setupWait() + this.setupDelay, this.mediaStart, session));
        for (Copy copy : session.copies())
        {
            if (copy.isLate())
            {
                double in = copy.setupWait() + this.setupDelay; // summed as the session's, so never before it
                copy.start(this.context.scheduleIn(in, this.copyStart, copy), now + in);
            }
        }
    }

    /** R6, F4: what an established request counts. */
    private void established(final Call call, final RecordingSession first, final RecordingSession second,
            final MediaSourceSelector.Selection source, final double now)
    {
        this.statistics.established().increment(now);
        this.statistics.establishedOn(call, call.source().group(), now);
        (source.source() == MediaSource.PHONE ? this.statistics.phoneSourced() : this.statistics.gatewaySourced())
                .increment(now);
        if (source.fallback())
        {
            this.statistics.fallback().increment(now);
            this.statistics.fallbackStep(source.step()).increment(now);
        }
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingStarted(now);
        }
        this.trace.established(now, call, first, second, source);
    }

    /**
     * R10: a late copy's recorder answered: its reserved streams and its media start. Its session records: the copy's
     * start comes after the session's, and a cut or the session's end cancels it.
     */
    private void startCopy(final Copy copy)
    {
        RecordingSession session = copy.session();
        if (!session.recording())
        {
            throw new IllegalStateException("a late copy of call " + session.call().id() + " started while its session"
                    + " was " + session.phase());
        }
        double now = this.context.now();
        copy.started();
        copy.recorder().start(now, session.streams());
        this.media.startCopy(session, copy, now);
        this.trace.copyStarted(now, session, copy);
    }

    /** F6: the session's media starts flowing, unless every copy was cut meanwhile. */
    private void startMedia(final RecordingSession session)
    {
        session.mediaStart(null);
        if (session.lost())
        {
            return; // every copy was cut before media flowed
        }
        session.become(SessionPhase.RECORDING);
        double now = this.context.now();
        session.mediaStarted(now);
        this.media.start(session, now);
        this.trace.atRecorders(now, session, CallEvent.MEDIA_STARTED);
    }
}
