package forkcast.scenarios.cdr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Writes CUCM CDR files from known parameters, as CUCM writes them (CDR Administration Guide, "CDR file format"): a
 * header line of the field names in quotes, a line of their SQL types, then one row per leg, text in quotes and
 * numbers bare, times in epoch seconds UTC. Calls arrive as a Poisson process whose hourly rate follows a day
 * profile; each is inbound from a gateway to an agent of one group; a share is never answered; an answered call
 * is recorded ({@code recordedShare} of them), giving two legs from the agent's phone to the recording trunk (R5, one
 * per stream, calling as the agent's line), and a share is transferred (a second
 * leg of the same globalCallID_callId, the first ended on behalf of transfer, 10). What was generated is counted, so
 * that tests compare the fit with the truth.
 * <p>
 * With {@code agents} set, the calls reach the agents through a queue-enabled hunt pilot (CUCM Native Call Queuing):
 * {@code agents} agents serve them first come, first served, and a caller who finds every agent busy waits, with an
 * exponential patience, until an agent frees up (answered, {@code wasCallQueued} 1 and the wait in
 * {@code totalWaitTimeInQueue}) or the patience runs out (abandoned: never connected, ended by the caller with
 * {@code origCause_value} 16, the leg ending at the hunt pilot). That is the model's queue (M/G/N+M), simulated call
 * by call: under FIFO a call's wait is the earliest time an agent is free after every earlier answered call took
 * one, whatever later callers do. Ring-no-answer legs ({@code unansweredShare}) stay as they are: not queued.
 */
