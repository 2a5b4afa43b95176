package forkcast.models.recording;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import forkcast.models.calls.AgentGroup;
import forkcast.models.calls.Call;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CallTrace;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.cucm.BhccAccount;
import forkcast.models.cucm.CtiAccount;
import forkcast.models.cucm.TonePlan;
import forkcast.models.media.Codec;
import forkcast.models.media.Layer2;
import forkcast.models.network.MediaNetwork;
import forkcast.sim.SimContext;
import forkcast.sim.stats.IntervalCounter;
import forkcast.sim.stats.TimeWeightedLevel;

/**
 * CUCM's recording function. When a call on an automatically recorded line connects (R2), or when a selective start
 * request comes for a call on a selectively recorded line (R3 supervisor or recorder through CTI, R4 the agent by key
 * or desktop; F4 startRecording), it requests a session: picks the media source (R14, R15, R16, R22, R33), follows
 * the line's recording profile to its trunk or route list (R17, R20), and tries the trunks in the route list's order,
 * advancing to the next when one rejects. A trunk takes two dialogs (R5), mandatory Early Offer takes MTPs for a
 * source that cannot offer SDP (R10, R18), and the destination admits the session: a recorder with its stream limit
 * and set-up rate (F6), or a CUBE media proxy that forks it to up to five recorders, each copy admitted on its own
 * (R10, R13). An established session counts two recording calls in BHCC (R6) and, on a CTI-monitored line, a
 * recording-started event (F4); media flows after the cluster's set-up delay. Hold, consults and transfers end the
 * session and later ones restart it (R35, F3). A failure window on a recorder, CUBE, trunk or link cuts the copies
 * that depend on it; a session whose copies are all cut is lost for the rest of the call.
 */
public final class RecordingOrchestrator
{
    /** R21: a line with MLPP needs a busy trigger of at least 3 for recording. */
    public static final int MIN_MLPP_BUSY_TRIGGER = 3;

    private final SimContext context;
    private final Map<String, RecordingRoute> routeByProfile;
    private final MediaNetwork network;
    private final BhccAccount bhcc;
    private final CtiAccount cti;
    private final double setupDelay;
    private final CallTrace trace;
    private final TonePlan tones;
    private final Set<RecordingSession> active = new LinkedHashSet<>();
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
    private final TimeWeightedLevel recordedCalls;
    private final TimeWeightedLevel forkBitsPerSecond;
    private long forkMilliBps;
    private int recordedNow;
    private RejectReason lastRejection;
    private java.util.function.Consumer<Call> stopListener;

    /**
     * @param routeByProfile each recording profile's trunk or route list (R17, R20)
     * @param setupDelay seconds from request to media flowing
     */
    public RecordingOrchestrator(final SimContext context, final Map<String, RecordingRoute> routeByProfile,
            final MediaNetwork network, final BhccAccount bhcc, final CtiAccount cti, final double setupDelay,
            final CallTrace trace, final TonePlan tones)
    {
        this.context = context;
        this.routeByProfile = Map.copyOf(routeByProfile);
        this.network = network;
        this.bhcc = bhcc;
        this.cti = cti;
        this.setupDelay = setupDelay;
        this.trace = trace;
        this.tones = tones;
        this.requested = new IntervalCounter(context.window());
        this.established = new IntervalCounter(context.window());
        this.failed = new IntervalCounter(context.window());
        for (RejectReason reason : RejectReason.values())
        {
            this.failedBy.put(reason, new IntervalCounter(context.window()));
            this.rejectedBy.put(reason, new IntervalCounter(context.window()));
        }
        this.routeAdvances = new IntervalCounter(context.window());
        this.phoneSourced = new IntervalCounter(context.window());
        this.gatewaySourced = new IntervalCounter(context.window());
        this.fallback = new IntervalCounter(context.window());
        for (int i = 0; i < this.fallbackStep.length; i++)
        {
            this.fallbackStep[i] = new IntervalCounter(context.window());
        }
        this.copiesEstablished = new IntervalCounter(context.window());
        this.copiesFailed = new IntervalCounter(context.window());
        this.copiesCut = new IntervalCounter(context.window());
        this.sessionsEnded = new IntervalCounter(context.window());
        this.sessionsRedundant = new IntervalCounter(context.window());
        this.lostSeconds = new IntervalCounter(context.window());
        this.recordedCalls = new TimeWeightedLevel(context.window());
        this.forkBitsPerSecond = new TimeWeightedLevel(context.window());
    }

