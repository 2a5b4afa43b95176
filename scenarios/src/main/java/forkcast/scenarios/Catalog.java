package forkcast.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import forkcast.models.cucm.CtiCosts;
import forkcast.models.media.Codec;
import forkcast.scenarios.spec.DurationValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The built-in defaults: codecs (payload and packetization, for F1), CTI messages per occurrence (F4) and CUCM node
 * platforms' CTI device and line limits, each with
 * the source of its value ({@code catalog.yaml} beside this class). {@code forkcast catalog} prints it.
 */
public final class Catalog
{
    /** A catalog value and where it comes from. */
    public record Entry(String name, String value, String source)
    {
        /** How the catalog marks a value of Forkcast's own, not from a cited source: its source begins with it. */
        public static final String ASSUMPTION = "assumption";

        /** @return true when the value is Forkcast's own assumption (its source says so first), not a cited figure */
        public boolean assumption()
        {
            return this.source.startsWith(ASSUMPTION);
        }
    }

    /**
     * A CUCM node platform (server model or OVA) and the CTI-controlled devices and lines it supports.
     *
     * @param name the platform's name, as {@code cluster.nodes[].platform} gives it
     */
    public record CucmPlatform(String name, int ctiDevicesPerNode, int ctiLinesPerNode, int ctiDevicesPerCluster,
            int ctiLinesPerCluster, String source)
    {
    }

    /** The platform a node is on when the scenario does not say. */
    public static final String DEFAULT_CUCM_PLATFORM = "OVA-10K";

    private final Map<String, CucmPlatform> cucmPlatforms = new LinkedHashMap<>();
    private final Map<String, Codec> codecs = new LinkedHashMap<>();
    private final Map<String, Entry> codecEntries = new LinkedHashMap<>();
    private final Map<String, Entry> ctiEntries = new LinkedHashMap<>();
    private final Map<String, Entry> cacEntries = new LinkedHashMap<>();
    private final Map<String, Double> cubeSetupRates = new LinkedHashMap<>();
    private final CtiCosts ctiCosts;
    private final Map<String, Integer> cubePlatforms = new LinkedHashMap<>();
    private final Map<String, Entry> cubeEntries = new LinkedHashMap<>();
    private final Map<String, Entry> setupEntries = new LinkedHashMap<>();

    private Catalog(final JsonNode root)
    {
        for (Map.Entry<String, JsonNode> e : root.get("codecs").properties())
        {
            JsonNode c = e.getValue();
            double bytes = c.get("payloadBytes").asDouble();
            DurationValue ptime = DurationValue.parse(c.get("packetization").asString());
            double cacKbps = c.get("cacKbps").asDouble();
            Codec codec = new Codec(e.getKey(), bytes, ptime.seconds(), (int) Math.round(cacKbps * 1000));
            this.cacEntries.put(e.getKey(), new Entry(e.getKey(),
                    String.format(java.util.Locale.ROOT, "%s kbit/s per call", c.get("cacKbps").asString()),
                    c.get("cacSource").asString()));
            this.codecs.put(e.getKey(), codec);
            this.codecEntries.put(e.getKey(), new Entry(e.getKey(),
                    String.format(java.util.Locale.ROOT, "%.0f bytes / %s = %.1f kbit/s payload, %.1f kbit/s on Ethernet",
                            bytes, ptime.text(), codec.payloadBitsPerSecond() / 1000,
                            codec.streamBitsPerSecond(forkcast.models.media.Layer2.ETHERNET, false) / 1000),
                    c.get("source").asString()));
        }
        for (Map.Entry<String, JsonNode> e : root.get("cubePlatforms").properties())
        {
            int sessions = e.getValue().get("maxSessions").asInt();
            double setups = e.getValue().get("maxSetupsPerSecond").asDouble();
            this.cubePlatforms.put(e.getKey(), sessions);
            this.cubeSetupRates.put(e.getKey(), setups);
            this.cubeEntries.put(e.getKey(), new Entry(e.getKey(),
                    sessions + " dialogs, " + e.getValue().get("maxSetupsPerSecond").asString() + " set-ups/s",
                    e.getValue().get("source").asString()));
        }
        for (Map.Entry<String, JsonNode> e : root.get("setupAndFailover").properties())
        {
            this.setupEntries.put(e.getKey(),
                    new Entry(e.getKey(), e.getValue().get("value").asString(), e.getValue().get("source").asString()));
        }
        for (Map.Entry<String, JsonNode> e : root.get("cucmPlatforms").properties())
        {
            JsonNode p = e.getValue();
            this.cucmPlatforms.put(e.getKey(), new CucmPlatform(e.getKey(), p.get("ctiDevicesPerNode").asInt(),
                    p.get("ctiLinesPerNode").asInt(), p.get("ctiDevicesPerCluster").asInt(),
                    p.get("ctiLinesPerCluster").asInt(), p.get("source").asString()));
        }
        JsonNode cti = root.get("cti");
        for (Map.Entry<String, JsonNode> e : cti.properties())
        {
            this.ctiEntries.put(e.getKey(),
                    new Entry(e.getKey(), e.getValue().get("value").asString(), e.getValue().get("source").asString()));
        }
        this.ctiCosts = new CtiCosts(cti.get("callSetup").get("value").asDouble(),
                cti.get("callRelease").get("value").asDouble(), cti.get("recordingStartRequest").get("value").asDouble(),
                cti.get("recordingStopRequest").get("value").asDouble(),
                cti.get("recordingStarted").get("value").asDouble(),
                cti.get("recordingEnded").get("value").asDouble(), cti.get("recordingFailed").get("value").asDouble(),
                cti.get("monitoringRequest").get("value").asDouble(),
                cti.get("observersPerLine").get("value").asInt(), cti.get("costPerMessage").get("value").asDouble());
    }