public final class CdrGenerator
{
    /** The CDR fields of CUCM 12.x, in file order, with their SQL types. */
    static final String[][] FIELDS = {
        {"cdrRecordType", "INTEGER"}, {"globalCallID_callManagerId", "INTEGER"}, {"globalCallID_callId", "INTEGER"},
        {"origLegCallIdentifier", "INTEGER"}, {"dateTimeOrigination", "INTEGER"}, {"origNodeId", "INTEGER"},
        {"origSpan", "INTEGER"}, {"origIpAddr", "INTEGER"}, {"callingPartyNumber", "VARCHAR(50)"},
        {"callingPartyUnicodeLoginUserID", "VARCHAR(128)"}, {"origCause_location", "INTEGER"},
        {"origCause_value", "INTEGER"}, {"origPrecedenceLevel", "INTEGER"}, {"origMediaTransportAddress_IP", "INTEGER"},
        {"origMediaTransportAddress_Port", "INTEGER"}, {"origMediaCap_payloadCapability", "INTEGER"},
        {"origMediaCap_maxFramesPerPacket", "INTEGER"}, {"origMediaCap_g723BitRate", "INTEGER"},
        {"origVideoCap_Codec", "INTEGER"}, {"origVideoCap_Bandwidth", "INTEGER"}, {"origVideoCap_Resolution", "INTEGER"},
        {"origVideoTransportAddress_IP", "INTEGER"}, {"origVideoTransportAddress_Port", "INTEGER"},
        {"origRSVPAudioStat", "VARCHAR(64)"}, {"origRSVPVideoStat", "VARCHAR(64)"}, {"destLegIdentifier", "INTEGER"},
        {"destNodeId", "INTEGER"}, {"destSpan", "INTEGER"}, {"destIpAddr", "INTEGER"},
        {"originalCalledPartyNumber", "VARCHAR(50)"}, {"finalCalledPartyNumber", "VARCHAR(50)"},
        {"finalCalledPartyUnicodeLoginUserID", "VARCHAR(128)"}, {"destCause_location", "INTEGER"},
        {"destCause_value", "INTEGER"}, {"destPrecedenceLevel", "INTEGER"}, {"destMediaTransportAddress_IP", "INTEGER"},
        {"destMediaTransportAddress_Port", "INTEGER"}, {"destMediaCap_payloadCapability", "INTEGER"},
        {"destMediaCap_maxFramesPerPacket", "INTEGER"}, {"destMediaCap_g723BitRate", "INTEGER"},
        {"destVideoCap_Codec", "INTEGER"}, {"destVideoCap_Bandwidth", "INTEGER"}, {"destVideoCap_Resolution", "INTEGER"},
        {"destVideoTransportAddress_IP", "INTEGER"}, {"destVideoTransportAddress_Port", "INTEGER"},
        {"destRSVPAudioStat", "VARCHAR(64)"}, {"destRSVPVideoStat", "VARCHAR(64)"}, {"dateTimeConnect", "INTEGER"},
        {"dateTimeDisconnect", "INTEGER"}, {"lastRedirectDn", "VARCHAR(50)"}, {"pkid", "UNIQUEIDENTIFIER"},
        {"originalCalledPartyNumberPartition", "VARCHAR(50)"}, {"callingPartyNumberPartition", "VARCHAR(50)"},
        {"finalCalledPartyNumberPartition", "VARCHAR(50)"}, {"lastRedirectDnPartition", "VARCHAR(50)"},
        {"duration", "INTEGER"}, {"origDeviceName", "VARCHAR(129)"}, {"destDeviceName", "VARCHAR(129)"},
        {"origCallTerminationOnBehalfOf", "INTEGER"}, {"destCallTerminationOnBehalfOf", "INTEGER"},
        {"origCalledPartyRedirectOnBehalfOf", "INTEGER"}, {"lastRedirectRedirectOnBehalfOf", "INTEGER"},
        {"origCalledPartyRedirectReason", "INTEGER"}, {"lastRedirectRedirectReason", "INTEGER"},
        {"destConversationId", "INTEGER"}, {"globalCallId_ClusterID", "VARCHAR(50)"}, {"joinOnBehalfOf", "INTEGER"},
        {"comment", "VARCHAR(2048)"}, {"authCodeDescription", "VARCHAR(50)"}, {"authorizationLevel", "INTEGER"},
        {"clientMatterCode", "VARCHAR(32)"}, {"origDTMFMethod", "INTEGER"}, {"destDTMFMethod", "INTEGER"},
        {"callSecuredStatus", "INTEGER"}, {"origConversationId", "INTEGER"}, {"origMediaCap_Bandwidth", "INTEGER"},
        {"destMediaCap_Bandwidth", "INTEGER"}, {"authorizationCodeValue", "VARCHAR(32)"},
        {"outpulsedCallingPartyNumber", "VARCHAR(50)"}, {"outpulsedCalledPartyNumber", "VARCHAR(50)"},
        {"origIpv4v6Addr", "VARCHAR(64)"}, {"destIpv4v6Addr", "VARCHAR(64)"},
        {"origVideoCap_Codec_Channel2", "INTEGER"}, {"origVideoCap_Bandwidth_Channel2", "INTEGER"},
        {"origVideoCap_Resolution_Channel2", "INTEGER"}, {"origVideoTransportAddress_IP_Channel2", "INTEGER"},
        {"origVideoTransportAddress_Port_Channel2", "INTEGER"}, {"origVideoChannel_Role_Channel2", "INTEGER"},
        {"destVideoCap_Codec_Channel2", "INTEGER"}, {"destVideoCap_Bandwidth_Channel2", "INTEGER"},
        {"destVideoCap_Resolution_Channel2", "INTEGER"}, {"destVideoTransportAddress_IP_Channel2", "INTEGER"},
        {"destVideoTransportAddress_Port_Channel2", "INTEGER"}, {"destVideoChannel_Role_Channel2", "INTEGER"},
        {"IncomingProtocolID", "INTEGER"}, {"IncomingProtocolCallRef", "VARCHAR(32)"}, {"OutgoingProtocolID", "INTEGER"},
        {"OutgoingProtocolCallRef", "VARCHAR(32)"}, {"currentRoutingReason", "INTEGER"},
        {"origRoutingReason", "INTEGER"}, {"lastRedirectingRoutingReason", "INTEGER"},
        {"huntPilotPartition", "VARCHAR(50)"}, {"huntPilotDN", "VARCHAR(50)"}, {"calledPartyPatternUsage", "INTEGER"},
        {"IncomingICID", "VARCHAR(50)"}, {"IncomingOrigIOI", "VARCHAR(50)"}, {"IncomingTermIOI", "VARCHAR(50)"},
        {"OutgoingICID", "VARCHAR(50)"}, {"OutgoingOrigIOI", "VARCHAR(50)"}, {"OutgoingTermIOI", "VARCHAR(50)"},
        {"outpulsedOriginalCalledPartyNumber", "VARCHAR(50)"}, {"outpulsedLastRedirectingNumber", "VARCHAR(50)"},
        {"wasCallQueued", "INTEGER"}, {"totalWaitTimeInQueue", "INTEGER"}, {"callingPartyNumber_uri", "VARCHAR(254)"},
        {"originalCalledPartyNumber_uri", "VARCHAR(254)"}, {"finalCalledPartyNumber_uri", "VARCHAR(254)"},
        {"lastRedirectDn_uri", "VARCHAR(254)"}, {"mobileCallingPartyNumber", "VARCHAR(50)"},
        {"finalMobileCalledPartyNumber", "VARCHAR(50)"}, {"origMobileDeviceName", "VARCHAR(129)"},
        {"destMobileDeviceName", "VARCHAR(129)"}, {"origMobileCallDuration", "INTEGER"},
        {"destMobileCallDuration", "INTEGER"}, {"mobileCallType", "INTEGER"},
        {"originalCalledPartyPattern", "VARCHAR(50)"}, {"finalCalledPartyPattern", "VARCHAR(50)"},
        {"lastRedirectingPartyPattern", "VARCHAR(50)"}, {"huntPilotPattern", "VARCHAR(50)"},
        {"origDeviceType", "VARCHAR(100)"}, {"destDeviceType", "VARCHAR(100)"}, {"origDeviceSessionID", "VARCHAR(128)"},
        {"destDeviceSessionID", "VARCHAR(128)"}};