    // ---- when sessions are asked for ------------------------------------------------------------------------------

    /**
     * A call connected on a line: R2, an automatically recorded line starts its session now; R3, R4, on a selectively
     * recorded line the selected calls get a start request after their delay.
     */
    public void callConnected(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (option == RecordingOption.AUTOMATIC)
        {
            requestSession(call);
        }
        else if (option == RecordingOption.SELECTIVE && call.selected())
        {
            call.recordingTimer(this.context.scheduleIn(call.selectiveDelay(), () -> selectiveStart(call)));
        }
    }

    /** R3, R4: someone asks for the selected call to be recorded. */
    private void selectiveStart(final Call call)
    {
        call.recordingTimer(null);
        double now = this.context.now();
        AgentGroup group = call.group();
        SelectiveTrigger trigger = group.config().selective().trigger();
        trace(now, call, CallEvent.RECORDING_START_REQUESTED, trigger.name().toLowerCase());
        if (call.state() != Call.State.CONNECTED)
        {
            // F4: startRecording works on a connected call; R4: the Record key only in the Connected state
            this.requested.increment(now);
            fail(call, now, RejectReason.CALL_NOT_CONNECTED);
            return;
        }
        if (trigger == SelectiveTrigger.AGENT && group.config().phone().recordKey() == RecordKey.NONE)
        {
            this.requested.increment(now);
            fail(call, now, RejectReason.NO_RECORD_KEY); // R25: nothing to press
            return;
        }
        if (trigger.viaCti())
        {
            this.cti.recordingStartRequested(now); // F4: startRecording and its response
        }
        requestSession(call);
        if (trigger.userRecording() && call.recordingSession() != null)
        {
            trace(now, call, CallEvent.RECORDING_INDICATED, "phone shows recording (R4)");
        }
        if (!Double.isNaN(call.stopAfter()))
        {
            call.recordingTimer(this.context.scheduleIn(call.stopAfter(), () -> selectiveStop(call)));
        }
    }

    /** R3, R4, F4: the one who started it stops the recording (stopRecording); the rest of the call is not recorded. */
    private void selectiveStop(final Call call)
    {
        call.recordingTimer(null);
        double now = this.context.now();
        SelectiveTrigger trigger = call.group().config().selective().trigger();
        trace(now, call, CallEvent.RECORDING_STOP_REQUESTED, trigger.name().toLowerCase());
        if (trigger.viaCti())
        {
            this.cti.recordingStopRequested(now);
        }
        endSession(call);
        call.wasRecording(false); // a later resume or transfer does not restart it
        if (this.stopListener != null)
        {
            this.stopListener.accept(call);
        }
    }

    /** @param listener told when a call is no longer meant to be recorded (its coverage base ends) */
    public void onRecordingStopped(final java.util.function.Consumer<Call> listener)
    {
        this.stopListener = listener;
    }

    /**
     * R35, F3: hold, a consult or a transfer ends the call's recording session; whether one was running is kept, so
     * that a selectively recorded call is recorded again afterwards.
     */
    public void sessionInterrupted(final Call call)
    {
        call.wasRecording(endSession(call));
    }

    /**
     * R35, F3: after resume, a completed consult or a transfer, CUCM sets up a new session on the line now handling
     * the call: always on an automatically recorded line, on a selective one if the call was being recorded.
     */
    public void sessionResumed(final Call call)
    {
        RecordingOption option = call.group().config().line().recording();
        if (option == RecordingOption.AUTOMATIC || option == RecordingOption.SELECTIVE && call.wasRecording())
        {
            requestSession(call);
        }
    }

    /**
     * F3, R32: a consult call was set up from the call's agent. On an automatically recorded line it is recorded; on
     * a selective one only if the agent presses Record at its start (which needs the key, R25).
     */
    public void consultConnected(final Call call, final Call consult)
    {
        AgentGroup group = consult.group();
        RecordingOption option = group.config().line().recording();
        if (option == RecordingOption.AUTOMATIC)
        {
            requestSession(consult);
        }
        else if (option == RecordingOption.SELECTIVE && consult.selected())
        {
            double now = this.context.now();
            trace(now, call, CallEvent.RECORDING_START_REQUESTED, "agent (consult, R32)");
            if (group.config().phone().recordKey() == RecordKey.NONE)
            {
                this.requested.increment(now);
                fail(consult, now, RejectReason.NO_RECORD_KEY);
                return;
            }
            requestSession(consult);
        }
    }

