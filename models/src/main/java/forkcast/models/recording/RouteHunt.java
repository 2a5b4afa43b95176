package forkcast.models.recording;

/**
 * R17, R20: hunting a recording route for a session. The line's recording profile names a trunk or a route list;
 * the trunks are offered the session in the list's order (top-down, or circular from where the last hunt started),
 * advancing to the next when one refuses. Most refusals are answers CUCM gets at once; a destination that does not
 * answer (it is down and no OPTIONS ping marked it out of service) or a set-up queue too long for the INVITE timeout
 * is known only when the trunk's INVITE timeout expires, and the hunt goes on from there. Every refusal is counted by
 * reason, every advance traced; the answer is the first session admitted, or the last trunk's refusal.
 */
final class RouteHunt
{
    private final TrunkAdmission admission;
    private final RecordingStatistics statistics;
    private final RecordingTrace trace;
    private final FailureWindows failures;

    RouteHunt(final TrunkAdmission admission, final RecordingStatistics statistics, final RecordingTrace trace,
            final FailureWindows failures)
    {
        this.admission = admission;
        this.statistics = statistics;
        this.trace = trace;
        this.failures = failures;
    }

    /**
     * Offer the leg to the trunks not tried yet.
     * @param partner the other leg's session admitted at this instant, or null (see {@link TrunkAdmission#offer})
     * @return the session, the last refusal, or null when an INVITE waits for its timeout (then
     *         {@link #timedOut} goes on after {@code setUp.waitingOn().timers().inviteTimeout()})
     */
    Admission hunt(final SessionSetUp setUp, final RecordingSession partner, final double now)
    {
        Admission answer = null;
        while (setUp.untried())
        {
            SipTrunk trunk = setUp.trunk();
            CallSessions request = setUp.request();
            answer = this.admission.offer(request.call(), trunk, request.sourceSite(), request.offersEarly(),
                    setUp.leg(), partner, now);
            if (!(answer instanceof RejectReason refused))
            {
                return answer;
            }
            if (refused.afterTimeout())
            {
                setUp.await(refused, this.failures.outageOf(trunk, refused));
                return null;
            }
            refuse(setUp, trunk, refused, now);
        }
        return answer;
    }

    /** The pending INVITE timed out: count its refusal and go on with the next trunk. */
    Admission timedOut(final SessionSetUp setUp, final RecordingSession partner, final double now)
    {
        SipTrunk trunk = setUp.waitingOn();
        RejectReason refused = setUp.pending();
        setUp.waited(setUp.pendingOutage(), trunk.timers().inviteTimeout());
        refuse(setUp, trunk, refused, now);
        return setUp.untried() ? hunt(setUp, partner, now) : refused;
    }

    private void refuse(final SessionSetUp setUp, final SipTrunk trunk, final RejectReason refused, final double now)
    {
        this.statistics.rejected(refused).increment(now);
        if (!setUp.last())
        {
            this.statistics.routeAdvances().increment(now);
            this.trace.routeAdvanced(now, setUp.request().call(), trunk, refused);
        }
        setUp.advance();
    }
}
