package forkcast.scenarios.cdr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.TDistribution;

import forkcast.scenarios.ScenarioException;

/**
 * Fits traffic to CUCM CDR exports, streaming: every leg is classified by the planner's {@link CdrMap} and counted
 * into its {@link TrafficStream} (or into the recording calls), and only counts, holding times and per-second
 * occupancy are kept. Classification of a leg:
 * <ul>
 * <li>to or from a recording trunk: a recording call (R5: two per recorded call), counted for recording BHCC and
 * peak concurrent recording calls, and attributed to the group of the agent it records by its other end: CUCM places
 * the recording calls from the built-in bridge of the recorded agent's phone, with the agent's line as the calling
 * party, so a leg to the trunk is the group's by {@code callingPartyNumber} or {@code origDeviceName} (and a leg from
 * the trunk by its called numbers or {@code destDeviceName}); a leg whose other end is no mapped group is counted as
 * unattributed and reported;</li>
 * <li>from a gateway to a group's number or device: inbound through that gateway; from a group to a gateway:
 * outbound through it;</li>
 * <li>otherwise, to a group: internal, that group's (from a group to an unmapped phone: internal, the caller's);</li>
 * <li>anything else: counted as unmapped and reported.</li>
 * </ul>
 * A leg to a group reached its queueing point when CUCM marks it queued ({@code wasCallQueued} 1, Native Call
 * Queuing), or, in an export without that field, when it went to one of the group's queue numbers in the map: those
 * legs fit the group's patience ({@link PatienceFit}), and when any caller abandoned, the unanswered ones are offered
 * calls of the model too. Other unanswered legs are counted and left out.
 */
public final class CdrFit
{
    private final CdrMap map;
    private final int interval;
    private final CdrReader reader = new CdrReader();
    private final Map<String, TrafficStream> streams = new LinkedHashMap<>();
    private final HourlyCounts arrivals;
    private final HourlyCounts answeredAgentCalls;
    private final HourlyCounts recordingCalls;
    private final Map<String, SecondsTimeline> groupBusy = new LinkedHashMap<>();
    private final Map<String, SecondsTimeline> gatewayBusy = new LinkedHashMap<>();
    private final SecondsTimeline recordingBusy = new SecondsTimeline();
    private final Map<String, PatienceFit> queues = new LinkedHashMap<>();
    private final Map<String, HourlyCounts> queuedUnanswered = new LinkedHashMap<>();
    private final Map<String, HourlyCounts> abandoned = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();
    private long legs;
    private long unmapped;
    private long recordingLegs;
    private long unansweredRecording;
    private final Map<String, long[]> recordingLegsByGroup = new LinkedHashMap<>();
    private long unattributedRecording;

    /** @param intervalSeconds the profile's interval; divides one hour */
    public CdrFit(final CdrMap map, final int intervalSeconds)
    {
        this.map = map;
        this.interval = intervalSeconds;
        this.arrivals = new HourlyCounts(intervalSeconds);
        this.answeredAgentCalls = new HourlyCounts(intervalSeconds);
        this.recordingCalls = new HourlyCounts(intervalSeconds);
        map.groups().keySet().forEach(g -> this.groupBusy.put(g, new SecondsTimeline()));
        map.gateways().keySet().forEach(g -> this.gatewayBusy.put(g, new SecondsTimeline()));
    }

    /** Read one more CDR file. */
    public void read(final Path file) throws ScenarioException
    {
        this.files.add(file.toString());
        this.reader.read(file, this::leg);
    }