    /** The call was released: cancel a pending selective start, stop the media and end both recording calls. */
    public void callReleased(final Call call)
    {
        if (call.recordingTimer() != null)
        {
            this.context.cancel(call.recordingTimer()); // released before the selective start came
            call.recordingTimer(null);
        }
        endSession(call);
    }

    // ---- setting a session up -------------------------------------------------------------------------------------

    private void requestSession(final Call call)
    {
        double now = this.context.now();
        this.requested.increment(now);
        AgentGroup group = call.group();
        trace(now, call, CallEvent.RECORDING_REQUESTED, group.config().line().profile());
        if (group.config().line().mlpp() && group.config().line().busyTrigger() < MIN_MLPP_BUSY_TRIGGER)
        {
            fail(call, now, RejectReason.MLPP_BUSY_TRIGGER);
            return;
        }
        RecordingRoute route = this.routeByProfile.get(group.config().line().profile());
        SipTrunk first = route.first();
        boolean secureDestination = first.recorder() != null && first.recorder().config().secure();
        boolean fallbackDestination = first.recorder() != null && first.recorder().config().srtpFallback();
        MediaSourceSelector.Selection source = MediaSourceSelector.select(group.config().line().mediaSource(),
                call.secure(), group.phoneCanFork(secureDestination, fallbackDestination), call.gatewaysCanFork());
        if (source == null)
        {
            fail(call, now, RejectReason.NO_MEDIA_SOURCE);
            return;
        }
        int sourceSite = source.source() == MediaSource.PHONE ? group.siteIndex()
                : call.gateways().get(source.gateway()).siteIndex();
        boolean offersEarly = source.source() == MediaSource.GATEWAY || group.config().phone().offersEarly();
        SipTrunk[] trunks = route.trunks();
        int start = route.start();
        RecordingSession session = null;
        for (int k = 0; k < trunks.length && session == null; k++)
        {
            SipTrunk trunk = trunks[(start + k) % trunks.length];
            session = tryTrunk(call, trunk, sourceSite, offersEarly, now);
            if (session == null)
            {
                this.rejectedBy.get(this.lastRejection).increment(now);
                if (k < trunks.length - 1)
                {
                    this.routeAdvances.increment(now);
                    trace(now, call, CallEvent.ROUTE_ADVANCED, trunk.config().id() + " " + this.lastRejection.key());
                }
            }
        }
        if (session == null)
        {
            fail(call, now, this.lastRejection);
            return;
        }
        this.established.increment(now);
        if (source.source() == MediaSource.PHONE)
        {
            this.phoneSourced.increment(now);
        }
        else
        {
            this.gatewaySourced.increment(now);
        }
        if (source.fallback())
        {
            this.fallback.increment(now);
            this.fallbackStep[source.step() - 1].increment(now);
        }
        this.copiesEstablished.add(now, session.copies().length);
        this.bhcc.recordingSessionSetUp(now);
        if (group.config().line().ctiMonitored())
        {
            this.cti.recordingStarted(now);
        }
        if (this.trace != null)
        {
            traceEstablished(call, session, source, now);
        }
        this.tones.recordingStarted(call, source.source(), now);
        if (source.source() == MediaSource.GATEWAY)
        {
            session.sourceGateway(call.gateways().get(source.gateway()));
        }
        call.recordingSession(session);
        this.active.add(session);
        RecordingSession established = session;
        session.mediaStart(this.context.scheduleIn(this.setupDelay, () -> startMedia(established)));
    }

