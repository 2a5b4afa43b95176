package forkcast.models.recording;

import java.util.ArrayList;
import java.util.List;

import forkcast.models.calls.Call;
import forkcast.models.network.LocationsCac;
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
 * added). CUBE answers the session once it has set it up and one of its recorders has answered (an assumption:
 * a back-to-back user agent answers the inbound dialog when an outbound one is answered); a copy whose recorder
 * answers later is late: its streams are only reserved at its recorder, and its media starts at that answer
 * ({@link Copy}, {@link SessionRequests}).
 */
final class TrunkAdmission
{
    private final MediaNetwork network;

    TrunkAdmission(final MediaNetwork network)
    {
        this.network = network;
    }

    /**
     * Offer one leg (the near-end or far-end recording call, R5) to the trunk.
     * @param leg {@link RecordingSession#NEAR_END} or {@link RecordingSession#FAR_END}
     * @param partner the other leg's session admitted at this instant, or null: when the leg takes the same trunk,
     *            that session takes this leg too (the two recording calls set up together)
     * @return the session when the trunk's destination took it (the partner, widened, when it joined it), else why
     *         not (nothing is held then)
     */
    Admission offer(final Call call, final SipTrunk trunk, final int sourceSite, final boolean offersEarly,
            final int leg, final RecordingSession partner, final double now)
    {
        if (partner != null && partner.trunk() == trunk && !partner.lost())
        {
            // F7: the second recording call is a two-way call of its own to locations CAC
            int deduction = call.codec().cacBitsPerSecond();
            LocationsCac cac = this.network.cac();
            if (!cac.admit(now, partner.sourceSite(), trunk.destinationSite(), deduction))
            {
                return RejectReason.LOCATION_CAC;
            }
            RejectReason refused = extend(call, partner, now);
            if (refused != null)
            {
                cac.release(now, partner.sourceSite(), trunk.destinationSite(), deduction, 1);
            }
            return refused == null ? partner : refused;
        }
        if (trunk.outOfService())
        {
            return RejectReason.TRUNK_OUT_OF_SERVICE;
        }
        RejectReason unanswered = trunk.unanswered();
        if (unanswered != null)
        {
            return unanswered;
        }
        if (this.network.routeDown(sourceSite, trunk.destinationSite()))
        {
            return RejectReason.LINK_DOWN;
        }
        // F7: CUCM checks locations CAC between the forking device and the recording destination (the recorder, or
        // CUBE for multi-fork); each recording call counts as a two-way call of its codec although one direction flows
        int deduction = call.codec().cacBitsPerSecond();
        LocationsCac cac = this.network.cac();
        if (!cac.admit(now, sourceSite, trunk.destinationSite(), deduction))
        {
            return RejectReason.LOCATION_CAC;
        }
        Admission answer = seize(call, trunk, sourceSite, offersEarly, leg, now);
        if (answer instanceof RecordingSession session)
        {
            session.cacHeld(cac, deduction);
        }
        else
        {
            cac.release(now, sourceSite, trunk.destinationSite(), deduction, 1);
        }
        return answer;
    }

    /** Offer one leg whose route is up and admitted by locations CAC: MTPs, Early Offer, dialogs, destination. */
    private Admission seize(final Call call, final SipTrunk trunk, final int sourceSite, final boolean offersEarly,
            final int leg, final double now)
    {
        CubeMediaProxy cube = trunk.cube();
        int mtps = 0;
        if (!offersEarly && trunk.config().earlyOffer() == EarlyOffer.MANDATORY)
        {
            // R10, R18: CUCM inserts an MTP per recording call for a source that cannot offer SDP
            if (trunk.mtpPool() == null || trunk.mtpPool().take(now, 1) != null)
            {
                return RejectReason.MTP_UNAVAILABLE;
            }
            mtps = 1;
        }
        else if (cube != null && (!offersEarly || trunk.config().earlyOffer() == EarlyOffer.NONE))
        {
            return RejectReason.EARLY_OFFER_MISSING; // R10: CUBE needs Early Offer
        }
        double timeout = trunk.timers().inviteTimeout();
        double wait = cube == null ? trunk.recorder().setupWait(now) : cube.setupWait(now);
        RejectReason refused = trunk.seize(now, 1);
        if (refused == null)
        {
            refused = cube == null ? trunk.recorder().admit(now, call.secure(), wait, timeout, 1, false)
                    : cube.seizeSession(now, wait, timeout, 1, false);
            if (refused != null)
            {
                trunk.release(now, 1);
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
                    wait, 1, leg);
        }
        return fork(call, trunk, cube, sourceSite, mtps, wait, leg, now);
    }

