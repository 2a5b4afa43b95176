package forkcast.scenarios.cdr;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the CDRs say about one traffic stream (an agent group, a direction, a gateway): legs offered, answered and
 * unanswered at the queueing point, answered holding times, codecs, secure calls, transfers and conferences.
 */
final class TrafficStream
{
    final String group;
    final String direction;
    final String gateway;
    long offered;
    long answered;
    /** Unanswered legs that reached the group's queueing point (abandoned, or left the queue otherwise). */
    long queuedUnanswered;
    long secure;
    long authenticatedOnly;
    double[] holding = new double[1024];
    final Map<String, Long> codecs = new TreeMap<>();
    final Map<Integer, Long> unmappedCodecs = new TreeMap<>();
    final Set<Long> transferred = new HashSet<>();
    final Set<Long> conferenced = new HashSet<>();

    TrafficStream(final String group, final String direction, final String gateway)
    {
        this.group = group;
        this.direction = direction;
        this.gateway = gateway;
    }

    /** @return the stream's id in the scenario, e.g. {@code agents-a-inbound-gw-dc} */
    String id()
    {
        return this.group + "-" + this.direction + (this.gateway == null ? "" : "-" + this.gateway);
    }

    void add(final CdrLeg leg)
    {
        this.offered++;
        if (leg.onBehalfOf(CdrLeg.TRANSFER))
        {
            this.transferred.add(leg.callId());
        }
        if (leg.onBehalfOf(CdrLeg.CONFERENCE))
        {
            this.conferenced.add(leg.callId());
        }
        if (!leg.answered())
        {
            return;
        }
        if (this.answered == this.holding.length)
        {
            this.holding = Arrays.copyOf(this.holding, this.holding.length * 2);
        }
        this.holding[(int) this.answered++] = leg.duration();
        int code = leg.destCodec() > 0 ? leg.destCodec() : leg.origCodec();
        String codec = PayloadCodecs.catalogCodec(code);
        if (codec != null)
        {
            this.codecs.merge(codec, 1L, Long::sum);
        }
        else
        {
            this.unmappedCodecs.merge(code, 1L, Long::sum);
        }
        if (leg.secured() == 2)
        {
            this.secure++;
        }
        else if (leg.secured() == 1)
        {
            this.authenticatedOnly++;
        }
    }

    double[] holdingTimes()
    {
        return Arrays.copyOf(this.holding, (int) this.answered);
    }
}