    void leg(final CdrLeg leg)
    {
        this.legs++;
        if (this.map.recordingTrunk(leg.destDevice()) || this.map.recordingTrunk(leg.origDevice()))
        {
            this.recordingLegs++;
            if (leg.answered())
            {
                this.recordingCalls.add(leg.connect());
                this.recordingBusy.add(leg.connect(), leg.disconnect());
            }
            else
            {
                this.unansweredRecording++;
            }
            String recorded = recordedGroup(leg);
            if (recorded == null)
            {
                this.unattributedRecording++;
            }
            else
            {
                this.recordingLegsByGroup.computeIfAbsent(recorded, g -> new long[1])[0]++;
            }
            return;
        }
        String from = group(leg.callingNumber(), null, leg.origDevice());
        String to = calledGroup(leg);
        String gwFrom = gateway(leg.origDevice());
        String gwTo = gateway(leg.destDevice());
        TrafficStream stream;
        if (to != null && gwFrom != null)
        {
            stream = stream(to, "inbound", gwFrom);
        }
        else if (from != null && gwTo != null)
        {
            stream = stream(from, "outbound", gwTo);
        }
        else if (to != null || from != null)
        {
            stream = stream(to != null ? to : from, "internal", null);
        }
        else
        {
            this.unmapped++;
            return;
        }
        stream.add(leg);
        boolean queued = stream.group.equals(to) && queued(leg, this.map.groups().get(to));
        boolean hungUp = !leg.answered()
                && (leg.origCause() < 0 || leg.origCause() == CdrLeg.NORMAL_CLEARING);
        if (queued)
        {
            this.queues.computeIfAbsent(to, g -> new PatienceFit()).add(leg, hungUp);
        }
        if (leg.answered())
        {
            // unanswered legs away from a queueing point are left out: the model connects a call it offers to a free
            // agent, so they would come back as connected calls the cluster never carried
            this.arrivals.add(leg.origination());
            this.answeredAgentCalls.add(leg.connect());
            this.groupBusy.get(stream.group).add(leg.connect(), leg.disconnect());
            if (stream.gateway != null)
            {
                // a gateway channel is held from set-up to release, ringing included
                this.gatewayBusy.get(stream.gateway).add(leg.origination(), leg.disconnect());
            }
        }
        else if (queued)
        {
            // offered calls the model represents once the group has a queue (decided when the fit is read out)
            stream.queuedUnanswered++;
            this.queuedUnanswered.computeIfAbsent(to, g -> new HourlyCounts(this.interval)).add(leg.origination());
            if (hungUp)
            {
                this.abandoned.computeIfAbsent(to, g -> new HourlyCounts(this.interval)).add(leg.origination());
            }
            if (stream.gateway != null)
            {
                this.gatewayBusy.get(stream.gateway).add(leg.origination(), leg.disconnect());
            }
        }
    }

    /**
     * @return whether {@code leg} waited at its group's queueing point: CUCM's own flag when the export has it, else
     *         whether it went to one of the group's queue numbers
     */
    private static boolean queued(final CdrLeg leg, final CdrMap.Matcher group)
    {
        if (leg.queued() >= 0)
        {
            return leg.queued() == 1;
        }
        return group.queue(leg.huntPilot()) || group.queue(leg.finalCalledNumber())
                || group.queue(leg.originalCalledNumber());
    }

    /**
     * @return the group whose agent a recording leg records: its end away from the recording trunk, the calling side
     *         of a leg to the trunk (the recording call comes from the agent phone's built-in bridge, calling as the
     *         agent's line: Recording Use Cases, "Automatic Call Recording"), the called side of a leg from it; null
     *         when that end is no mapped group (a gateway forking the media, an unmapped phone)
     */
    private String recordedGroup(final CdrLeg leg)
    {
        if (this.map.recordingTrunk(leg.destDevice()))
        {
            return group(leg.callingNumber(), null, leg.origDevice());
        }
        return group(leg.finalCalledNumber(), leg.originalCalledNumber(), leg.destDevice());
    }

    /** @return the group a leg goes to, by its called numbers, destination device or the group's queue numbers */
    private String calledGroup(final CdrLeg leg)
    {
        String byLine = group(leg.finalCalledNumber(), leg.originalCalledNumber(), leg.destDevice());
        if (byLine != null)
        {
            return byLine;
        }
        for (Map.Entry<String, CdrMap.Matcher> e : this.map.groups().entrySet())
        {
            CdrMap.Matcher m = e.getValue();
            if (m.queue(leg.huntPilot()) || m.queue(leg.finalCalledNumber()) || m.queue(leg.originalCalledNumber()))
            {
                return e.getKey();
            }
        }
        return null;
    }

    private TrafficStream stream(final String group, final String direction, final String gateway)
    {
        return this.streams.computeIfAbsent(group + "/" + direction + "/" + gateway,
                k -> new TrafficStream(group, direction, gateway));
    }