    /** @return the session when the trunk's destination took it, else null with {@link #lastRejection} set */
    private RecordingSession tryTrunk(final Call call, final SipTrunk trunk, final int sourceSite,
            final boolean offersEarly, final double now)
    {
        if (trunk.down())
        {
            return reject(RejectReason.TRUNK_DOWN);
        }
        CubeMediaProxy cube = trunk.cube();
        if (cube != null && cube.down())
        {
            return reject(RejectReason.CUBE_DOWN);
        }
        if (this.network.routeDown(sourceSite, trunk.destinationSite()))
        {
            return reject(RejectReason.LINK_DOWN);
        }
        int mtps = 0;
        if (!offersEarly && trunk.config().earlyOffer() == EarlyOffer.MANDATORY)
        {
            // R10, R18: CUCM inserts an MTP per recording call for a source that cannot offer SDP
            if (trunk.mtpPool() == null || trunk.mtpPool().take(now, SipTrunk.DIALOGS_PER_SESSION) != null)
            {
                return reject(RejectReason.MTP_UNAVAILABLE);
            }
            mtps = SipTrunk.DIALOGS_PER_SESSION;
        }
        else if (cube != null && (!offersEarly || trunk.config().earlyOffer() == EarlyOffer.NONE))
        {
            return reject(RejectReason.EARLY_OFFER_MISSING); // R10: CUBE needs Early Offer
        }
        if (trunk.seize(now) != null)
        {
            giveMtps(trunk, mtps, now);
            return reject(RejectReason.TRUNK_FULL);
        }
        if (cube == null)
        {
            RejectReason refused = trunk.recorder().admit(now, call.secure());
            if (refused != null)
            {
                trunk.release(now);
                giveMtps(trunk, mtps, now);
                return reject(refused);
            }
            return new RecordingSession(call, trunk, null, new Copy[] {new Copy(trunk.recorder())}, sourceSite, mtps);
        }
        if (cube.seizeSession(now) != null)
        {
            trunk.release(now);
            giveMtps(trunk, mtps, now);
            return reject(RejectReason.CUBE_FULL);
        }
        List<Copy> copies = new ArrayList<>(cube.forkTo().size());
        RejectReason firstRefusal = null;
        for (Recorder recorder : cube.forkTo())
        {
            RejectReason refused;
            if (this.network.routeDown(cube.siteIndex(), recorder.siteIndex()))
            {
                refused = RejectReason.LINK_DOWN;
            }
            else if (cube.seizeCopy(now) != null)
            {
                refused = RejectReason.CUBE_FULL;
            }
            else
            {
                refused = recorder.admit(now, call.secure());
                if (refused != null)
                {
                    cube.releasePair(now);
                }
            }
            if (refused == null)
            {
                copies.add(new Copy(recorder));
            }
            else
            {
                this.copiesFailed.increment(now);
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            }
        }
        if (copies.isEmpty())
        {
            cube.releasePair(now);
            trunk.release(now);
            giveMtps(trunk, mtps, now);
            return reject(firstRefusal);
        }
        return new RecordingSession(call, trunk, cube, copies.toArray(new Copy[0]), sourceSite, mtps);
    }

    private RecordingSession reject(final RejectReason reason)
    {
        this.lastRejection = reason;
        return null;
    }

    private static void giveMtps(final SipTrunk trunk, final int mtps, final double now)
    {
        if (mtps > 0)
        {
            trunk.mtpPool().give(now, mtps);
        }
    }

