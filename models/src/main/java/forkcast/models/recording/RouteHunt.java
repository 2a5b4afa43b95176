package forkcast.models.recording;

import forkcast.models.calls.Call;

/**
 * R17, R20: hunting a recording route for a session. The line's recording profile names a trunk or a route list;
 * the trunks are offered the session in the list's order (top-down, or circular from where the last hunt started),
 * advancing to the next when one refuses. Every refusal is counted by reason, every advance traced; the answer is
 * the first session admitted, or the last trunk's refusal.
 */
final class RouteHunt
{
    private final TrunkAdmission admission;
    private final RecordingStatistics statistics;
    private final RecordingTrace trace;

    RouteHunt(final TrunkAdmission admission, final RecordingStatistics statistics, final RecordingTrace trace)
    {
        this.admission = admission;
        this.statistics = statistics;
        this.trace = trace;
    }

    /**
     * @param sourceSite the site of the device that forks the media
     * @param offersEarly whether that device offers SDP in its INVITE (R18)
     */
    Admission hunt(final Call call, final RecordingRoute route, final int sourceSite, final boolean offersEarly,
            final double now)
    {
        SipTrunk[] trunks = route.trunks();
        int start = route.start();
        Admission answer = null;
        for (int k = 0; k < trunks.length; k++)
        {
            SipTrunk trunk = trunks[(start + k) % trunks.length];
            answer = this.admission.offer(call, trunk, sourceSite, offersEarly, now);
            if (answer instanceof RejectReason refused)
            {
                this.statistics.rejected(refused).increment(now);
                if (k < trunks.length - 1)
                {
                    this.statistics.routeAdvances().increment(now);
                    this.trace.routeAdvanced(now, call, trunk, refused);
                }
            }
            else
            {
                return answer;
            }
        }
        return answer;
    }
}