    private String group(final String number, final String otherNumber, final String device)
    {
        for (Map.Entry<String, CdrMap.Matcher> e : this.map.groups().entrySet())
        {
            CdrMap.Matcher m = e.getValue();
            if (m.number(number) || m.number(otherNumber) || m.device(device))
            {
                return e.getKey();
            }
        }
        return null;
    }

    private String gateway(final String device)
    {
        for (Map.Entry<String, CdrMap.Matcher> e : this.map.gateways().entrySet())
        {
            if (e.getValue().device(device))
            {
                return e.getKey();
            }
        }
        return null;
    }

    /** @return what the CDRs read so far say, fitted */
    public Result result()
    {
        Map<String, PatienceFit.Estimate> patience = new LinkedHashMap<>();
        this.queues.forEach((g, q) -> patience.put(g, q.estimate()));
        // the offered calls the model will see: answered legs, and the unanswered queued legs of groups whose
        // callers abandoned (those get a queue with the fitted patience)
        HourlyCounts offered = new HourlyCounts(this.interval);
        offered.addAll(this.arrivals);
        HourlyCounts abandonedCalls = new HourlyCounts(this.interval);
        patience.forEach((g, e) ->
        {
            if (e.fitted())
            {
                offered.addAll(this.queuedUnanswered.get(g));
                abandonedCalls.addAll(this.abandoned.get(g));
            }
        });
        TreeSet<Long> days = offered.days();
        int slots = offered.slots();
        double[] perSlot = new double[slots];
        double[] low = new double[slots];
        double[] high = new double[slots];
        double[] dispersion = new double[slots];
        double total = 0;
        int n = days.size();
        double t = n > 1 ? new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        for (int s = 0; s < slots; s++)
        {
            double[] c = offered.slot(s, days);
            double mean = 0;
            for (double v : c)
            {
                mean += v;
            }
            mean /= Math.max(1, n);
            double var = 0;
            for (double v : c)
            {
                var += (v - mean) * (v - mean);
            }
            var = n > 1 ? var / (n - 1) : Double.NaN;
            perSlot[s] = mean;
            low[s] = Math.max(0, mean - t * Math.sqrt(var / n));
            high[s] = mean + t * Math.sqrt(var / n);
            dispersion[s] = mean > 0 ? var / mean : Double.NaN;
            total += mean;
        }
        List<StreamFit> fits = new ArrayList<>();
        for (TrafficStream s : this.streams.values())
        {
            double[] x = s.holdingTimes();
            fits.add(new StreamFit(s, x.length >= 2 ? HoldingTimeFit.fit(x) : null, x));
        }
        Map<String, double[]> groupPeaksByDay = new LinkedHashMap<>();
        this.groupBusy.forEach((g, b) -> groupPeaksByDay.put(g, b.peaksByDay(days)));
        Daily daily = new Daily(this.answeredAgentCalls.busiestHourByDay(days), groupPeaksByDay,
                this.recordingCalls.busiestHourByDay(days), this.recordingBusy.peaksByDay(days),
                patience.isEmpty() ? null : abandonedCalls.perDay(days));
        Map<String, Integer> groupPeaks = new LinkedHashMap<>();
        this.groupBusy.forEach((g, b) -> groupPeaks.put(g, b.peak()));
        Map<String, Integer> gatewayPeaks = new LinkedHashMap<>();
        this.gatewayBusy.forEach((g, b) -> gatewayPeaks.put(g, b.peak()));
        Map<String, GroupRecording> recording = new LinkedHashMap<>();
        for (String g : this.map.groups().keySet())
        {
            long answered = this.streams.values().stream().filter(s -> s.group.equals(g)).mapToLong(s -> s.answered)
                    .sum();
            long[] legsOfGroup = this.recordingLegsByGroup.get(g);
            recording.put(g, new GroupRecording(legsOfGroup == null ? 0 : legsOfGroup[0], answered));
        }
        return new Result(List.copyOf(this.files), this.reader.skippedFiles(), this.reader.rows(), this.legs,
                this.reader.bad(), this.unmapped, days, this.interval, perSlot, low, high, dispersion,
                total * 3600.0 / 86_400.0, fits, groupPeaks, gatewayPeaks, this.answeredAgentCalls.busiestHour(),
                this.recordingLegs, this.unansweredRecording, this.recordingCalls.busiestHour(),
                this.recordingBusy.peak(), daily, patience, recording, this.unattributedRecording,
                !this.map.recordingTrunks().isEmpty());
    }

