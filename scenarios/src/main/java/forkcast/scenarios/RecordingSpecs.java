package forkcast.scenarios;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import forkcast.models.calls.GatewayConfig;
import forkcast.models.recording.CubeConfig;
import forkcast.models.recording.CubeConfigBuilder;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.EarlyOffer;
import forkcast.models.recording.MtpPoolConfig;
import forkcast.models.recording.RouteListConfig;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.RecorderConfigBuilder;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.SipTimers;
import forkcast.models.recording.TrunkConfig;
import forkcast.models.recording.TrunkConfigBuilder;
import forkcast.scenarios.spec.CubeSpec;
import forkcast.scenarios.spec.MtpPoolSpec;
import forkcast.scenarios.spec.RouteListSpec;
import forkcast.scenarios.spec.RecorderSpec;
import forkcast.scenarios.spec.RecordingProfileSpec;
import forkcast.scenarios.spec.TrunkSpec;

/**
 * Recorders, CUBEs, MTP pools, trunks, route lists and recording profiles of a scenario, checked (R10, R11, R12, R17,
 * R18, R19, R20) and turned into configuration.
 */
final class RecordingSpecs
{
    private final SpecChecks c;

    RecordingSpecs(final SpecChecks checks)
    {
        this.c = checks;
    }

    List<RecorderConfig> recorders(final List<RecorderSpec> specs, final Set<String> sites)
    {
        return c.elements(specs, "/recorders", "recorder", (s, at, id) ->
        {
            boolean ok = c.site(s.site(), at + "/site", sites);
            List<DownWindow> down = c.down(s.down(), at + "/down");
            if (!ok || id == null)
            {
                return null;
            }
            RecorderConfigBuilder recorder = RecorderConfig.builder(id, s.site()).down(down);
            SpecChecks.ifGiven(s.maxStreams(), recorder::maxStreams);
            SpecChecks.ifGiven(s.maxSetupsPerSecond(), recorder::maxSetupsPerSecond);
            SpecChecks.ifGiven(s.secure(), recorder::secure);
            SpecChecks.ifGiven(s.srtpFallback(), recorder::srtpFallback);
            SpecChecks.ifGiven(s.retentionDays(), recorder::retentionDays);
            SpecChecks.ifGiven(s.storageTb(), recorder::storageTb);
            return recorder.build();
        });
    }