    private static final Map<String, Integer> INDEX = new LinkedHashMap<>();

    static
    {
        for (int i = 0; i < FIELDS.length; i++)
        {
            INDEX.put(FIELDS[i][0], i);
        }
    }

    /** 2024-03-04 00:00:00 UTC, a Monday. */
    static final long START = 1_709_510_400L;

    /** Known parameters of the generated traffic. */
    public static final class Parameters
    {
        public int days = 7;
        public double callsPerHour = 120;
        public double[] profile = {0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 0.9, 1.4, 1.8, 2.0, 1.9, 1.5, 1.6, 1.8, 1.7, 1.5, 1.2, 0.9,
            0.6, 0.4, 0.3, 0.2, 0.2};
        public ToDoubleFunction<SplittableRandom> holding = r -> Math.exp(5.0 + 0.6 * gaussian(r));
        public double unansweredShare = 0.05;
        public double secureShare = 0.1;
        public int[] codecCodes = {4, 11, 6};
        public double[] codecShares = {0.7, 0.2, 0.1};
        public double transferShare = 0.05;
        public boolean recorded = true;
        /** With {@code recorded}: the share of answered calls whose agent's line starts a session (1: every call). */
        public double recordedShare = 1;
        /** The agents' directory numbers are {@code agentBase} to {@code agentBase + 99}. */
        public int agentBase = 2000;
        public long seed = 17;
        public long start = START;
        /** Agents behind a queue-enabled hunt pilot; 0: no queue, every answered call connects after ringing. */
        public int agents = 0;
        /** Mean of the callers' exponential patience in the queue, seconds. */
        public double meanPatience = 60;
        /** The hunt pilot's number: originalCalledPartyNumber of every call, huntPilotDN of the queued ones. */
        public String huntPilot = "2999";
    }

    /** What was generated. */
    public static final class Truth
    {
        public long legs;
        public long calls;
        public long answered;
        public long secure;
        public long transferred;
        public final Map<Integer, Long> codecs = new LinkedHashMap<>();
        public final List<Double> holdingTimes = new ArrayList<>();
        public long recordingLegs;
        /** Ring-no-answer legs (not queued). */
        public long ringUnanswered;
        /** Calls that waited in the queue ({@code wasCallQueued} 1). */
        public long queued;
        /** Of those, callers who hung up before an agent was free. */
        public long abandoned;
        /** The seconds written in totalWaitTimeInQueue, summed over the queued calls. */
        public long queueWait;
    }

    private CdrGenerator()
    {
    }

