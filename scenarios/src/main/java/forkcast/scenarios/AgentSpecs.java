package forkcast.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallDirection;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.ConferenceConfig;
import forkcast.models.calls.HoldConfig;
import forkcast.models.calls.TransferConfig;
import forkcast.models.calls.TransferConfigBuilder;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.LineConfigBuilder;
import forkcast.models.calls.MonitoringConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.PhoneProtocol;
import forkcast.models.calls.RecordKey;
import forkcast.models.calls.SelectiveConfig;
import forkcast.models.calls.SelectiveConfigBuilder;
import forkcast.models.calls.SelectiveTrigger;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.calls.TrafficConfigBuilder;
import forkcast.models.media.Codec;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.scenarios.spec.AgentGroupSpec;
import forkcast.scenarios.spec.LineSpec;
import forkcast.scenarios.spec.PhoneSpec;
import forkcast.scenarios.spec.SelectiveSpec;
import forkcast.scenarios.spec.TrafficSpec;

/** Agent groups (phones, lines, selective recording, monitoring, queues) and traffic of a scenario, checked. */
final class AgentSpecs
{
    /** A line's defaults, for the choices checked here before the line is built. */
    private static final LineConfig LINE_DEFAULTS = LineConfig.builder().build();

    private final SpecChecks c;

    AgentSpecs(final SpecChecks checks)
    {
        this.c = checks;
    }

    List<AgentGroupConfig> groups(final List<AgentGroupSpec> specs, final Set<String> sites,
            final List<RecordingProfileConfig> profiles)
    {
        Set<String> profileIds = SpecChecks.ids(profiles, RecordingProfileConfig::id);
        return c.elements(specs, "/agentGroups", "agent group", (s, at, id) ->
        {
            boolean ok = c.site(s.site(), at + "/site", sites);
            if (s.agents() == null)
            {
                c.missing(at, "agent group needs 'agents', how many", "agents");
                ok = false;
            }
            PhoneSpec phone = s.phone() == null ? PhoneSpec.ABSENT : s.phone();
            PhoneConfig.Builder phoneConfig = PhoneConfig.builder();
            ok &= c.choiceIfGiven(phone.builtInBridge(), BuiltInBridgeSetting.class, at + "/phone/builtInBridge",
                    "builtInBridge", phoneConfig::builtInBridge);
            ok &= c.choiceIfGiven(phone.protocol(), PhoneProtocol.class, at + "/phone/protocol", "protocol",
                    phoneConfig::protocol);
            ok &= c.choiceIfGiven(phone.recordKey(), RecordKey.class, at + "/phone/recordKey", "recordKey",
                    phoneConfig::recordKey);
            SpecChecks.ifGiven(phone.mtpRequired(), phoneConfig::mtpRequired);
            SpecChecks.ifGiven(phone.authenticated(), phoneConfig::authenticated);
            SpecChecks.ifGiven(phone.earlyOffer(), phoneConfig::offersEarly);
            LineSpec line = s.line() == null ? LineSpec.ABSENT : s.line();
            RecordingOption recording = line.recording() == null ? LINE_DEFAULTS.recording()
                    : c.choice(line.recording(), RecordingOption.class, at + "/line/recording", "recording");
            ok &= recording != null;
            SelectiveConfig selective = null;
            if (recording == RecordingOption.SELECTIVE
                    || recording == RecordingOption.AUTOMATIC && s.selective() != null)
            {
                // with automatic recording, selective.share of the group's calls are on selectively recorded lines
                selective = selective(s.selective(), at + "/selective");
                ok &= selective != null;
            }
            else if (s.selective() != null)
            {
                c.errorAtKey(at + "/selective", "'selective' is used only with line.recording: selective or"
                        + " automatic (its share of the calls then on selectively recorded lines)");
                ok = false;
            }
            MediaSourcePreference source = line.mediaSource() == null ? LINE_DEFAULTS.mediaSource()
                    : c.choice(line.mediaSource(), MediaSourcePreference.class, at + "/line/mediaSource", "mediaSource");
            ok &= source != null;
            if (recording != null && recording != RecordingOption.DISABLED)
            {
                if (line.profile() == null)
                {
                    c.missing(at + "/line", "a recorded line needs 'profile', its recording profile (R17, R21)",
                            "profile");
                    ok = false;
                }
                else if (!profileIds.contains(line.profile()))
                {
                    if (!c.declared(line.profile(), "recording profile"))
                    {
                        c.error(at + "/line/profile", "no recording profile with id '" + line.profile() + "'"
                                + SpecChecks.near(line.profile(), profileIds));
                    }
                    ok = false;
                }
            }
            MonitoringConfig monitoring = null;
            if (s.monitoring() != null)
            {
                monitoring = new MonitoringConfig(SpecChecks.share(s.monitoring().share()));
            }
            DurationDistribution patience = null;
            if (s.queue() != null)
            {
                if (s.queue().patience() == null)
                {
                    c.missing(at + "/queue", "a queue needs 'patience', how long callers wait before they abandon",
                            "patience");
                    ok = false;
                }
                else
                {
                    patience = c.distribution(s.queue().patience(), at + "/queue/patience");
                    ok &= patience != null;
                }
            }
            if (!ok || id == null)
            {
                return null;
            }
            LineConfigBuilder lineConfig = LineConfig.builder().recording(recording).mediaSource(source)
                    .profile(recording == RecordingOption.DISABLED ? null : line.profile());
            SpecChecks.ifGiven(line.ctiMonitored(), lineConfig::ctiMonitored);
            SpecChecks.ifGiven(line.busyTrigger(), lineConfig::busyTrigger);
            SpecChecks.ifGiven(line.mlpp(), lineConfig::mlpp);
            return AgentGroupConfig.builder(id, s.site(), s.agents()).phone(phoneConfig.build())
                    .line(lineConfig.build()).patience(patience).selective(selective).monitoring(monitoring)
                    .build();
        });
    }