    /** @return the catalog shipped with Forkcast */
    public static Catalog builtIn()
    {
        try (InputStream in = Catalog.class.getResourceAsStream("catalog.yaml"))
        {
            if (in == null)
            {
                throw new IllegalStateException("catalog.yaml missing from the class path");
            }
            return new Catalog(new YAMLMapper().readTree(in));
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the codec, or null when the catalog has no such name */
    public Codec codec(final String name)
    {
        return this.codecs.get(name);
    }

    public Map<String, Codec> codecs()
    {
        return Collections.unmodifiableMap(this.codecs);
    }

    public Map<String, Entry> codecEntries()
    {
        return Collections.unmodifiableMap(this.codecEntries);
    }

    public Map<String, Entry> ctiEntries()
    {
        return Collections.unmodifiableMap(this.ctiEntries);
    }

    /** @return the R12 platform's planning capacity in dialogs, or null for an unknown platform */
    public Integer cubePlatform(final String name)
    {
        return this.cubePlatforms.get(name);
    }

    /** @return the R12 platform's planning set-up rate in sessions per second, or null for an unknown platform */
    public Double cubeSetupRate(final String name)
    {
        return this.cubeSetupRates.get(name);
    }

    /** @return CUCM's locations-CAC deduction per call by codec (F7), with sources */
    public Map<String, Entry> cacEntries()
    {
        return Collections.unmodifiableMap(this.cacEntries);
    }

    public Map<String, Entry> cubeEntries()
    {
        return Collections.unmodifiableMap(this.cubeEntries);
    }

    /** @return the set-up capacity and failover timing defaults (F6, R20) and their sources */
    public Map<String, Entry> setupEntries()
    {
        return Collections.unmodifiableMap(this.setupEntries);
    }

    /** @return the CUCM node platform, or null for an unknown name */
    public CucmPlatform cucmPlatform(final String name)
    {
        return this.cucmPlatforms.get(name);
    }

    /** @return the CUCM node platforms with their CTI limits and sources, in catalog order */
    public Map<String, CucmPlatform> cucmPlatforms()
    {
        return Collections.unmodifiableMap(this.cucmPlatforms);
    }

    /** @return the default CTI costs (F4) */
    public CtiCosts ctiCosts()
    {
        return this.ctiCosts;
    }
}