    List<CubeConfig> cubes(final List<CubeSpec> specs, final Set<String> sites,
            final List<RecorderConfig> recorders)
    {
        Map<String, RecorderConfig> recorderById = new HashMap<>();
        recorders.forEach(r -> recorderById.put(r.id(), r));
        return c.elements(specs, "/cubes", "CUBE", (s, at, id) ->
        {
            boolean ok = c.site(s.site(), at + "/site", sites);
            Integer sessions = s.maxSessions();
            if (s.platform() != null && c.catalog().cubePlatform(s.platform()) == null)
            {
                c.error(at + "/platform", "R12: '" + s.platform() + "' is not a multi-fork platform; the catalog has "
                        + String.join(", ", c.catalog().cubeEntries().keySet()));
                ok = false;
            }
            else if (sessions == null && s.platform() == null)
            {
                c.missing(at, "a CUBE needs 'platform' (R12) or 'maxSessions'", "platform", "maxSessions");
                ok = false;
            }
            else if (sessions == null)
            {
                sessions = c.catalog().cubePlatform(s.platform());
            }
            List<String> forkTo = s.forkTo() == null ? List.of() : s.forkTo();
            if (s.forkTo() == null)
            {
                c.missing(at, "R10: a CUBE forks to 1 to 5 recorders, not 0", "forkTo");
                ok = false;
            }
            else if (forkTo.isEmpty() || forkTo.size() > CubeConfig.MAX_FORKS)
            {
                c.error(at + "/forkTo", "R10: a CUBE forks to 1 to 5 recorders, not " + forkTo.size());
                ok = false;
            }
            for (int k = 0; k < forkTo.size(); k++)
            {
                RecorderConfig r = recorderById.get(forkTo.get(k));
                if (r == null)
                {
                    if (!c.declared(forkTo.get(k), "recorder"))
                    {
                        c.error(at + "/forkTo/" + k, "no recorder with id '" + forkTo.get(k) + "'"
                                + SpecChecks.near(forkTo.get(k), recorderById.keySet()));
                    }
                    ok = false;
                }
                else if (r.srtpFallback())
                {
                    c.error(at + "/forkTo/" + k, "R11: multi-fork does not support SRTP fallback, which recorder "
                            + r.id() + " is set up for");
                    ok = false;
                }
            }
            if (new HashSet<>(forkTo).size() < forkTo.size())
            {
                c.error(at + "/forkTo", "a recorder appears twice in forkTo");
                ok = false;
            }
            List<DownWindow> down = c.down(s.down(), at + "/down");
            if (!ok || id == null)
            {
                return null;
            }
            // a figure the platform gives in the scenario's stead is the catalog's; the verdicts mark it where the
            // catalog marks it an assumption (no Cisco multi-fork rating is published)
            boolean assumedPlatform = s.platform() != null && c.catalog().cubeEntries().get(s.platform()).assumption();
            if (s.maxSessions() == null && assumedPlatform)
            {
                c.assumed("cubes." + id + ".maxSessions");
            }
            if (s.maxSetupsPerSecond() == null && assumedPlatform)
            {
                c.assumed("cubes." + id + ".maxSetupsPerSecond");
            }
            CubeConfigBuilder cube = CubeConfig.builder(id, s.site(), sessions).forkTo(forkTo).down(down);
            SpecChecks.ifGiven(s.platform(), cube::platform);
            // F9: the platform's planning set-up rate unless the scenario gives one
            SpecChecks.ifGiven(s.maxSetupsPerSecond() != null || s.platform() == null ? s.maxSetupsPerSecond()
                    : c.catalog().cubeSetupRate(s.platform()), cube::maxSetupsPerSecond);
            SpecChecks.ifGiven(s.callMovementDerating(), cube::callMovementDerating);
            return cube.build();
        });
    }

    List<MtpPoolConfig> mtpPools(final List<MtpPoolSpec> specs, final Set<String> sites)
    {
        return c.elements(specs, "/mtpPools", "MTP pool", (s, at, id) ->
        {
            boolean ok = c.site(s.site(), at + "/site", sites);
            if (s.size() == null)
            {
                c.missing(at, "an MTP pool needs a 'size' of 0 or more", "size");
                ok = false;
            }
            return ok && id != null ? new MtpPoolConfig(id, s.site(), s.size()) : null;
        });
    }

    /**
     * The keys of a trunk to a recorder or CUBE that a trunk to a gateway does not have: the gateway's calls are
     * limited by its channels, and its recording streams leave it without a recording call (R8).
     */
    private void notForAGateway(final String at, final TrunkSpec s)
    {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("maxDialogs", s.maxDialogs());
        keys.put("earlyOffer", s.earlyOffer());
        keys.put("mtpPool", s.mtpPool());
        keys.put("down", s.down());
        keys.put("inviteTimeout", s.inviteTimeout());
        keys.put("optionsPing", s.optionsPing());
        keys.put("pingInterval", s.pingInterval());
        keys.put("pingIntervalOutOfService", s.pingIntervalOutOfService());
        c.refuseSet(at, keys, key -> "'" + key + "' does not apply to a trunk to a gateway (only recordingInfo does,"
                + " R19): the gateway's channels limit its calls, and it forks recorded media without a recording call"
                + " (R8)");
    }

