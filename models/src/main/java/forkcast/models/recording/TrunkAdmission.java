package forkcast.models.recording;

import java.util.ArrayList;
import java.util.List;

import forkcast.models.calls.Call;
import forkcast.models.network.MediaNetwork;

/**
 * Offering a session to one SIP trunk and its destination. A trunk its OPTIONS ping marked out of service is skipped;
 * a destination that is down does not answer (the refusal is known at the INVITE timeout); the route of the media must
 * be up; mandatory Early Offer takes two MTPs for a source that cannot offer SDP, and a trunk to CUBE needs Early Offer
 * (R10, R18); the trunk takes two dialogs (R5); then a recorder admits the session into its set-up queue (F6), or CUBE
 * takes the inbound pair into its own and forks it to each of its recorders, each copy admitted on its own (R10,
 * R13). What was taken is given back when the answer is no.
 *
 * <p>A forked copy's set-up waits in its recorder's queue as if it arrived with the session (CUBE's own wait is not
 * added), and its media is counted from the session's start: a simplification that keeps one start per session.
 */
final class TrunkAdmission
{
    private final MediaNetwork network;
    private final RecordingStatistics statistics;

    TrunkAdmission(final MediaNetwork network, final RecordingStatistics statistics)
    {
        this.network = network;
        this.statistics = statistics;
    }

    /** @return the session when the trunk's destination took it, else why not (nothing is held then) */
    Admission offer(final Call call, final SipTrunk trunk, final int sourceSite, final boolean offersEarly,
            final double now)
    {
        if (trunk.outOfService())
        {
            return RejectReason.TRUNK_OUT_OF_SERVICE;
        }
        RejectReason unanswered = trunk.unanswered();
        if (unanswered != null)
        {
            return unanswered;
        }
        CubeMediaProxy cube = trunk.cube();
        if (this.network.routeDown(sourceSite, trunk.destinationSite()))
        {
            return RejectReason.LINK_DOWN;
        }
        int mtps = 0;
        if (!offersEarly && trunk.config().earlyOffer() == EarlyOffer.MANDATORY)
        {
            // R10, R18: CUCM inserts an MTP per recording call for a source that cannot offer SDP
            if (trunk.mtpPool() == null || trunk.mtpPool().take(now, SipTrunk.DIALOGS_PER_SESSION) != null)
            {
                return RejectReason.MTP_UNAVAILABLE;
            }
            mtps = SipTrunk.DIALOGS_PER_SESSION;
        }
        else if (cube != null && (!offersEarly || trunk.config().earlyOffer() == EarlyOffer.NONE))
        {
            return RejectReason.EARLY_OFFER_MISSING; // R10: CUBE needs Early Offer
        }
        double timeout = trunk.timers().inviteTimeout();
        double wait = cube == null ? trunk.recorder().setupWait(now) : cube.setupWait(now);
        RejectReason refused = trunk.seize(now);
        if (refused == null)
        {
            refused = cube == null ? trunk.recorder().admit(now, call.secure(), wait, timeout)
                    : cube.seizeSession(now, wait, timeout);
            if (refused != null)
            {
                trunk.release(now);
            }
        }
        if (refused != null)
        {
            trunk.giveMtps(now, mtps);
            return refused;
        }
        if (cube == null)
        {
            return new RecordingSession(call, trunk, null, new Copy[] {new Copy(trunk.recorder())}, sourceSite, mtps,
                    wait);
        }
        return fork(call, trunk, cube, sourceSite, mtps, wait, now);
    }

    /** R10, R13: CUBE holds the inbound pair; each recorder takes its copy or refuses it; one copy is enough. */
    private Admission fork(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final int sourceSite,
            final int mtps, final double wait, final double now)
    {
        List<Copy> copies = new ArrayList<>(cube.forkTo().size());
        RejectReason firstRefusal = null;
        for (Recorder recorder : cube.forkTo())
        {
            RejectReason refused;
            if (this.network.routeDown(cube.siteIndex(), recorder.siteIndex()))
            {
                refused = RejectReason.LINK_DOWN;
            }
            else
            {
                refused = cube.seizeCopy(now);
                if (refused == null)
                {
                    refused = recorder.admit(now, call.secure(), recorder.setupWait(now),
                            trunk.timers().inviteTimeout());
                    if (refused != null)
                    {
                        cube.releasePair(now);
                    }
                }
            }
            if (refused == null)
            {
                copies.add(new Copy(recorder));
            }
            else
            {
                this.statistics.copiesFailed().increment(now);
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            }
        }
        if (copies.isEmpty())
        {
            cube.releasePair(now);
            trunk.release(now);
            trunk.giveMtps(now, mtps);
            return firstRefusal;
        }
        return new RecordingSession(call, trunk, cube, copies.toArray(new Copy[0]), sourceSite, mtps, wait);
    }
}