    static double gaussian(final SplittableRandom r)
    {
        // Box–Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default, kept explicit
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Write {@code p}'s traffic into {@code file} (gzip when the name ends with .gz). */
    public static Truth write(final Parameters p, final Path file) throws IOException
    {
        Truth truth = new Truth();
        SplittableRandom r = new SplittableRandom(p.seed);
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8))
        {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < FIELDS.length; i++)
            {
                line.append(i == 0 ? "" : ",").append('"').append(FIELDS[i][0]).append('"');
            }
            w.write(line.append('\n').toString());
            line.setLength(0);
            for (int i = 0; i < FIELDS.length; i++)
            {
                line.append(i == 0 ? "" : ",").append(FIELDS[i][1]);
            }
            w.write(line.append('\n').toString());
            long callId = 1_000_000;
            PriorityQueue<Long> agentFree = new PriorityQueue<>();
            for (int i = 0; i < p.agents; i++)
            {
                agentFree.add(0L);
            }
            for (int day = 0; day < p.days; day++)
            {
                for (int hour = 0; hour < 24; hour++)
                {
                    double rate = p.callsPerHour * p.profile[hour % p.profile.length] / 3600.0;
                    double t = 0;
                    while (true)
                    {
                        t += -Math.log(1 - r.nextDouble()) / rate;
                        if (t >= 3600)
                        {
                            break;
                        }
                        long origination = p.start + day * 86_400L + hour * 3600L + (long) t;
                        if (p.agents > 0)
                        {
                            queuedCall(p, truth, r, w, ++callId, origination, agentFree);
                        }
                        else
                        {
                            call(p, truth, r, w, ++callId, origination);
                        }
                    }
                }
            }
        }
        return truth;
    }

    private static void call(final Parameters p, final Truth truth, final SplittableRandom r, final Writer w,
            final long callId, final long origination) throws IOException
    {
        truth.calls++;
        String caller = "0" + (200_000_000 + r.nextInt(99_999_999));
        String agent = String.valueOf(p.agentBase + r.nextInt(100));
        String phone = "SEP00AA" + String.format("%05X", Integer.parseInt(agent));
        if (r.nextDouble() < p.unansweredShare)
        {
            truth.ringUnanswered++;
            row(w, truth, callId, origination, 0, origination + 5 + r.nextInt(30), 0, caller, p.huntPilot, agent,
                    "GW-DC-01", phone, 0, 0, 0, 0, 0);
            return;
        }
        long connect = origination + 2 + r.nextInt(8);
        answered(p, truth, r, w, callId, origination, connect, caller, agent, phone, 0, 0);
    }

    /**
     * One call through the queue-enabled hunt pilot. The queue runs in the whole seconds the CDRs show (an agent is
     * free from the second its last call's disconnect says), so that the legs written never hold more calls at once
     * than there are agents.
     */
    private static void queuedCall(final Parameters p, final Truth truth, final SplittableRandom r, final Writer w,
            final long callId, final long origination, final PriorityQueue<Long> agentFree) throws IOException
    {
        truth.calls++;
        String caller = "0" + (200_000_000 + r.nextInt(99_999_999));
        String agent = String.valueOf(p.agentBase + r.nextInt(100));
        String phone = "SEP00AA" + String.format("%05X", Integer.parseInt(agent));
        if (r.nextDouble() < p.unansweredShare)
        {
            truth.ringUnanswered++;
            row(w, truth, callId, origination, 0, origination + 5 + r.nextInt(30), 0, caller, p.huntPilot, agent,
                    "GW-DC-01", phone, 0, 0, 0, 0, 0);
            return;
        }
        double patience = -p.meanPatience * Math.log(1 - r.nextDouble());
        long wait = Math.max(0, agentFree.peek() - origination);
        if (wait > patience)
        {
            long waited = Math.round(patience);
            truth.queued++;
            truth.abandoned++;
            truth.queueWait += waited;
            // never connected: the leg ends at the hunt pilot, no member's phone, cleared by the caller (16)
            row(w, truth, callId, origination, 0, origination + waited, 0, caller, p.huntPilot, p.huntPilot, "GW-DC-01",
                    "", 0, 0, 0, 0, 0, 1, waited, p.huntPilot, 16, 0);
            return;
        }
        if (wait > 0)
        {
            truth.queued++;
            truth.queueWait += wait;
        }
        long duration = answered(p, truth, r, w, callId, origination, origination + wait, caller, agent, phone,
                wait > 0 ? 1 : 0, wait);
        agentFree.poll();
        agentFree.add(origination + wait + duration);
    }

    /** @return the talk time written, whole seconds */
    private static long answered(final Parameters p, final Truth truth, final SplittableRandom r, final Writer w,
            final long callId, final long origination, final long connect, final String caller, final String agent,
            final String phone, final int queued, final long waited) throws IOException
    {
        double h = p.holding.applyAsDouble(r);
        long duration = Math.round(h);
        truth.holdingTimes.add((double) duration);
        int codec = p.codecCodes[p.codecCodes.length - 1];
        double u = r.nextDouble();
        double c = 0;
        for (int i = 0; i < p.codecShares.length; i++)
        {
            c += p.codecShares[i];
            if (u < c)
            {
                codec = p.codecCodes[i];
                break;
            }
        }
        int secured = r.nextDouble() < p.secureShare ? 2 : 0;
        boolean transfer = r.nextDouble() < p.transferShare;
        truth.answered++;
        truth.codecs.merge(codec, 1L, Long::sum);
        truth.secure += secured == 2 ? 1 : 0;
        row(w, truth, callId, origination, connect, connect + duration, duration, caller, p.huntPilot, agent, "GW-DC-01",
                phone, codec, codec, secured, transfer ? CdrLeg.TRANSFER : 0, 0, queued, waited,
                p.agents > 0 ? p.huntPilot : "", 16, 16);
        // the draw only when some calls go unrecorded, so that the other parameters write the files they always wrote
        if (p.recorded && (p.recordedShare >= 1 || r.nextDouble() < p.recordedShare))
        {
            for (String side : new String[] {"1", "2"})
            {
                truth.recordingLegs++;
                row(w, truth, callId * 10 + Integer.parseInt(side), connect, connect + 1, connect + duration,
                        Math.max(0, duration - 1), agent, "5999", "5999", phone, "REC-TRUNK-" + side, codec, codec, 0, 0,
                        0);
            }
        }
        if (transfer)
        {
            truth.transferred++;
        }
        return duration;
    }

    private static void row(final Writer w, final Truth truth, final long callId, final long origination,
            final long connect, final long disconnect, final long duration, final String calling,
            final String originalCalled, final String finalCalled, final String origDevice, final String destDevice,
            final int origCodec, final int destCodec, final int secured, final int origTermination, final int join)
            throws IOException
    {
        row(w, truth, callId, origination, connect, disconnect, duration, calling, originalCalled, finalCalled,
                origDevice, destDevice, origCodec, destCodec, secured, origTermination, join, 0, 0, "", 16,
                connect == 0 ? 0 : 16);
    }

    private static void row(final Writer w, final Truth truth, final long callId, final long origination,
            final long connect, final long disconnect, final long duration, final String calling,
            final String originalCalled, final String finalCalled, final String origDevice, final String destDevice,
            final int origCodec, final int destCodec, final int secured, final int origTermination, final int join,
            final int queued, final long waited, final String huntPilot, final int origCause, final int destCause)
            throws IOException
    {
        truth.legs++;
        String[] v = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++)
        {
            v[i] = FIELDS[i][1].equals("INTEGER") ? "0" : "\"\"";
        }
        set(v, "cdrRecordType", "1");
        set(v, "globalCallID_callManagerId", "1");
        set(v, "globalCallID_callId", Long.toString(callId));
        set(v, "origLegCallIdentifier", Long.toString(callId * 2 + 17_000_000));
        set(v, "destLegIdentifier", Long.toString(callId * 2 + 17_000_001));
        set(v, "dateTimeOrigination", Long.toString(origination));
        set(v, "origNodeId", "1");
        set(v, "destNodeId", "1");
        set(v, "callingPartyNumber", '"' + calling + '"');
        set(v, "originalCalledPartyNumber", '"' + originalCalled + '"');
        set(v, "finalCalledPartyNumber", '"' + finalCalled + '"');
        set(v, "origCause_value", Integer.toString(origCause));
        set(v, "destCause_value", Integer.toString(destCause));
        set(v, "wasCallQueued", Integer.toString(queued));
        set(v, "totalWaitTimeInQueue", Long.toString(waited));
        set(v, "huntPilotDN", '"' + huntPilot + '"');
        set(v, "origMediaCap_payloadCapability", Integer.toString(origCodec));
        set(v, "destMediaCap_payloadCapability", Integer.toString(destCodec));
        set(v, "origMediaCap_maxFramesPerPacket", origCodec == 0 ? "0" : "20");
        set(v, "destMediaCap_maxFramesPerPacket", destCodec == 0 ? "0" : "20");
        set(v, "dateTimeConnect", Long.toString(connect));
        set(v, "dateTimeDisconnect", Long.toString(disconnect));
        set(v, "pkid", "\"" + java.util.UUID.nameUUIDFromBytes(Long.toString(callId * 31 + origination)
                .getBytes(StandardCharsets.US_ASCII)) + "\"");
        set(v, "duration", Long.toString(duration));
        set(v, "origDeviceName", '"' + origDevice + '"');
        set(v, "destDeviceName", '"' + destDevice + '"');
        set(v, "origCallTerminationOnBehalfOf", Integer.toString(origTermination));
        set(v, "destCallTerminationOnBehalfOf", "0");
        set(v, "joinOnBehalfOf", Integer.toString(join));
        set(v, "globalCallId_ClusterID", "\"StandAloneCluster\"");
        set(v, "callSecuredStatus", Integer.toString(secured));
        w.write(String.join(",", v));
        w.write('\n');
    }

    private static void set(final String[] v, final String field, final String value)
    {
        v[INDEX.get(field)] = value;
    }
}
