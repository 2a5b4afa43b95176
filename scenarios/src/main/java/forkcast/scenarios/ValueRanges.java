package forkcast.scenarios;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import forkcast.scenarios.spec.AgentGroupSpec;
import forkcast.scenarios.spec.ClusterSpec;
import forkcast.scenarios.spec.ConferenceSpec;
import forkcast.scenarios.spec.CtiCostsSpec;
import forkcast.scenarios.spec.CubeSpec;
import forkcast.scenarios.spec.DistributionSpec;
import forkcast.scenarios.spec.DownSpec;
import forkcast.scenarios.spec.DurationValue;
import forkcast.scenarios.spec.GatewaySpec;
import forkcast.scenarios.spec.HoldSpec;
import forkcast.scenarios.spec.LineSpec;
import forkcast.scenarios.spec.LinkSpec;
import forkcast.scenarios.spec.MonitoringSpec;
import forkcast.scenarios.spec.MtpPoolSpec;
import forkcast.scenarios.spec.NodeSpec;
import forkcast.scenarios.spec.RateValue;
import forkcast.scenarios.spec.RecorderSpec;
import forkcast.scenarios.spec.RunSpec;
import forkcast.scenarios.spec.ScenarioSpec;
import forkcast.scenarios.spec.SelectiveSpec;
import forkcast.scenarios.spec.TargetsSpec;
import forkcast.scenarios.spec.TrafficSpec;
import forkcast.scenarios.spec.TransferSpec;
import forkcast.scenarios.spec.TrunkSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The range of every number of a scenario, in one table: whole numbers, numbers, durations and rates, each with its
 * bounds. docs/scenario-format.md shows this table (a test keeps the two equal) and the JSON Schema repeats the bounds
 * of plain numbers. Values are checked on the YAML tree, before the records are bound, so that a file's values,
 * {@code --set} and {@code --vary} values and a variant's values meet exactly the same checks and messages, and a
 * fraction never reaches a whole-number field to be truncated.
 *
 * <p>Bounds that are not limits of CUCM or of the recording guide are sanity bounds (an assumption of Forkcast's):
 * far beyond any deployment, they keep the arithmetic finite and catch typos such as {@code mbps: 1e-300}.
 */
final class ValueRanges
{
    /** What kind of value a key takes. */
    enum Kind
    {
        WHOLE("whole number"), NUMBER("number"), DURATION("duration"), RATE("rate");

        final String words;

        Kind(final String words)
        {
            this.words = words;
        }
    }

    /**
     * One key's range.
     *
     * @param record the section record that holds the key
     * @param key the key as written in a scenario
     * @param label where the key is, as docs/scenario-format.md names it
     * @param kind the kind of value
     * @param min the smallest value (seconds for durations, per second for rates)
     * @param above true when the value must be greater than {@code min}, not equal to it
     * @param max the largest value
     * @param minText the lower bound as a user writes it
     * @param maxText the upper bound as a user writes it
     */
    record Range(Class<?> record, String key, String label, Kind kind, BigDecimal min, boolean above, BigDecimal max,
            String minText, String maxText)
    {
        /** @return the rule in words: "a whole number from 1 to 100000", "greater than 0s and at most 7d" */
        String rule()
        {
            return (this.kind == Kind.WHOLE ? "a whole number " : "") + (this.above ? "greater than " + this.minText
                    + " and at most " : "from " + this.minText + " to ") + this.maxText;
        }

        boolean contains(final BigDecimal value)
        {
            int low = value.compareTo(this.min);
            return (this.above ? low > 0 : low >= 0) && value.compareTo(this.max) <= 0;
        }
    }

    private static final String YEAR = "366d";
    private static final String WEEK = "7d";
    private static final String MILLION = "1000000";
    private static final String TEN_MILLION = "10000000";

    /** Every numeric key of the scenario format, in the order of docs/scenario-format.md. */
    static final List<Range> RANGES = List.of(
            whole(ScenarioSpec.class, "seed", "seed", Long.toString(Long.MIN_VALUE), Long.toString(Long.MAX_VALUE)),
            duration(RunSpec.class, "warmup", "run.warmup", false, "0s", YEAR),
            duration(RunSpec.class, "duration", "run.duration", true, "0s", YEAR),
            whole(RunSpec.class, "replications", "run.replications", "1", "100000"),
            duration(RunSpec.class, "interval", "run.interval", true, "0s", "1h"),
            share(RunSpec.class, "busyHourShare", "run.busyHourShare"),
            number(RunSpec.class, "trafficScale", "run.trafficScale", "0", "1000"),
            number(ClusterSpec.class, "bhccRating", "cluster.bhccRating", "1", "1000000000"),
            number(ClusterSpec.class, "ctiRating", "cluster.ctiRating", "1", "10000000"),
            duration(ClusterSpec.class, "recordingSetupDelay", "cluster.recordingSetupDelay", false, "0s", "1h"),
            number(CtiCostsSpec.class, "callSetup", "cluster.ctiCosts.callSetup", "0", "1000"),
            number(CtiCostsSpec.class, "callRelease", "cluster.ctiCosts.callRelease", "0", "1000"),
            number(CtiCostsSpec.class, "recordingStartRequest", "cluster.ctiCosts.recordingStartRequest", "0", "1000"),
            number(CtiCostsSpec.class, "recordingStopRequest", "cluster.ctiCosts.recordingStopRequest", "0", "1000"),
            number(CtiCostsSpec.class, "recordingStarted", "cluster.ctiCosts.recordingStarted", "0", "1000"),
            number(CtiCostsSpec.class, "recordingEnded", "cluster.ctiCosts.recordingEnded", "0", "1000"),
            number(CtiCostsSpec.class, "recordingFailed", "cluster.ctiCosts.recordingFailed", "0", "1000"),
            number(CtiCostsSpec.class, "monitoringRequest", "cluster.ctiCosts.monitoringRequest", "0", "1000"),
            whole(CtiCostsSpec.class, "observersPerLine", "cluster.ctiCosts.observersPerLine", "0", "1000"),
            number(CtiCostsSpec.class, "costPerMessage", "cluster.ctiCosts.costPerMessage", "0", "1000"),
            whole(ClusterSpec.class, "ctiDevices", "cluster.ctiDevices", "0", TEN_MILLION),
            whole(ClusterSpec.class, "ctiLines", "cluster.ctiLines", "0", TEN_MILLION),
            number(NodeSpec.class, "bhccRating", "cluster.nodes[].bhccRating", "1", "1000000000"),
            whole(NodeSpec.class, "ctiDevices", "cluster.nodes[].ctiDevices", "0", TEN_MILLION),
            whole(NodeSpec.class, "ctiLines", "cluster.nodes[].ctiLines", "0", TEN_MILLION),
            whole(NodeSpec.class, "ctiPorts", "cluster.nodes[].ctiPorts", "0", MILLION),
            whole(NodeSpec.class, "ctiRoutePoints", "cluster.nodes[].ctiRoutePoints", "0", MILLION),
            number(LinkSpec.class, "mbps", "links[].mbps", "0.001", MILLION),
            whole(LinkSpec.class, "layer2", "links[].layer2 (bytes)", "0", "1000"),
            number(LinkSpec.class, "cacKbps", "links[].cacKbps", "1", "100000000"),
            whole(GatewaySpec.class, "channels", "gateways[].channels", "0", MILLION),
            whole(RecorderSpec.class, "maxStreams", "recorders[].maxStreams", "0", MILLION),
            number(RecorderSpec.class, "maxSetupsPerSecond", "recorders[].maxSetupsPerSecond", "0.001", MILLION),
            whole(RecorderSpec.class, "retentionDays", "recorders[].retentionDays", "0", "36600"),
            number(RecorderSpec.class, "storageTb", "recorders[].storageTb", "0.001", MILLION),
            whole(CubeSpec.class, "maxSessions", "cubes[].maxSessions", "0", MILLION),
            number(CubeSpec.class, "maxSetupsPerSecond", "cubes[].maxSetupsPerSecond", "0.001", MILLION),
            number(CubeSpec.class, "callMovementDerating", "cubes[].callMovementDerating", "0.01", "1"),
            whole(MtpPoolSpec.class, "size", "mtpPools[].size", "0", MILLION),
            whole(TrunkSpec.class, "maxDialogs", "trunks[].maxDialogs", "0", MILLION),
            duration(TrunkSpec.class, "inviteTimeout", "trunks[].inviteTimeout", false, "1s", "300s"),
            duration(TrunkSpec.class, "pingInterval", "trunks[].pingInterval", false, "1s", "1h"),
            duration(TrunkSpec.class, "pingIntervalOutOfService", "trunks[].pingIntervalOutOfService", false, "1s",
                    "1h"),
            duration(DownSpec.class, "at", "down[].at", false, "0s", YEAR),
            duration(DownSpec.class, "for", "down[].for", true, "0s", YEAR),
            whole(AgentGroupSpec.class, "agents", "agentGroups[].agents", "0", "10000000"),
            whole(LineSpec.class, "busyTrigger", "agentGroups[].line.busyTrigger", "1", "1000"),
            number(SelectiveSpec.class, "share", "agentGroups[].selective.share", "0", "1"),
            number(SelectiveSpec.class, "stopShare", "agentGroups[].selective.stopShare", "0", "1"),
            number(MonitoringSpec.class, "share", "agentGroups[].monitoring.share", "0", "1"),
            rate(TrafficSpec.class, "rate", "traffic[].rate", "0/s", "1000000/s"),
            number(TrafficSpec.class, "callsPerAgentPerHour", "traffic[].callsPerAgentPerHour", "0", "3600"),
            number(TrafficSpec.class, "profile", "traffic[].profile[]", "0", "1000"),
            duration(TrafficSpec.class, "profileInterval", "traffic[].profileInterval", true, "0s", WEEK),
            number(TrafficSpec.class, "secureShare", "traffic[].secureShare", "0", "1"),
            number(TrafficSpec.class, "codecs", "traffic[].codecs.*", "0", "1"),
            number(HoldSpec.class, "share", "traffic[].hold.share", "0", "1"),
            number(TransferSpec.class, "share", "traffic[].transfer.share", "0", "1"),
            number(TransferSpec.class, "recordConsultShare", "traffic[].transfer.recordConsultShare", "0", "1"),
            number(ConferenceSpec.class, "share", "traffic[].conference.share", "0", "1"),
            duration(DistributionSpec.class, "mean", "distributions: mean", true, "0s", WEEK),
            duration(DistributionSpec.class, "stddev", "distributions: stddev", true, "0s", WEEK),
            duration(DistributionSpec.class, "min", "distributions: min", false, "0s", WEEK),
            duration(DistributionSpec.class, "max", "distributions: max", false, "0s", WEEK),
            duration(DistributionSpec.class, "value", "distributions: value", false, "0s", WEEK),
            whole(DistributionSpec.class, "k", "distributions: k (erlang)", "1", "1000"),
            number(TargetsSpec.class, "recordingBlocking", "targets.recordingBlocking", "0.0001", "1"),
            number(TargetsSpec.class, "coverage", "targets.coverage", "0", "1"),
            number(TargetsSpec.class, "linkUtilisation", "targets.linkUtilisation", "0.01", "1"),
            number(TargetsSpec.class, "setupUtilisation", "targets.setupUtilisation", "0.01", "1"),
            number(TargetsSpec.class, "gatewayBlocking", "targets.gatewayBlocking", "0.0001", "1"),
            number(TargetsSpec.class, "cacBlocking", "targets.cacBlocking", "0.0001", "1"));

    private ValueRanges()
    {
    }

    private static Range whole(final Class<?> record, final String key, final String label, final String min,
            final String max)
    {
        return new Range(record, key, label, Kind.WHOLE, new BigDecimal(min), false, new BigDecimal(max), min, max);
    }

    private static Range number(final Class<?> record, final String key, final String label, final String min,
            final String max)
    {
        return new Range(record, key, label, Kind.NUMBER, new BigDecimal(min), false, new BigDecimal(max), min, max);
    }

    /** A share of a whole that cannot be nothing: greater than 0, at most 1. */
    private static Range share(final Class<?> record, final String key, final String label)
    {
        return new Range(record, key, label, Kind.NUMBER, BigDecimal.ZERO, true, BigDecimal.ONE, "0", "1");
    }

    private static Range duration(final Class<?> record, final String key, final String label, final boolean above,
            final String min, final String max)
    {
        return new Range(record, key, label, Kind.DURATION, BigDecimal.valueOf(DurationValue.parse(min).seconds()), above,
                BigDecimal.valueOf(DurationValue.parse(max).seconds()), min, max);
    }

    private static Range rate(final Class<?> record, final String key, final String label, final String min,
            final String max)
    {
        return new Range(record, key, label, Kind.RATE, BigDecimal.valueOf(RateValue.parse(min).perSecond()), false,
                BigDecimal.valueOf(RateValue.parse(max).perSecond()), min, max);
    }

    /** @return the range of a key of a section record, or null when the key is not a number */
    static Range of(final Class<?> record, final String key)
    {
        for (Range r : RANGES)
        {
            if (r.record() == record && r.key().equals(key))
            {
                return r;
            }
        }
        return null;
    }

    /** @return the rows of the table in docs/scenario-format.md */
    static List<String> markdownRows()
    {
        List<String> rows = new ArrayList<>();
        for (Range r : RANGES)
        {
            rows.add("| `" + r.label() + "` | " + r.kind().words + " | " + (r.above() ? "> " : "") + r.minText()
                    + " | " + r.maxText() + " |");
        }
        return rows;
    }

    /** @return a value as the user wrote it, shortened when it is very long */
    static String shown(final String text)
    {
        return text.length() <= 40 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
    }

    /**
     * A value outside its range.
     *
     * @param pointer where, as a JSON Pointer into the document
     * @param error the error, at the value's location
     */
    record Finding(String pointer, ScenarioError error)
    {
    }

    /**
     * Checks every value of the document and records what is outside its range in the document
     * ({@link YamlDocument#outOfRange()}), so that the deployment's checks report these errors with their own. Each
     * value found is replaced, in the tree, by its range's nearest bound, so that the records can still be bound (a
     * fraction is never truncated into a scenario that runs: a document with findings is refused). Values of the wrong
     * kind are left to the binding, which names what was expected.
     *
     * @return the findings, in document order
     */
    static List<Finding> check(final YamlDocument document)
    {
        List<Finding> found = new ArrayList<>();
        walk(document, document.root(), ScenarioSpec.class, "", null, found);
        found.sort(java.util.Comparator.comparingInt((Finding f) -> f.error().location().line())
                .thenComparingInt(f -> f.error().location().column()));
        document.outOfRange(found);
        return found;
    }

    private static void walk(final YamlDocument document, final JsonNode node, final Type type, final String pointer,
            final Range range, final List<Finding> errors)
    {
        if (node == null || node.isNull())
        {
            return;
        }
        if (range != null && !(type instanceof ParameterizedType))
        {
            checkValue(document, node, type, pointer, range, errors);
            return;
        }
        if (type instanceof Class<?> record && record.isRecord() && node.isObject())
        {
            for (RecordComponent component : record.getRecordComponents())
            {
                String key = jsonName(component);
                JsonNode child = node.get(key);
                if (child != null)
                {
                    walk(document, child, component.getGenericType(), pointer + "/" + YamlDocument.escape(key),
                            of(record, key), errors);
                }
            }
        }
        else if (type instanceof ParameterizedType generic)
        {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) && node.isArray())
            {
                for (int i = 0; i < node.size(); i++)
                {
                    walk(document, node.get(i), args[0], pointer + "/" + i, range, errors);
                }
            }
            else if (Map.class.isAssignableFrom(raw) && node.isObject())
            {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();)
                {
                    Map.Entry<String, JsonNode> e = it.next();
                    walk(document, e.getValue(), args[1], pointer + "/" + YamlDocument.escape(e.getKey()), range,
                            errors);
                }
            }
        }
    }

    private static void checkValue(final YamlDocument document, final JsonNode node, final Type type,
            final String pointer, final Range range, final List<Finding> errors)
    {
        BigDecimal value;
        String text;
        switch (range.kind())
        {
            case WHOLE, NUMBER:
                if (!node.isNumber())
                {
                    return; // a text or a list where a number belongs: the binding says what was expected
                }
                value = node.decimalValue();
                text = WrittenValue.number(value);
                break;
            case DURATION, RATE:
                if (!node.isString())
                {
                    return;
                }
                text = node.asString();
                try
                {
                    double v = range.kind() == Kind.DURATION ? DurationValue.parse(text).seconds()
                            : RateValue.parse(text).perSecond();
                    value = Double.isFinite(v) ? BigDecimal.valueOf(v) : range.max().add(BigDecimal.ONE);
                }
                catch (IllegalArgumentException e)
                {
                    return; // not a duration or rate at all: the binding says what was expected
                }
                break;
            default:
                throw new IllegalStateException(range.kind().name());
        }
        boolean whole = range.kind() != Kind.WHOLE || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (!whole || !range.contains(value))
        {
            errors.add(new Finding(pointer, ScenarioError.error(document.locate(pointer), range.key() + " must be "
                    + range.rule() + ", not " + shown(text))));
            replace(document, pointer, bound(range, value));
        }
    }

    /** @return a value within the range, nearest to {@code value} (for durations and rates, as text) */
    private static JsonNode bound(final Range range, final BigDecimal value)
    {
        boolean low = value.compareTo(range.min()) <= 0 && !range.above();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (range.kind())
        {
            case WHOLE -> nodes.numberNode(low ? range.min() : range.max());
            case NUMBER -> nodes.numberNode(value.compareTo(range.min()) < 0 ? range.min() : range.max());
            case DURATION, RATE -> nodes.stringNode(low ? range.minText() : range.maxText());
        };
    }

    private static void replace(final YamlDocument document, final String pointer, final JsonNode value)
    {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.root().at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object)
        {
            object.set(last, value);
        }
        else if (parent instanceof ArrayNode array)
        {
            array.set(Integer.parseInt(last), value);
        }
    }

    static String jsonName(final RecordComponent component)
    {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null)
        {
            renamed = component.getAnnotation(JsonProperty.class);
        }
        return renamed != null ? renamed.value() : component.getName();
    }
}