    List<TrunkConfig> trunks(final List<TrunkSpec> specs, final List<RecorderConfig> recorders,
            final List<GatewayConfig> gateways, final List<CubeConfig> cubes, final List<MtpPoolConfig> pools)
    {
        Set<String> recorderIds = SpecChecks.ids(recorders, RecorderConfig::id);
        Set<String> gatewayIds = SpecChecks.ids(gateways, GatewayConfig::id);
        Set<String> cubeIds = SpecChecks.ids(cubes, CubeConfig::id);
        Set<String> poolIds = SpecChecks.ids(pools, MtpPoolConfig::id);
        return c.elements(specs, "/trunks", "trunk", (s, at, id) ->
        {
            boolean ok = true;
            if (s.to() == null)
            {
                c.missing(at, "trunk needs 'to', the recorder, CUBE or gateway it reaches", "to");
                ok = false;
            }
            else if (gatewayIds.contains(s.to()))
            {
                // a gateway's trunk to CUCM: only its recording information matters (R8, R19); a key the model does
                // not apply to it is refused, never ignored
                notForAGateway(at, s);
                if (s.recordingInfo() != null && !List.of("none", "gateway", "other-cluster-via-gateway")
                        .contains(s.recordingInfo().toLowerCase(Locale.ROOT)))
                {
                    c.error(at + "/recordingInfo", "recordingInfo must be none, gateway or other-cluster-via-gateway, not '"
                            + s.recordingInfo() + "'");
                }
                if (id != null)
                {
                    c.gatewayTrunks().add(id);
                }
                return null;
            }
            else if (!recorderIds.contains(s.to()) && !cubeIds.contains(s.to()))
            {
                if (!c.declared(s.to(), "recorder", "CUBE", "gateway"))
                {
                    Set<String> known = new HashSet<>(recorderIds);
                    known.addAll(gatewayIds);
                    known.addAll(cubeIds);
                    c.error(at + "/to", "no recorder, CUBE or gateway with id '" + s.to() + "'"
                            + SpecChecks.near(s.to(), known));
                }
                ok = false;
            }
            if (s.recordingInfo() != null && ok)
            {
                c.errorAtKey(at + "/recordingInfo", "recordingInfo describes a trunk to a gateway (R19); this trunk reaches "
                        + s.to());
                ok = false;
            }
            EarlyOffer earlyOffer = s.earlyOffer() == null ? EarlyOffer.NONE
                    : c.choice(s.earlyOffer(), EarlyOffer.class, at + "/earlyOffer", "earlyOffer");
            ok &= earlyOffer != null;
            boolean toCube = s.to() != null && cubeIds.contains(s.to());
            if (toCube && earlyOffer == EarlyOffer.NONE)
            {
                c.error(at + (s.earlyOffer() == null ? "" : "/earlyOffer"), "R10, R18: the trunk to CUBE " + s.to()
                        + " must use Early Offer (best-effort, or mandatory as recommended)");
                ok = false;
            }
            if (s.mtpPool() != null && !poolIds.contains(s.mtpPool()))
            {
                if (!c.declared(s.mtpPool(), "MTP pool"))
                {
                    c.error(at + "/mtpPool", "no MTP pool with id '" + s.mtpPool() + "'"
                            + SpecChecks.near(s.mtpPool(), poolIds));
                }
                ok = false;
            }
            List<DownWindow> down = c.down(s.down(), at + "/down");
            if (!ok || id == null)
            {
                return null;
            }
            TrunkConfigBuilder trunk = TrunkConfig.builder(id).earlyOffer(earlyOffer).mtpPool(s.mtpPool())
                    .down(down).timers(timers(s));
            if (toCube)
            {
                trunk.cube(s.to());
            }
            else
            {
                trunk.recorder(s.to());
            }
            SpecChecks.ifGiven(s.maxDialogs(), trunk::maxDialogs);
            return trunk.build();
        });
    }