    /** Defaults: {@link SelectiveConfig#builder()}. */
    SelectiveConfig selective(final SelectiveSpec spec, final String at)
    {
        SelectiveSpec s = spec == null ? SelectiveSpec.ABSENT : spec;
        SelectiveConfigBuilder selective = SelectiveConfig.builder();
        boolean ok = true;
        SpecChecks.ifGiven(s.share(), selective::share);
        SpecChecks.ifGiven(s.stopShare(), selective::stopShare);
        if (s.by() != null)
        {
            SelectiveTrigger trigger = c.choice(s.by(), SelectiveTrigger.class, at + "/by", "by");
            ok &= trigger != null;
            selective.trigger(trigger);
        }
        if (s.delay() != null)
        {
            DurationDistribution delay = c.distribution(s.delay(), at + "/delay");
            ok &= delay != null;
            selective.delay(delay);
        }
        if (s.stopAfter() != null)
        {
            DurationDistribution stopAfter = c.distribution(s.stopAfter(), at + "/stopAfter");
            ok &= stopAfter != null;
            selective.stopAfter(stopAfter);
        }
        return ok ? selective.build() : null;
    }

    /** An error for a reference to an undeclared group; none for a declared one that has errors of its own. */
    private void missingGroup(final String at, final String id, final Set<String> valid)
    {
        if (!c.declared(id, "agent group"))
        {
            c.error(at, "no agent group with id '" + id + "'" + SpecChecks.near(id, valid));
        }
    }