    private void fail(final Call call, final double now, final RejectReason reason)
    {
        this.failed.increment(now);
        this.failedBy.get(reason).increment(now);
        trace(now, call, CallEvent.RECORDING_FAILED, reason.key());
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingFailed(now);
        }
    }

    private void traceEstablished(final Call call, final RecordingSession session,
            final MediaSourceSelector.Selection source, final double now)
    {
        trace(now, call, CallEvent.RECORDING_ESTABLISHED, session.describe() + " source "
                + (source.source() == MediaSource.PHONE ? "phone"
                        : "gateway " + call.gateways().get(source.gateway()).config().id())
                + (source.fallback() ? " (fallback " + source.step() + ")" : ""));
        String farEnd = call.bridgeIsFarEnd() ? "conference bridge"
                : call.consultCall() ? "phone (consult)"
                : call.gateways().isEmpty() ? "phone" : call.gateways().get(0).config().id();
        for (String end : new String[] {"x-nearend", "x-farend"})
        {
            trace(now, call, CallEvent.RECORDING_CALL, "From: " + end + "; x-refci=" + call.id() + "; far end " + farEnd
                    + " (" + call.source().config().direction().name().toLowerCase() + ")");
        }
    }

    // ---- media ----------------------------------------------------------------------------------------------------

    private void startMedia(final RecordingSession session)
    {
        session.mediaStart(null);
        if (session.ended())
        {
            return; // every copy was cut before media flowed
        }
        session.mediaFlowing(true);
        media(session, +1);
        trace(this.context.now(), session.call(), CallEvent.MEDIA_STARTED, recorderIds(session));
    }

    /** Start (+1) or stop (-1) all of a session's live media: source to recorder, or source to CUBE and its copies. */
    private void media(final RecordingSession session, final int sign)
    {
        double now = this.context.now();
        Call call = session.call();
        CubeMediaProxy cube = session.cube();
        if (cube == null)
        {
            copyMedia(session, session.copies()[0], sign);
        }
        else
        {
            long pair = Recorder.STREAMS_PER_SESSION
                    * MediaNetwork.milliBitsPerSecond(call.codec(), Layer2.ENDPOINT, call.secure());
            streams(session.sourceSite(), cube.siteIndex(), call, sign, now);
            cube.ingress(now, sign * pair);
            if (session.sourceGateway() != null)
            {
                session.sourceGateway().forkEgress(now, sign * pair);
            }
            fork(sign * pair, now);
            for (Copy copy : session.copies())
            {
                if (!copy.cut())
                {
                    copyMedia(session, copy, sign);
                }
            }
        }
        this.recordedNow += sign;
        this.recordedCalls.set(now, this.recordedNow);
    }

    /** One copy's media: the two streams to its recorder (from the source, or from CUBE). */
    private void copyMedia(final RecordingSession session, final Copy copy, final int sign)
    {
        double now = this.context.now();
        Call call = session.call();
        Codec codec = call.codec();
        CubeMediaProxy cube = session.cube();
        Recorder recorder = copy.recorder();
        int from = cube == null ? session.sourceSite() : cube.siteIndex();
        streams(from, recorder.siteIndex(), call, sign, now);
        long ingress = Recorder.STREAMS_PER_SESSION * MediaNetwork.milliBitsPerSecond(codec, Layer2.ENDPOINT, call.secure());
        long payload = Math.round(Recorder.STREAMS_PER_SESSION * codec.payloadBitsPerSecond() * 1000.0);
        recorder.media(now, sign * ingress, sign * payload);
        if (cube != null)
        {
            cube.egress(now, sign * ingress);
        }
        else if (session.sourceGateway() != null)
        {
            session.sourceGateway().forkEgress(now, sign * ingress);
        }
        fork(sign * ingress, now);
    }

    /** R5: near-end and far-end streams, each sent separately. */
    private void streams(final int from, final int to, final Call call, final int sign, final double now)
    {
        for (int stream = 0; stream < Recorder.STREAMS_PER_SESSION; stream++)
        {
            this.network.stream(now, from, to, call.codec(), call.secure(), true, sign);
        }
    }

    private void fork(final long milliBps, final double now)
    {
        this.forkMilliBps += milliBps;
        this.forkBitsPerSecond.set(now, this.forkMilliBps / 1000.0);
    }

    // ---- ending and cutting ---------------------------------------------------------------------------------------

    /** @return true when a session was running and has now ended */
    private boolean endSession(final Call call)
    {
        RecordingSession session = call.recordingSession();
        if (session == null)
        {
            return false;
        }
        double now = this.context.now();
        if (!session.ended())
        {
            if (session.mediaFlowing())
            {
                media(session, -1);
                trace(now, call, CallEvent.MEDIA_STOPPED, recorderIds(session));
            }
            releaseResources(session, now);
        }
        if (session.mediaStart() != null)
        {
            this.context.cancel(session.mediaStart());
            session.mediaStart(null);
        }
        this.active.remove(session);
        int complete = 0;
        double lost = 0;
        for (Copy copy : session.copies())
        {
            if (copy.cut())
            {
                lost += now - copy.cutAt();
            }
            else
            {
                complete++;
            }
        }
        this.sessionsEnded.increment(now);
        if (complete >= 2)
        {
            this.sessionsRedundant.increment(now); // R13: at least two complete copies
        }
        this.lostSeconds.add(now, lost);
        if (call.group().config().line().ctiMonitored())
        {
            this.cti.recordingEnded(now);
        }
        call.recordingSession(null);
        trace(now, call, CallEvent.RECORDING_ENDED, recorderIds(session));
        return true;
    }

    /** Give back everything a session holds, copies included. */
    private void releaseResources(final RecordingSession session, final double now)
    {
        CubeMediaProxy cube = session.cube();
        for (Copy copy : session.copies())
        {
            if (!copy.cut())
            {
                copy.recorder().release(now);
                if (cube != null)
                {
                    cube.releasePair(now);
                }
            }
        }
        if (cube != null)
        {
            cube.releasePair(now);
        }
        session.trunk().release(now);
        giveMtps(session.trunk(), session.mtps(), now);
    }

    /** A failure cut one copy; when none is left, the session is lost until the call ends. */
    private void cut(final RecordingSession session, final Copy copy, final RejectReason reason, final double now)
    {
        if (copy.cut() || session.ended())
        {
            return;
        }
        if (session.liveCopies() == 1)
        {
            // the last copy: the whole session goes, media from the source included
            if (session.mediaFlowing())
            {
                media(session, -1);
                session.mediaFlowing(false);
            }
            releaseResources(session, now);
            copy.cut(now);
            session.ended(true);
        }
        else
        {
            if (session.mediaFlowing())
            {
                copyMedia(session, copy, -1);
            }
            copy.recorder().release(now);
            session.cube().releasePair(now);
            copy.cut(now);
        }
        this.copiesCut.increment(now);
        trace(now, session.call(), CallEvent.COPY_CUT, copy.recorder().config().id() + " " + reason.key());
    }

    /** A recorder's failure window starts or ends; at the start its copies are cut. */
    public void recorderDown(final Recorder recorder, final boolean down)
    {
        recorder.down(down);
        if (down)
        {
            double now = this.context.now();
            for (RecordingSession session : List.copyOf(this.active))
            {
                for (Copy copy : session.copies())
                {
                    if (copy.recorder() == recorder)
                    {
                        cut(session, copy, RejectReason.RECORDER_DOWN, now);
                    }
                }
            }
        }
    }

    /** A CUBE's failure window starts or ends; at the start every copy it forks is cut. */
    public void cubeDown(final CubeMediaProxy cube, final boolean down)
    {
        cube.down(down);
        if (down)
        {
            cutAll(s -> s.cube() == cube, RejectReason.CUBE_DOWN);
        }
    }

    /** A trunk's failure window starts or ends; at the start its sessions are cut. */
    public void trunkDown(final SipTrunk trunk, final boolean down)
    {
        trunk.down(down);
        if (down)
        {
            cutAll(s -> s.trunk() == trunk, RejectReason.TRUNK_DOWN);
        }
    }

    /** A link's failure window starts or ends; at the start the copies whose media crosses it are cut. */
    public void linkDown(final int linkIndex, final boolean down)
    {
        this.network.down(linkIndex, down);
        if (!down)
        {
            return;
        }
        double now = this.context.now();
        for (RecordingSession session : List.copyOf(this.active))
        {
            CubeMediaProxy cube = session.cube();
            int to = cube == null ? session.copies()[0].recorder().siteIndex() : cube.siteIndex();
            if (this.network.routeCrosses(session.sourceSite(), to, linkIndex))
            {
                for (Copy copy : session.copies())
                {
                    cut(session, copy, RejectReason.LINK_DOWN, now);
                }
            }
            else if (cube != null)
            {
                for (Copy copy : session.copies())
                {
                    if (this.network.routeCrosses(cube.siteIndex(), copy.recorder().siteIndex(), linkIndex))
                    {
                        cut(session, copy, RejectReason.LINK_DOWN, now);
                    }
                }
            }
        }
    }

    private void cutAll(final java.util.function.Predicate<RecordingSession> affected, final RejectReason reason)
    {
        double now = this.context.now();
        for (RecordingSession session : List.copyOf(this.active))
        {
            if (affected.test(session))
            {
                for (Copy copy : session.copies())
                {
                    cut(session, copy, reason, now);
                }
            }
        }
    }

    private String recorderIds(final RecordingSession session)
    {
        if (this.trace == null)
        {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (Copy c : session.copies())
        {
            if (!c.cut())
            {
                s.append(s.length() == 0 ? "" : " ").append(c.recorder().config().id());
            }
        }
        return s.toString();
    }

    private void trace(final double now, final Call call, final CallEvent event, final String detail)
    {
        if (this.trace != null)
        {
            this.trace.record(now, call.id(), event, detail);
        }
    }

    // ---- statistics -----------------------------------------------------------------------------------------------

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

    /** @return recorded seconds lost by cut copies, counted when their session ends */
    public IntervalCounter lostSeconds()
    {
        return this.lostSeconds;
    }

    /** @return calls whose recorded media is flowing to at least one recorder */
    public TimeWeightedLevel recordedCalls()
    {
        return this.recordedCalls;
    }

    /** @return all recording streams as received by recorders and CUBEs */
    public TimeWeightedLevel forkBitsPerSecond()
    {
        return this.forkBitsPerSecond;
    }

    public void close()
    {
        this.recordedCalls.close();
        this.forkBitsPerSecond.close();
    }
}