    /** The trunk's SIP timers, CUCM's defaults ({@link SipTimers#DEFAULT}) where not given (ranges checked before). */
    private SipTimers timers(final TrunkSpec s)
    {
        SipTimers d = SipTimers.DEFAULT;
        return new SipTimers(this.c.seconds(s.inviteTimeout(), d.inviteTimeout()),
                s.optionsPing() == null ? d.optionsPing() : s.optionsPing(),
                this.c.seconds(s.pingInterval(), d.pingInterval()),
                this.c.seconds(s.pingIntervalOutOfService(), d.pingIntervalOutOfService()));
    }

    List<RouteListConfig> routeLists(final List<RouteListSpec> specs, final List<TrunkConfig> trunks)
    {
        Set<String> trunkIds = SpecChecks.ids(trunks, TrunkConfig::id);
        return c.elements(specs, "/routeLists", "route list", (s, at, id) ->
        {
            boolean ok = true;
            boolean circular = false;
            if (s.distribution() != null)
            {
                String d = s.distribution().toLowerCase(Locale.ROOT);
                if (!d.equals("top-down") && !d.equals("circular"))
                {
                    c.error(at + "/distribution", "distribution must be top-down or circular, not '" + s.distribution()
                            + "'");
                    ok = false;
                }
                circular = d.equals("circular");
            }
            List<String> members = s.trunks() == null ? List.of() : s.trunks();
            if (members.isEmpty())
            {
                c.missing(at, "R20: a route list needs 'trunks', at least one", "trunks");
                ok = false;
            }
            for (int k = 0; k < members.size(); k++)
            {
                if (!trunkIds.contains(members.get(k)))
                {
                    // a trunk to a gateway is declared and valid, but not a recording trunk
                    if (c.gatewayTrunks().contains(members.get(k)) || !c.declared(members.get(k), "trunk"))
                    {
                        c.error(at + "/trunks/" + k, "R20: no recording trunk with id '" + members.get(k) + "'"
                                + SpecChecks.near(members.get(k), trunkIds));
                    }
                    ok = false;
                }
            }
            return ok && id != null ? new RouteListConfig(id, circular, members, Boolean.TRUE.equals(s.sharedStorage()))
                    : null;
        });
    }

    List<RecordingProfileConfig> profiles(final List<RecordingProfileSpec> specs, final List<TrunkConfig> trunks,
            final List<RouteListConfig> routeLists)
    {
        Set<String> trunkIds = SpecChecks.ids(trunks, TrunkConfig::id);
        Set<String> listIds = SpecChecks.ids(routeLists, RouteListConfig::id);
        return c.elements(specs, "/recordingProfiles", "recording profile", (s, at, id) ->
        {
            if (s.trunk() == null && s.routeList() == null || s.trunk() != null && s.routeList() != null)
            {
                c.missing(at, "R17, R20: a recording profile needs either 'trunk' or 'routeList' to reach a recorder",
                        "trunk", "routeList");
            }
            else if (s.routeList() != null)
            {
                if (!listIds.contains(s.routeList()))
                {
                    if (!c.declared(s.routeList(), "route list"))
                    {
                        c.error(at + "/routeList", "R17, R20: recording profile reaches no recorder: no route list with"
                                + " id '" + s.routeList() + "'" + SpecChecks.near(s.routeList(), listIds));
                    }
                }
                else if (id != null)
                {
                    return new RecordingProfileConfig(id, null, s.routeList());
                }
            }
            else if (c.gatewayTrunks().contains(s.trunk()))
            {
                c.error(at + "/trunk", "R17, R20: recording profile reaches no recorder: trunk '" + s.trunk() + "' goes to a"
                        + " gateway");
            }
            else if (!trunkIds.contains(s.trunk()))
            {
                if (!c.declared(s.trunk(), "trunk"))
                {
                    c.error(at + "/trunk", "R17, R20: recording profile reaches no recorder: no trunk with id '"
                            + s.trunk() + "'" + SpecChecks.near(s.trunk(), trunkIds));
                }
            }
            else if (id != null)
            {
                return new RecordingProfileConfig(id, s.trunk());
            }
            return null;
        });
    }
}