    /** @param scale {@code run.trafficScale}: every stream's rate is multiplied by it (the traffic growth factor) */
    List<TrafficConfig> traffic(final List<TrafficSpec> specs, final List<AgentGroupConfig> groups,
            final List<GatewayConfig> gateways, final double interval, final double scale)
    {
        Map<String, AgentGroupConfig> groupById = new LinkedHashMap<>();
        groups.forEach(g -> groupById.put(g.id(), g));
        Set<String> gatewayIds = SpecChecks.ids(gateways, GatewayConfig::id);
        return c.elements(specs, "/traffic", "traffic", (s, at, id) ->
        {
            boolean ok = true;
            AgentGroupConfig group = null;
            if (s.group() == null)
            {
                c.missing(at, "traffic needs 'group', the agent group that answers", "group");
                ok = false;
            }
            else
            {
                group = groupById.get(s.group());
                if (group == null)
                {
                    missingGroup(at + "/group", s.group(), groupById.keySet());
                    ok = false;
                }
            }
            double rate = 0;
            if (s.rate() != null && s.callsPerAgentPerHour() != null)
            {
                c.error(at + "/callsPerAgentPerHour", "give either 'rate' or 'callsPerAgentPerHour', not both");
                ok = false;
            }
            else if (s.rate() != null)
            {
                rate = s.rate().perSecond() * scale;
            }
            else if (s.callsPerAgentPerHour() != null)
            {
                if (group != null)
                {
                    rate = s.callsPerAgentPerHour() * group.agents() / 3600.0 * scale;
                }
            }
            else
            {
                c.missing(at, "traffic needs 'rate' (e.g. 2400/h) or 'callsPerAgentPerHour'", "rate",
                        "callsPerAgentPerHour");
                ok = false;
            }
            if (rate > 1e6)
            {
                c.error(at + (s.rate() != null ? "/rate" : "/callsPerAgentPerHour"),
                        "more than 1,000,000 calls per second is outside what Forkcast simulates");
                ok = false;
            }
            double[] profile = new double[0];
            if (s.profile() != null)
            {
                profile = new double[s.profile().size()];
                for (int k = 0; k < profile.length; k++)
                {
                    Double m = s.profile().get(k);
                    if (m == null)
                    {
                        c.error(at + "/profile/" + k, "profile multipliers must be numbers from 0 to 1000");
                        ok = false;
                    }
                    else
                    {
                        profile[k] = m;
                    }
                }
            }
            CallDirection direction = s.direction() != null
                    ? c.choice(s.direction(), CallDirection.class, at + "/direction", "direction")
                    : s.callerGroup() != null ? CallDirection.INTERNAL : CallDirection.INBOUND;
            ok &= direction != null;
            List<String> path = s.gateways() == null ? List.of() : s.gateways();
            if (path.size() > 2)
            {
                c.error(at + "/gateways", "at most two gateways in a call path");
                ok = false;
            }
            for (int k = 0; k < path.size(); k++)
            {
                if (!gatewayIds.contains(path.get(k)))
                {
                    if (!c.declared(path.get(k), "gateway"))
                    {
                        c.error(at + "/gateways/" + k, "no gateway with id '" + path.get(k) + "'"
                                + SpecChecks.near(path.get(k), gatewayIds));
                    }
                    ok = false;
                }
            }
            if (direction == CallDirection.INTERNAL && !path.isEmpty())
            {
                c.error(at + "/gateways", "an internal call has no gateway in its path");
                ok = false;
            }
            String callerGroup = s.callerGroup();
            if (callerGroup != null && !groupById.containsKey(callerGroup))
            {
                missingGroup(at + "/callerGroup", callerGroup, groupById.keySet());
                ok = false;
            }
            else if (callerGroup != null && direction != CallDirection.INTERNAL)
            {
                c.error(at + "/callerGroup", "only internal calls come from an agent group; set 'direction: internal'");
                ok = false;
            }
            List<CodecShare> codecs = codecs(s.codecs(), at + "/codecs");
            ok &= codecs != null;
            DurationDistribution holding = null;
            if (s.holdingTime() != null)
            {
                holding = c.distribution(s.holdingTime(), at + "/holdingTime");
                ok &= holding != null;
            }
            HoldConfig hold = null;
            if (s.hold() != null)
            {
                double share = SpecChecks.share(s.hold().share());
                DurationDistribution after = s.hold().after() == null ? new DurationDistribution(
                        DurationDistribution.Kind.UNIFORM, 10, 120) : c.distribution(s.hold().after(), at + "/hold/after");
                DurationDistribution duration = s.hold().duration() == null ? DurationDistribution.exponential(30)
                        : c.distribution(s.hold().duration(), at + "/hold/duration");
                ok &= after != null && duration != null;
                hold = ok ? new HoldConfig(share, after, duration) : null;
            }
            TransferConfig transfer = null;
            if (s.transfer() != null)
            {
                String to = s.transfer().to() == null ? s.group() : s.transfer().to();
                if (!groupById.containsKey(to))
                {
                    missingGroup(at + "/transfer/to", to, groupById.keySet());
                    ok = false;
                }
                TransferConfigBuilder transferConfig = TransferConfig.builder(to);
                SpecChecks.ifGiven(s.transfer().share(), transferConfig::share);
                SpecChecks.ifGiven(s.transfer().recordConsultShare(), transferConfig::recordConsultShare);
                if (s.transfer().kind() != null)
                {
                    String kind = s.transfer().kind().toLowerCase(Locale.ROOT);
                    if (!kind.equals("consult") && !kind.equals("blind"))
                    {
                        c.error(at + "/transfer/kind", "kind must be consult or blind, not '" + s.transfer().kind() + "'");
                        ok = false;
                    }
                    transferConfig.blind(kind.equals("blind"));
                }
                if (s.transfer().consult() != null)
                {
                    DurationDistribution consult = c.distribution(s.transfer().consult(), at + "/transfer/consult");
                    ok &= consult != null;
                    transferConfig.consult(consult);
                }
                transfer = ok ? transferConfig.build() : null;
            }
            ConferenceConfig conference = null;
            if (s.conference() != null)
            {
                double share = SpecChecks.share(s.conference().share());
                DurationDistribution consult = s.conference().consult() == null ? DurationDistribution.exponential(30)
                        : c.distribution(s.conference().consult(), at + "/conference/consult");
                ok &= consult != null;
                conference = ok ? new ConferenceConfig(share, consult) : null;
            }
            if (ok && transfer != null && conference != null && transfer.share() + conference.share() > 1 + 1e-9)
            {
                c.error(at + "/conference/share", "transfer and conference shares add up to more than 1");
                ok = false;
            }
            if (!ok || id == null)
            {
                return null;
            }
            TrafficConfigBuilder stream = TrafficConfig.builder(id, s.group(), rate).profile(profile)
                    .profileInterval(c.seconds(s.profileInterval(), interval)).direction(direction).gateways(path)
                    .codecs(codecs).hold(hold).transfer(transfer).conference(conference).callerGroup(callerGroup);
            SpecChecks.ifGiven(s.secureShare(), stream::secureShare);
            SpecChecks.ifGiven(holding, stream::holdingTime);
            SpecChecks.ifGiven(s.cvp(), stream::viaCvp);
            return stream.build();
        });
    }