    /**
     * The observed figures of each UTC day, for comparing with simulated days.
     *
     * @param busyHourAgentCalls answered agent calls in the day's busiest clock hour
     * @param groupPeaks most answered calls up at once per group
     * @param busyHourRecordingCalls recording calls connected in the day's busiest clock hour
     * @param peakRecordingCalls most recording calls up at once
     * @param abandonedCalls callers who hung up in a queue (of the groups given one), by day of arrival; null when no
     *            leg reached a queueing point
     */
    public record Daily(double[] busyHourAgentCalls, Map<String, double[]> groupPeaks, double[] busyHourRecordingCalls,
            double[] peakRecordingCalls, double[] abandonedCalls)
    {
    }

    /** One stream with its holding-time fit (null with fewer than two answered legs) and its observations. */
    public record StreamFit(TrafficStream stream, HoldingTimeFit.Result holding, double[] holdingTimes)
    {
    }

    /**
     * The fit.
     *
     * @param files CDR files read
     * @param skippedFiles CMR files skipped
     * @param rows data rows read
     * @param legs call legs used
     * @param bad rows set aside, by reason
     * @param unmapped legs of no mapped group, gateway or recording trunk
     * @param days UTC days observed (epoch days)
     * @param intervalSeconds the profile's interval
     * @param perInterval mean agent-call arrivals per interval of the day over the observed days: answered legs, and
     *            the unanswered queued legs of groups given a queue
     * @param ciLow 95% lower bound of each (Student t over days)
     * @param ciHigh 95% upper bound
     * @param dispersion variance ÷ mean of each interval's count across days (1 for Poisson)
     * @param callsPerHour mean agent-call arrivals per hour over the day
     * @param streams the traffic streams
     * @param groupPeaks most answered calls up at once per group
     * @param gatewayPeaks most channels held at once per gateway
     * @param busyHourAgentCalls most answered agent calls connected in one clock hour
     * @param recordingLegs legs to or from recording trunks
     * @param unansweredRecording of those, never connected
     * @param busyHourRecordingCalls most recording calls connected in one clock hour
     * @param peakRecordingCalls most recording calls up at once
     * @param daily the observed figures day by day
     * @param patience per group with legs at its queueing point, what they show (groups whose callers abandoned get
     *            a queue)
     * @param recording per mapped group, the recording legs attributed to its agents and its answered calls
     * @param unattributedRecording recording legs whose other end is no mapped group
     * @param recordingTrunksMapped whether the map names recording trunks (without, the CDRs cannot tell which calls
     *            were recorded)
     */
    public record Result(List<String> files, List<String> skippedFiles, long rows, long legs, BadRows bad,
            long unmapped, TreeSet<Long> days, int intervalSeconds, double[] perInterval, double[] ciLow,
            double[] ciHigh, double[] dispersion, double callsPerHour, List<StreamFit> streams,
            Map<String, Integer> groupPeaks, Map<String, Integer> gatewayPeaks, long busyHourAgentCalls,
            long recordingLegs, long unansweredRecording, long busyHourRecordingCalls, int peakRecordingCalls,
            Daily daily, Map<String, PatienceFit.Estimate> patience, Map<String, GroupRecording> recording,
            long unattributedRecording, boolean recordingTrunksMapped)
    {
        /** @return whether the fitted scenario gives {@code group} a queue: some of its callers abandoned */
        public boolean queue(final String group)
        {
            PatienceFit.Estimate e = this.patience.get(group);
            return e != null && e.fitted();
        }

        /**
         * @return how the fitted scenario writes {@code group}'s lines: from its recording legs, or automatic (as a
         *         placeholder) when the map names no recording trunk
         */
        public GroupRecording.Mode recordingMode(final String group)
        {
            return this.recordingTrunksMapped ? this.recording.get(group).mode() : GroupRecording.Mode.AUTOMATIC;
        }

        /** @return the interval of the day with most arrivals */
        public int busyInterval()
        {
            int best = 0;
            for (int s = 1; s < this.perInterval.length; s++)
            {
                if (this.perInterval[s] > this.perInterval[best])
                {
                    best = s;
                }
            }
            return best;
        }
    }
}