    /**
     * The second leg on the trunk and destination its partner took a moment ago (the same instant): one more MTP when
     * the partner needed one, one more dialog, and at the recorder or at CUBE and each of its copies one more
     * recording call that joins the partner's set-up.
     * @return null when taken (the partner now holds both legs), else why not (nothing more is held then)
     */
    private RejectReason extend(final Call call, final RecordingSession partner, final double now)
    {
        SipTrunk trunk = partner.trunk();
        int mtp = partner.mtps() > 0 ? 1 : 0;
        if (mtp > 0 && trunk.mtpPool().take(now, 1) != null)
        {
            return RejectReason.MTP_UNAVAILABLE;
        }
        RejectReason refused = trunk.seize(now, 1);
        if (refused == null)
        {
            refused = partner.cube() == null
                    ? partner.copies()[0].recorder().admit(now, call.secure(), 0, 0, 1, true)
                    : extendAtCube(call, partner, now);
            if (refused != null)
            {
                trunk.release(now, 1);
            }
        }
        if (refused != null)
        {
            trunk.giveMtps(now, mtp);
            return refused;
        }
        partner.widen(mtp);
        return null;
    }

    /** One more inbound recording call at CUBE, and one more on each of the partner's copies; all or nothing. */
    private RejectReason extendAtCube(final Call call, final RecordingSession partner, final double now)
    {
        CubeMediaProxy cube = partner.cube();
        RejectReason refused = cube.seizeSession(now, 0, 0, 1, true);
        if (refused != null)
        {
            return refused;
        }
        Copy[] copies = partner.copies();
        for (int k = 0; k < copies.length; k++)
        {
            if (copies[k].cut())
            {
                continue;
            }
            refused = cube.seizeCopy(now, 1);
            if (refused == null)
            {
                Recorder recorder = copies[k].recorder();
                refused = copies[k].waiting() ? recorder.reserve(now, call.secure(), 0, 0, 1, true)
                        : recorder.admit(now, call.secure(), 0, 0, 1, true);
                if (refused != null)
                {
                    cube.release(now, 1);
                }
            }
            if (refused != null)
            {
                for (int j = 0; j < k; j++)
                {
                    if (!copies[j].cut())
                    {
                        copies[j].release(now, 1);
                        cube.release(now, 1);
                    }
                }
                cube.release(now, 1);
                return refused;
            }
        }
        return null;
    }

    /**
     * R10, R13: CUBE holds the inbound pair; each recorder takes its copy or refuses it; one copy is enough. The
     * session is answered after CUBE's set-up wait and its first recorder's, whichever is longer; the copies whose
     * recorders answer later are late.
     */
    private Admission fork(final Call call, final SipTrunk trunk, final CubeMediaProxy cube, final int sourceSite,
            final int mtps, final double cubeWait, final int leg, final double now)
    {
        List<Copy> copies = new ArrayList<>(cube.forkTo().size());
        double firstAnswer = Double.POSITIVE_INFINITY;
        RejectReason firstRefusal = null;
        for (Recorder recorder : cube.forkTo())
        {
            double copyWait = recorder.setupWait(now);
            RejectReason refused;
            if (this.network.routeDown(cube.siteIndex(), recorder.siteIndex()))
            {
                refused = RejectReason.LINK_DOWN;
            }
            else
            {
                refused = cube.seizeCopy(now, 1);
                if (refused == null)
                {
                    refused = recorder.reserve(now, call.secure(), copyWait, trunk.timers().inviteTimeout(), 1,
                            false);
                    if (refused != null)
                    {
                        cube.release(now, 1);
                    }
                }
            }
            if (refused == null)
            {
                copies.add(new Copy(recorder, copyWait));
                firstAnswer = Math.min(firstAnswer, copyWait);
            }
            else
            {
                // counted as a failed copy once the leg is set up with another copy (SessionRequests)
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            }
        }
        if (copies.isEmpty())
        {
            cube.release(now, 1);
            trunk.release(now, 1);
            trunk.giveMtps(now, mtps);
            return firstRefusal;
        }
        double wait = Math.max(cubeWait, firstAnswer);
        for (Copy copy : copies)
        {
            if (copy.setupWait() > wait)
            {
                copy.late();
            }
            else
            {
                copy.recorder().start(now, 1); // answered by the time the session is: its streams from now on
            }
        }
        return new RecordingSession(call, trunk, cube, copies.toArray(new Copy[0]), sourceSite, mtps, wait, 1, leg);
    }
}