    List<CodecShare> codecs(final Map<String, Double> mix, final String at)
    {
        if (mix == null)
        {
            return List.of(new CodecShare(c.catalog().codec("G711"), 1.0));
        }
        if (mix.isEmpty())
        {
            c.error(at, "codecs needs at least one codec, e.g. {G711: 1}");
            return null;
        }
        List<CodecShare> shares = new ArrayList<>();
        double sum = 0;
        boolean ok = true;
        for (Map.Entry<String, Double> e : mix.entrySet())
        {
            Codec codec = c.catalog().codec(e.getKey());
            String here = at + "/" + YamlDocument.escape(e.getKey());
            if (codec == null)
            {
                c.errorAtKey(here, "unknown codec '" + e.getKey() + "'; the catalog has "
                        + String.join(", ", c.catalog().codecs().keySet()));
                ok = false;
                continue;
            }
            Double share = e.getValue();
            if (share == null)
            {
                c.error(here, "a codec share is a number from 0 to 1");
                ok = false;
                continue;
            }
            sum += share;
            shares.add(new CodecShare(codec, share));
        }
        if (ok && Math.abs(sum - 1) > 1e-6)
        {
            c.error(at, "codec shares add up to " + sum + "; they must add up to 1");
            ok = false;
        }
        return ok ? shares : null;
    }
}
