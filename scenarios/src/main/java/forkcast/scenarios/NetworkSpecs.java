package forkcast.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import forkcast.models.Deployment;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.GatewayConfigBuilder;
import forkcast.models.media.Layer2;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.DownWindow;
import forkcast.scenarios.spec.GatewaySpec;
import forkcast.scenarios.spec.LinkSpec;
import forkcast.scenarios.spec.SiteSpec;
import forkcast.scenarios.spec.TrunkSpec;

/** Sites, links (with their failure windows) and gateways of a scenario, checked and turned into configuration. */
final class NetworkSpecs
{
    /** The most framing bytes a link's {@code layer2} may give (as its range in {@link ValueRanges}). */
    private static final BigDecimal MAX_LAYER2 = BigDecimal.valueOf(1000);

    private final SpecChecks c;

    NetworkSpecs(final SpecChecks checks)
    {
        this.c = checks;
    }

    List<String> sites(final List<SiteSpec> specs)
    {
        List<String> sites = new ArrayList<>();
        c.listedAt("site", "/sites");
        if (specs == null)
        {
            c.missing("", "missing required key 'sites' (at least one site)", "sites");
            return sites;
        }
        if (specs.isEmpty())
        {
            c.error("/sites", "'sites' is empty: a scenario needs at least one site");
            return sites;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < specs.size(); i++)
        {
            String id = c.id(specs.get(i) == null ? null : specs.get(i).id(), "/sites/" + i, "site", seen);
            if (id != null)
            {
                sites.add(id);
            }
        }
        return sites;
    }

    List<LinkConfig> links(final List<LinkSpec> specs, final Set<String> sites)
    {
        return c.elements(specs, "/links", "link", (s, at, id) ->
        {
            if (s.between() == null)
            {
                c.missing(at, "link needs 'between: [siteA, siteB]', two sites", "between");
                return null;
            }
            if (s.between().size() != 2)
            {
                c.error(at + "/between", "link needs 'between: [siteA, siteB]', two sites");
                return null;
            }
            boolean ok = c.site(s.between().get(0), at + "/between/0", sites) & c.site(s.between().get(1), at + "/between/1", sites);
            if (ok && s.between().get(0).equals(s.between().get(1)))
            {
                c.error(at + "/between", "a link joins two different sites");
                ok = false;
            }
            if (s.mbps() == null)
            {
                c.missing(at, "link needs 'mbps', its capacity in Mbit/s", "mbps");
                ok = false;
            }
            int layer2 = layer2(s.layer2(), at + "/layer2");
            List<DownWindow> down = c.down(s.down(), at + "/down");
            if (!ok || id == null || layer2 < 0)
            {
                return null;
            }
            down.forEach(w -> c.linkOutages().add(new Deployment.LinkOutage(id, w)));
            return new LinkConfig(id, s.between().get(0), s.between().get(1), s.mbps(), layer2,
                    s.cacKbps() == null ? LinkConfig.NO_CAC : s.cacKbps());
        });
    }

    /**
     * @return the framing bytes per packet {@code layer2} names: a word in any case, as every choice of the format, or
     *         a whole number of bytes written as any other whole number is ({@code 18}, {@code 18.0}, {@code 1.8e1};
     *         its range is checked with every number's, by {@link ValueRanges}); -1 when it is neither (reported)
     */
    int layer2(final Object value, final String at)
    {
        if (value == null)
        {
            return Layer2.ETHERNET;
        }
        if (value instanceof String text)
        {
            switch (text.toLowerCase(Locale.ROOT))
            {
                case "ethernet":
                    return Layer2.ETHERNET;
                case "dot1q":
                    return Layer2.DOT1Q;
                default:
                    break;
            }
        }
        else if (value instanceof Number number)
        {
            BigDecimal bytes = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            if ((bytes.signum() == 0 || bytes.stripTrailingZeros().scale() <= 0) && bytes.signum() >= 0
                    && bytes.compareTo(MAX_LAYER2) <= 0)
            {
                return bytes.intValueExact();
            }
        }
        c.error(at, "layer2 must be ethernet, dot1q or a whole number of bytes (0 to 1000)"
                + WrittenValue.not(c.document().root().at(at)));
        return -1;
    }

    /** R19: the gateways that a SIP trunk with recording information 'gateway' (or via gateways) reaches. */
    static Set<String> recordingGateways(final List<TrunkSpec> trunks)
    {
        Set<String> gateways = new HashSet<>();
        if (trunks != null)
        {
            for (TrunkSpec t : trunks)
            {
                if (t != null && t.to() != null && t.recordingInfo() != null
                        && !t.recordingInfo().equalsIgnoreCase("none"))
                {
                    gateways.add(t.to());
                }
            }
        }
        return gateways;
    }

    List<GatewayConfig> gateways(final List<GatewaySpec> specs, final Set<String> sites,
            final Set<String> recordingGateways)
    {
        return c.elements(specs, "/gateways", "gateway", (s, at, id) ->
        {
            boolean ok = c.site(s.site(), at + "/site", sites);
            Integer channels = s.channels();
            if (channels == null)
            {
                c.missing(at, "gateway needs 'channels', the calls it carries at once", "channels");
                ok = false;
            }
            if (!ok || id == null)
            {
                return null;
            }
            GatewayConfigBuilder gateway = GatewayConfig.builder(id, s.site(), channels)
                    .recordingTrunk(recordingGateways.contains(id));
            SpecChecks.ifGiven(s.ucGatewayServices(), gateway::ucGatewayServices);
            SpecChecks.ifGiven(s.sipProxyInPath(), gateway::sipProxyInPath);
            return gateway.build();
        });
    }
}
