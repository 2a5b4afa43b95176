package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import forkcast.models.metrics.CallMetrics;
import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.sim.ExperimentResults;
import forkcast.sim.Goal;
import forkcast.sim.Purchase;
import forkcast.sim.Rating;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.metrics.Metric;
import forkcast.sim.stats.ErlangB;
import forkcast.sim.stats.MeasurementWindow;
import forkcast.sim.stats.MetricSummary;

/** The bill of materials' quantities against their arithmetic, on figures made up for the test. */
class BillOfMaterialsTest
{
    private static final Metric STREAMS = ElementMetrics.RECORDER_STREAMS.perInterval().of("rec-a");
    private static final Metric STREAMS_PEAK = ElementMetrics.RECORDER_STREAMS.peak().of("rec-a");
    private static final Metric REQUESTED = RecordingMetrics.REQUESTED.perInterval().of();
    private static final Metric FAILED = RecordingMetrics.FAILED.perInterval().of();
    private static final Metric ADVANCES = RecordingMetrics.ROUTE_ADVANCES.total().of();
    private static final Metric BLOCKING = RecordingMetrics.BLOCKING_PROBABILITY.of();
    private static final Metric PEAK = LinkMetrics.TOWARD_MBPS_PEAK.of("wan", "dc");
    private static final String LINK_GOAL = LinkMetrics.UTILIZATION.of("wan").name();
    private static final List<Goal> BLOCKING_GOAL = List.of(new Goal("recording blocking", BLOCKING.name(), true,
            0.01));

    /**
     * Replications whose busiest interval carries {@code busiest[i]} streams and loses {@code lost[i]} of the sessions
     * asked in it; the other two intervals carry half and a third of that and lose nothing.
     */
    private static ExperimentResults results(final double[] busiest, final double[] lost, final double[] peaks)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < busiest.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, new double[] {busiest[i] / 2, busiest[i], busiest[i] / 3});
            r.putSeries(REQUESTED, new double[] {100, 200, 70});
            r.putSeries(FAILED, new double[] {0, 200 * lost[i], 0});
            r.put(STREAMS_PEAK, busiest[i] + 10);
            r.put(ADVANCES, 0);
            r.put(PEAK, peaks[i]);
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    /** The recorder's streams as the model declares them: two per session, losses per interval, capped at its peak. */
    private static final Rating RECORDER = new Rating("recorder rec-a streams", STREAMS_PEAK, 400, true)
            .buying(new Purchase("recorder rec-a streams", "streams", Purchase.Method.ERLANG_B, STREAMS, 2,
                    BLOCKING.name(), 1).carrying(new Purchase.Sessions(REQUESTED, FAILED, STREAMS_PEAK,
                            List.of(ADVANCES))).heldBy(new Purchase.Setting("recorders.rec-a.maxStreams", 1, 400)))
            .losing(RecordingMetrics.FAILED_FOR.total().of("recorder-full"));
    private static final Rating LINK = new Rating("link wan", LinkMetrics.MBPS_PEAK.of("wan"), 20, false)
            .buying(new Purchase("link wan toward dc", "Mbit/s", Purchase.Method.UTILISATION, PEAK, 1, LINK_GOAL,
                    0.1));

    @Test
    void streamsAreTwiceTheErlangBMinimumForTheOfferedSessions()
    {
        double[] busiest = {100, 104, 96};
        double[] lost = {0.02, 0.0, 0.04};
        ExperimentResults results = results(busiest, lost, new double[] {10, 11, 12});
        List<Goal> goals = List.of(BLOCKING_GOAL.get(0), new Goal("link", LINK_GOAL, true, 0.8));
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(results, List.of(RECORDER, LINK), goals);

        double[] offered = new double[3];
        for (int i = 0; i < 3; i++)
        {
            offered[i] = busiest[i] / 2 / (1 - lost[i]); // sessions in erlangs, grossed up by the share lost
        }
        double erlangs = MetricSummary.of(offered).ci95high();
        int sessions = ErlangB.minServers(erlangs, 0.01);
        assertTrue(ErlangB.blocking(sessions, erlangs) <= 0.01 && ErlangB.blocking(sessions - 1, erlangs) > 0.01);
        assertEquals(new BillOfMaterials.Line("recorder rec-a streams", 2.0 * sessions, "streams",
                bill.get(0).basis()), bill.get(0));
        assertTrue(bill.get(0).basis().startsWith("Erlang-B"), bill.get(0).basis());
    }

    /**
     * Losses bunch in the busiest interval: the window loses about 12% of its sessions, the peaked interval 20%. Its
     * offered load is its carried load grossed up by its own 20%, not by the window's share, which would undersize:
     * the bill equals Erlang-B on that interval's offered load, computed here from the replications' series.
     */
    @Test
    void theBusiestIntervalIsGrossedUpByItsOwnShareLost()
    {
        double[][] carried = {{150, 150, 400}, {160, 140, 398}, {140, 155, 400}};
        double[][] requested = {{80, 80, 260}, {85, 75, 255}, {75, 82, 262}};
        double[][] failed = {{0, 0, 52}, {0, 0, 50}, {0, 0, 53}};
        List<ReplicationOutput> reps = new ArrayList<>();
        double[] offered = new double[3];
        double[] windowShare = new double[3];
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, carried[i]);
            r.putSeries(REQUESTED, requested[i]);
            r.putSeries(FAILED, failed[i]);
            r.put(STREAMS_PEAK, 400);
            r.put(ADVANCES, 0);
            windowShare[i] = Arrays.stream(failed[i]).sum() / Arrays.stream(requested[i]).sum();
            r.put(BLOCKING, windowShare[i]);
            offered[i] = carried[i][2] / 2 / (1 - failed[i][2] / requested[i][2]); // the busiest in every replication
            reps.add(r);
        }
        BillOfMaterials.Line line = BillOfMaterials.of(new ExperimentResults(reps), List.of(RECORDER), BLOCKING_GOAL)
                .get(0);
        int sessions = ErlangB.minServers(MetricSummary.of(offered).ci95high(), 0.01);
        assertEquals(2.0 * sessions, line.quantity(), 0, line.basis());
        double[] byWindow = new double[3];
        for (int i = 0; i < 3; i++)
        {
            byWindow[i] = Arrays.stream(carried[i]).max().getAsDouble() / 2 / (1 - windowShare[i]);
        }
        int undersized = ErlangB.minServers(MetricSummary.of(byWindow).ci95high(), 0.01);
        assertTrue(sessions > undersized + 10, "the window's share would undersize: " + undersized + " < " + sessions);
        double[] shares = new double[3];
        for (int i = 0; i < 3; i++)
        {
            shares[i] = failed[i][2] / requested[i][2];
        }
        assertTrue(line.basis().contains("grossed up by that interval's " + Numbers.percent(MetricSummary.of(shares)
                .mean()) + " of sessions lost"), line.basis());
    }

    /**
     * Sixty agents hold at most 60 sessions, 120 streams: where nothing was lost or held back, the largest peak in
     * use carries all the demand, and Erlang-B's unlimited Poisson sources would ask more.
     */
    @Test
    void anAgentLimitedDemandIsBoughtAtItsLargestPeakInUse()
    {
        BillOfMaterials.Line line = agentLimited(new double[] {119, 120, 117}, 0);
        assertEquals(120, line.quantity(), 0, line.basis());
        assertTrue(line.quantity() <= 60 * 2, "never more than the agents' sessions");
        int erlang = 2 * ErlangB.minServers(56, 0.01); // the busiest interval's 112 streams, 56 sessions, no loss
        assertTrue(erlang > 120, "Erlang-B asks more: " + erlang);
        assertEquals("no replication used more than 120 streams and nothing was refused: 120 carry all of it (the"
                + " largest peak in use, in whole sessions of 2 streams); Erlang-B for unlimited Poisson sources would"
                + " ask " + erlang, line.basis());

        // a peak of 119 streams in every replication is still bought as whole sessions: 120
        assertEquals(120, agentLimited(new double[] {119, 119, 119}, 0).quantity(), 0);
        // one route advance in one replication: something was refused, the peak is not the demand, Erlang-B applies
        assertEquals(erlang, agentLimited(new double[] {119, 120, 117}, 1).quantity(), 0);
    }

    /** The recorder's line for replications whose busiest interval carries 112 streams, none lost. */
    private static BillOfMaterials.Line agentLimited(final double[] peaks, final int advancesInTheSecond)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < peaks.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, new double[] {100, 112, 104 + i});
            r.putSeries(REQUESTED, new double[] {90, 95, 92});
            r.putSeries(FAILED, new double[] {0, 0, 0});
            r.put(STREAMS_PEAK, peaks[i]);
            r.put(ADVANCES, i == 1 ? advancesInTheSecond : 0);
            reps.add(r);
        }
        return BillOfMaterials.of(new ExperimentResults(reps), List.of(RECORDER), BLOCKING_GOAL).get(0);
    }

    private static final Metric RETAINED_B = ElementMetrics.RECORDER_RETAINED.of("rec-b");
    private static final Metric INGRESS_B = ElementMetrics.RECORDER_INGRESS.perInterval().of("rec-b");
    private static final double[] RETAINED_TB = {42.1, 43.0, 42.6};

    /**
     * Three replications of a run measured from 15m to 75m in 5-minute intervals, rec-b's retained storage
     * {@link #RETAINED_TB}; with {@code ingress} and {@code requested}, its received Mbit/s and the sessions requested
     * per interval (replication i's ingress × (1 + i / 10), so the factors differ).
     */
    private static ExperimentResults storageRuns(final double[] ingress, final double[] requested)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(900, 4500, 300));
            r.put(RETAINED_B, RETAINED_TB[i]);
            if (ingress != null)
            {
                double scale = 1 + i / 10.0;
                r.putSeries(INGRESS_B, Arrays.stream(ingress).map(v -> v * scale).toArray());
                r.putSeries(REQUESTED, requested);
            }
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    private static BillOfMaterials.Line storageLine(final ExperimentResults results, final Purchase.Outages outages)
    {
        Purchase storage = new Purchase("recorder rec-b storage (1826 days retained)", "TB",
                Purchase.Method.UTILISATION, RETAINED_B, 1, null, 0.1);
        Rating rating = new Rating("recorder rec-b streams", STREAMS_PEAK, 400, true).buying(storage.downIn(outages));
        return BillOfMaterials.of(results, List.of(rating), List.of()).get(0);
    }

    /**
     * rec-b is down 45m-60m of a run measured from 15m to 75m, and its load takes 6 min to come back: only the
     * intervals 15m-45m and 70m-75m are clear. Its Mbit/s per session requested there (0.1 Mbit/s per session) times
     * the sessions requested over the window, over its Mbit/s over the window, is the factor, computed here by hand:
     * the ramp after it came back and the peak of the demand while it was down are both in the figure.
     */
    @Test
    void storageOfARecorderThatWasDownIsAtItsSteadyRatePerSessionRequested()
    {
        double[] requested = {100, 100, 100, 100, 100, 100, 200, 200, 200, 100, 100, 100};
        double[] ingress = {10, 10, 10, 10, 10, 10, 0, 0, 0, 4, 8, 10}; // down 45m-60m, then coming back
        // per replication (the scaling of the ingress cancels): clear 70 Mbit/s·interval over 700 sessions; the window
        // 1500 sessions over 82 Mbit/s·interval
        double factor = 70.0 / 700 * 1500 / 82;
        double[] steady = Arrays.stream(RETAINED_TB).map(v -> v * factor).toArray();
        Purchase.Outages outages = new Purchase.Outages(List.of(new Purchase.Down(2700, 3600)), 360, INGRESS_B,
                REQUESTED);
        BillOfMaterials.Line line = storageLine(storageRuns(ingress, requested), outages);
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(steady).ci95high(), 0.1), line.quantity(), 0,
                line.basis());
        assertTrue(line.basis().contains("in the intervals from 0 min to 30 min and from 55 min to 60 min of the"
                + " measured window, clear of its down windows and the 6 min after each"), line.basis());
        assertTrue(line.basis().contains("x " + Numbers.human(factor) + " on average"), line.basis());
        // the up share (75%) would leave both the ramp and the demand's peak out
        double upShare = BillOfMaterials.roundUp(
                MetricSummary.of(Arrays.stream(RETAINED_TB).map(v -> v / 0.75).toArray()).ci95high(), 0.1);
        assertTrue(line.quantity() > upShare + 10, line.quantity() + " against the up share's " + upShare);
    }

    /**
     * Where no interval is clear of the down windows and their settling, or no rate series is measured, the line falls
     * back to the run's figure ÷ the up share (75%), and says that the ramp after it came back is not allowed for.
     */
    @Test
    void storageFallsBackToTheUpShareWhereNoIntervalIsClear()
    {
        double[] up = Arrays.stream(RETAINED_TB).map(v -> v / 0.75).toArray();
        double expected = BillOfMaterials.roundUp(MetricSummary.of(up).ci95high(), 0.1);
        double[] flat = new double[12];
        Arrays.fill(flat, 10);
        double[] requested = new double[12];
        Arrays.fill(requested, 100);
        // down 15m-30m and 60m-75m: with 30 min of settling, no interval is clear
        Purchase.Outages noneClear = new Purchase.Outages(List.of(new Purchase.Down(900, 1800),
                new Purchase.Down(3600, 4500)), 1800, INGRESS_B, REQUESTED);
        // down 45m-60m, but no series measured
        Purchase.Outages noSeries = new Purchase.Outages(List.of(new Purchase.Down(2700, 3600)), 360, null, null);
        for (BillOfMaterials.Line line : List.of(storageLine(storageRuns(flat, requested), noSeries),
                storageLine(storageRuns(null, null), noSeries)))
        {
            assertEquals(expected, line.quantity(), 0, line.basis());
            assertTrue(line.basis().contains("down 25.0% of the measured window: the run's figure / its up share of"
                    + " 75.0%; no interval clear of its down windows and the 6 min after each while its load came back"
                    + " gave its rate"), line.basis());
        }
        BillOfMaterials.Line line = storageLine(storageRuns(flat, requested), noneClear);
        double[] half = Arrays.stream(RETAINED_TB).map(v -> v / 0.5).toArray();
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(half).ci95high(), 0.1), line.quantity(), 0);
        assertTrue(line.basis().contains("its up share of 50.0%; no interval clear"), line.basis());
    }

    /** A down window whose settling ends before the measured window (in the warm-up) changes nothing. */
    @Test
    void aFailureSettledInTheWarmUpChangesNothing()
    {
        double[] flat = new double[12];
        Arrays.fill(flat, 10);
        ExperimentResults runs = storageRuns(flat, flat);
        BillOfMaterials.Line warmUp = storageLine(runs, new Purchase.Outages(List.of(new Purchase.Down(0, 600)), 300,
                INGRESS_B, REQUESTED));
        BillOfMaterials.Line never = storageLine(runs, Purchase.Outages.NONE);
        assertEquals(never, warmUp);
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(RETAINED_TB).ci95high(), 0.1), never.quantity(), 0);
        assertEquals("recorder.rec-b.storageTbRetained: " + Numbers.human(MetricSummary.of(RETAINED_TB).ci95high())
                + " (95% upper bound over replications)", never.basis());
    }

    /**
     * Where a hard limit refused work, a line above what its element has carries the --set that buys it, for the run
     * that confirms the bill; a CUBE's setting is its dialogs before the call-movement derating.
     */
    @Test
    void aRefusingLimitsLineCarriesTheSettingThatConfirmsTheBill()
    {
        BillOfMaterials.Line line = BillOfMaterials.of(refusing(20), List.of(RECORDER), BLOCKING_GOAL).get(0);
        assertTrue(line.quantity() > 400, line.toString());
        assertEquals("recorders.rec-a.maxStreams=" + (int) line.quantity(), line.set());
        BillConfirmation confirm = BillConfirmation.of(refusing(20), List.of(RECORDER),
                List.of(line, new BillOfMaterials.Line("link", 1, "Mbit/s", "peak")), List.of());
        assertEquals("--set recorders.rec-a.maxStreams=" + (int) line.quantity(), confirm.arguments());
        assertEquals(List.of(), confirm.unsized());

        Rating cube = new Rating("CUBE c sessions", STREAMS_PEAK, 400, true).buying(RECORDER.purchases().get(0)
                .heldBy(new Purchase.Setting("cubes.c.maxSessions", 0.8, 500))).losing(FULL);
        BillOfMaterials.Line derated = BillOfMaterials.of(refusing(20), List.of(cube), BLOCKING_GOAL).get(0);
        assertEquals(line.quantity(), derated.quantity(), 0);
        assertEquals("cubes.c.maxSessions=" + (int) Math.ceil(line.quantity() / 0.8), derated.set());

        // no hard limit refused anything, yet the line asks more than the recorder has: it carries its setting all
        // the same, and the note says that the bill asks more than the run had, not that a limit refused
        BillOfMaterials.Line quiet = BillOfMaterials.of(refusing(0), List.of(RECORDER), BLOCKING_GOAL).get(0);
        assertEquals(line.quantity(), quiet.quantity(), 0);
        assertEquals(line.set(), quiet.set());
        BillConfirmation asks = BillConfirmation.of(refusing(0), List.of(RECORDER), List.of(quiet), List.of());
        assertTrue(asks.needed());
        assertEquals(BillConfirmation.ASKS_MORE + ":", asks.note());
    }

    /**
     * A hard limit that refused work and that no line sizes (a gateway's channels) is named for the confirming run;
     * one that did not reach its limit is not, though the count of calls refused at gateways is the run's.
     */
    @Test
    void aRefusingLimitWithNoLineIsNamedForTheConfirmingRun()
    {
        Metric blocked = RecordingMetrics.FAILED_FOR.total().of("mtp-unavailable");
        Metric full = ElementMetrics.MTPS_IN_USE.peak().of("mtp-a");
        Metric spare = ElementMetrics.MTPS_IN_USE.peak().of("mtp-b");
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < 2; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(blocked, 4 + i);
            r.put(full, 90 - i);
            r.put(spare, 30);
            reps.add(r);
        }
        List<Rating> ratings = List.of(new Rating("MTP pool mtp-a", full, 90, true).losing(blocked),
                new Rating("MTP pool mtp-b", spare, 90, true).losing(blocked));
        BillConfirmation confirm = BillConfirmation.of(new ExperimentResults(reps), ratings, List.of(), List.of());
        assertTrue(confirm.needed());
        assertEquals("", confirm.arguments());
        assertEquals(List.of("MTP pool mtp-a"), confirm.unsized());
        assertEquals("no line of the bill sizes MTP pool mtp-a, which refused work: raise it in that run too.",
                confirm.unsizedNote());
        assertTrue(confirm.note().endsWith("confirm the bill by a run with its quantities."), confirm.note());
    }

    private static final Metric FULL = RecordingMetrics.FAILED_FOR.total().of("recorder-full");

    /** Replications whose busiest interval carries 400 streams and loses a tenth, {@code full} of them refused full. */
    private static ExperimentResults refusing(final double full)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, new double[] {200, 400 - i, 130});
            r.putSeries(REQUESTED, new double[] {100, 200, 70});
            r.putSeries(FAILED, new double[] {0, 20, 0});
            r.put(STREAMS_PEAK, 400);
            r.put(ADVANCES, 0);
            r.put(FULL, full);
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    @Test
    void megabitsAreThePeaksUpperBoundOverTheUtilisationTargetRoundedUpToATenth()
    {
        double[] peaks = {10, 11, 12};
        ExperimentResults results = results(new double[] {1, 1, 1}, new double[] {0, 0, 0}, peaks);
        List<Goal> goals = List.of(new Goal("link", LINK_GOAL, true, 0.8));
        BillOfMaterials.Line line = BillOfMaterials.of(results, List.of(LINK), goals).get(0);
        // upper bound of the mean of 10, 11, 12: 11 + t(0.975, 2) x 1 / sqrt(3) = 13.484..., / 0.8 = 16.855... -> 16.9
        double upper = MetricSummary.of(peaks).ci95high();
        assertEquals(13.4841, upper, 1e-4);
        assertEquals(16.9, line.quantity(), 0);
        assertEquals("Mbit/s", line.unit());

        List<Goal> half = List.of(new Goal("link", LINK_GOAL, true, 0.5));
        assertEquals(27.0, BillOfMaterials.of(results, List.of(LINK), half).get(0).quantity(), 0); // 26.97 -> 27.0
    }

    @Test
    void roundingUpIsExactInDecimal()
    {
        assertEquals(0.4, BillOfMaterials.roundUp(0.32, 0.1), 0);
        assertEquals(0.3, BillOfMaterials.roundUp(0.3, 0.1), 0);
        assertEquals(138, BillOfMaterials.roundUp(137.2, 1), 0);
        assertEquals(138, BillOfMaterials.roundUp(138, 1), 0);
    }

    /**
     * The set-up rate: each replication's window-mean utilisation times the profile's busiest interval over its mean
     * interval, the busiest being the interval with the largest mean over replications (time-consistent): the third
     * here, though the second replication's own is flat and the third's ties the second interval.
     */
    @Test
    void aSetupRateIsSizedForTheBusiestIntervalOfItsProfile()
    {
        Metric use = ElementMetrics.RECORDER_SETUP.utilisation().of("rec-a");
        Metric requested = RecordingMetrics.REQUESTED.perInterval().of();
        double[] utilisation = {0.2, 0.25, 0.3};
        double[][] profile = {{10, 10, 40}, {20, 20, 20}, {0, 30, 30}};
        List<ReplicationOutput> reps = new ArrayList<>();
        double[] peaked = new double[3];
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(use, utilisation[i]);
            r.putSeries(requested, profile[i]);
            reps.add(r);
        }
        peaked[0] = 0.2 * 40 / 20; // the third interval's 40 over a mean of 20
        peaked[1] = 0.25; // a flat profile: every interval is the mean
        peaked[2] = 0.3 * 30 / 20;
        Rating rating = new Rating("recorder rec-a set-up rate", use, 1.0, false).buying(new Purchase(
                "recorder rec-a set-up rate", "set-ups/s", Purchase.Method.UTILISATION, use, 4, use.name(), 0.1)
                .peakedBy(requested));
        List<Goal> goals = List.of(new Goal("set-up", use.name(), true, 0.8));
        BillOfMaterials.Line line = BillOfMaterials.of(new ExperimentResults(reps), List.of(rating), goals).get(0);
        double expected = BillOfMaterials.roundUp(MetricSummary.of(peaked).ci95high() * 4 / 0.8, 0.1);
        assertEquals(expected, line.quantity(), 0);
        double windowMean = BillOfMaterials.roundUp(MetricSummary.of(utilisation).ci95high() * 4 / 0.8, 0.1);
        assertTrue(line.quantity() > windowMean, "the busiest interval asks more than the mean: " + line);
        assertTrue(line.basis().contains("busiest interval of recording.sessions.requested"), line.basis());
        assertTrue(line.basis().contains("the busiest: minutes 10 to 15 of simulated time, interval 3 of 3: the largest"
                + " mean over replications"), line.basis());

        // the third replication's own busiest is the second interval (35), but the third has the largest mean over
        // replications (28.3 against 21.7): its figure is read there, 25 over its mean of 20
        profile[2] = new double[] {0, 35, 25};
        peaked[2] = 0.3 * 25 / 20;
        reps.clear();
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.put(use, utilisation[i]);
            r.putSeries(requested, profile[i]);
            reps.add(r);
        }
        line = BillOfMaterials.of(new ExperimentResults(reps), List.of(rating), goals).get(0);
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(peaked).ci95high() * 4 / 0.8, 0.1), line.quantity(), 0,
                line.basis());
    }

    /**
     * A set-up rate of a recorder that was down is read at its rate while up, then at the busiest interval's: per
     * replication its mean × the sessions requested over the window ÷ those in the time it was up, each interval's
     * weighted by its share of that time, computed here by hand. rec-a is down 55m-67m30s of a run measured from 15m
     * to 75m in 5-minute intervals: the intervals from 55m to 65m wholly, the one from 65m to 70m half; with a settling
     * of 150 s (an OPTIONS ping) the one from 65m to 70m wholly.
     */
    @Test
    void aSetupRateOfAnElementThatWasDownIsReadAtItsRateWhileUp()
    {
        Metric use = ElementMetrics.RECORDER_SETUP.utilisation().of("rec-a");
        double[] utilisation = {0.2, 0.25, 0.3};
        double[] requested = {100, 100, 100, 100, 100, 100, 100, 100, 200, 200, 200, 100};
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(900, 4500, 300));
            r.put(use, utilisation[i]);
            r.putSeries(REQUESTED, requested);
            reps.add(r);
        }
        ExperimentResults results = new ExperimentResults(reps);
        List<Purchase.Down> down = List.of(new Purchase.Down(3300, 4050));
        double peak = 200 / (1500.0 / 12); // the busiest interval over the mean interval
        double halfUp = 1500.0 / (1500 - 400 - 100); // the interval from 65m half up
        double settled = 1500.0 / (1500 - 400 - 200); // and with the settling not at all
        for (double[] c : new double[][] {{0, halfUp}, {150, settled}})
        {
            BillOfMaterials.Line line = setupLine(results, new Purchase.Outages(down, c[0], null, REQUESTED));
            double[] steady = Arrays.stream(utilisation).map(u -> u * c[1] * peak).toArray();
            assertEquals(BillOfMaterials.roundUp(MetricSummary.of(steady).ci95high() * 4 / 0.8, 0.1), line.quantity(),
                    0, line.basis());
            assertTrue(line.basis().startsWith("recorder.rec-a.setupUtilization at its rate while up (down 20.8% of"
                    + " the measured window: the run's figure x recording.sessions.requested over the whole window /"
                    + " the same in the time it was up" + (c[0] == 0 ? "" : ", less the 150 s after each until it was"
                    + " asked again") + ": x " + Numbers.human(c[1]) + " on average) in the busiest interval (the"
                    + " window's mean x the busiest interval of recording.sessions.requested over its mean interval, "
                    + Numbers.human(peak) + " on average; the busiest: minutes 55 to 60 of simulated time, interval 9 of"
                    + " 12: the largest mean over replications, the same interval in every replication"
                    + " (time-consistent)): "), line.basis());
        }
        // a failure wholly in the warm-up leaves the line as it is for an element never down
        BillOfMaterials.Line warmUp = setupLine(results, new Purchase.Outages(List.of(new Purchase.Down(0, 600)), 0,
                null, REQUESTED));
        assertEquals(setupLine(results, Purchase.Outages.NONE), warmUp);
        double[] peaked = Arrays.stream(utilisation).map(u -> u * peak).toArray();
        assertEquals(BillOfMaterials.roundUp(MetricSummary.of(peaked).ci95high() * 4 / 0.8, 0.1), warmUp.quantity(), 0);
    }

    /** rec-a's set-up rate line, 4 set-ups/s at a 80% target, peaked by the sessions requested. */
    private static BillOfMaterials.Line setupLine(final ExperimentResults results, final Purchase.Outages outages)
    {
        Metric use = ElementMetrics.RECORDER_SETUP.utilisation().of("rec-a");
        Rating rating = new Rating("recorder rec-a set-up rate", use, 1.0, false).buying(new Purchase(
                "recorder rec-a set-up rate", "set-ups/s", Purchase.Method.UTILISATION, use, 4, use.name(), 0.1)
                .downIn(outages).peakedBy(REQUESTED));
        return BillOfMaterials.of(results, List.of(rating), List.of(new Goal("set-up", use.name(), true, 0.8))).get(0);
    }

    private static final Metric CALLS = CallMetrics.OFFERED.perInterval().of();
    private static final Metric AT_GATEWAYS = CallMetrics.BLOCKED_AT_GATEWAY.perInterval().of();
    private static final Metric BY_CAC = CallMetrics.BLOCKED_BY_CAC.perInterval().of();

    /** The recorder's streams as the model declares them, grossed up by the calls refused at gateways and by CAC too. */
    private static final Rating RECORDER_BEHIND_REFUSALS = new Rating("recorder rec-a streams", STREAMS_PEAK, 400, true)
            .buying(new Purchase("recorder rec-a streams", "streams", Purchase.Method.ERLANG_B, STREAMS, 2,
                    BLOCKING.name(), 1).carrying(new Purchase.Sessions("session", REQUESTED, FAILED, STREAMS_PEAK,
                            List.of(ADVANCES), List.of(new Purchase.Refusals(CALLS, List.of(AT_GATEWAYS, BY_CAC),
                                    "calls refused at gateways and by locations CAC", "the refused calls would have"
                                            + " asked for sessions in the same proportion as the connected ones")))));

    /** Replications of three intervals: streams, sessions asked and lost, calls offered and refused at each. */
    private static ExperimentResults withCalls(final double[][] streams, final double[][] failed,
            final double[][] atGateways, final double[][] byCac)
    {
        List<ReplicationOutput> reps = new ArrayList<>();
        for (int i = 0; i < streams.length; i++)
        {
            ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
            r.putSeries(STREAMS, streams[i]);
            r.putSeries(REQUESTED, new double[] {100, 200, 70});
            r.putSeries(FAILED, failed[i]);
            r.putSeries(CALLS, new double[] {120, 250, 80});
            r.putSeries(AT_GATEWAYS, atGateways[i]);
            r.putSeries(BY_CAC, byCac[i]);
            r.put(STREAMS_PEAK, 420);
            r.put(ADVANCES, 0);
            reps.add(r);
        }
        return new ExperimentResults(reps);
    }

    /**
     * Calls refused at gateways and by locations CAC never asked for a session: each interval's carried sessions are
     * grossed up by that interval's share of calls refused as well as its share of sessions lost, offered = carried ÷
     * ((1 − refused ÷ offered calls) × (1 − failed ÷ requested sessions)). Here the first interval refuses most calls
     * and so becomes the busiest offered interval, though the second carries more.
     */
    @Test
    void theRecordingPathIsGrossedUpByEachIntervalsShareOfCallsRefused()
    {
        double[][] streams = {{180, 200, 60}, {176, 204, 62}, {184, 198, 58}};
        double[][] failed = {{5, 10, 0}, {4, 12, 0}, {6, 8, 0}};
        double[][] atGateways = {{30, 5, 0}, {28, 6, 0}, {33, 4, 0}};
        double[][] byCac = {{6, 0, 1}, {8, 1, 0}, {5, 0, 0}};
        double[] calls = {120, 250, 80};
        double[] requested = {100, 200, 70};
        double[] offered = new double[3];
        double[] refusedInBusiest = new double[3];
        for (int i = 0; i < 3; i++)
        {
            for (int k = 0; k < 3; k++)
            {
                double refused = (atGateways[i][k] + byCac[i][k]) / calls[k];
                double a = streams[i][k] / 2 / ((1 - refused) * (1 - failed[i][k] / requested[k]));
                if (a > offered[i])
                {
                    offered[i] = a;
                    refusedInBusiest[i] = refused;
                }
            }
        }
        assertEquals(0.3, refusedInBusiest[0], 1e-12, "the first interval is the busiest offered");
        BillOfMaterials.Line line = BillOfMaterials.of(withCalls(streams, failed, atGateways, byCac),
                List.of(RECORDER_BEHIND_REFUSALS), BLOCKING_GOAL).get(0);
        int sessions = ErlangB.minServers(MetricSummary.of(offered).ci95high(), 0.01);
        assertEquals(2.0 * sessions, line.quantity(), 0, line.basis());
        assertTrue(line.basis().contains("(mean over replications) and by its "
                + Numbers.percent(MetricSummary.of(refusedInBusiest).mean()) + " of calls refused at gateways and by"
                + " locations CAC (mean; assumption: the refused calls would have asked for sessions in the same"
                + " proportion as the connected ones): offered "), line.basis());
        BillOfMaterials.Line lostAlone = BillOfMaterials.of(withCalls(streams, failed, atGateways, byCac),
                List.of(RECORDER), BLOCKING_GOAL).get(0);
        assertTrue(lostAlone.quantity() < line.quantity(), "the refused calls add to the load: " + lostAlone);
    }

    /** Where no call was refused, the line is exactly the one grossed up by the sessions lost alone, text and all. */
    @Test
    void withNoCallRefusedTheLineIsTheOneGrossedUpBySessionsLostAlone()
    {
        double[][] streams = {{180, 200, 60}, {176, 204, 62}, {184, 198, 58}};
        double[][] failed = {{5, 10, 0}, {4, 12, 0}, {6, 8, 0}};
        double[][] none = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        ExperimentResults results = withCalls(streams, failed, none, none);
        BillOfMaterials.Line line = BillOfMaterials.of(results, List.of(RECORDER_BEHIND_REFUSALS), BLOCKING_GOAL)
                .get(0);
        assertEquals(BillOfMaterials.of(results, List.of(RECORDER), BLOCKING_GOAL).get(0), line);
        assertFalse(line.basis().contains("refused"), line.basis());
    }

    /**
     * A gateway's channels: one per call, grossed up by the calls the gateway refused; the basis says "calls" where a
     * recording line says "sessions", and where nothing was refused anywhere the largest peak in use is bought.
     */
    @Test
    void gatewayChannelsAreCountedInCalls()
    {
        Metric channels = ElementMetrics.GATEWAY_CHANNELS.perInterval().of("gw");
        Metric peak = ElementMetrics.GATEWAY_CHANNELS.peak().of("gw");
        Metric asked = ElementMetrics.GATEWAY_OFFERED.perInterval().of("gw");
        Metric refused = ElementMetrics.GATEWAY_BLOCKED.perInterval().of("gw");
        Metric blocked = CallMetrics.BLOCKED_AT_GATEWAY.total().of();
        String goal = ElementMetrics.GATEWAY_BLOCKING.of("gw").name();
        Rating rating = new Rating("gateway gw channels", peak, 30, true).buying(new Purchase("gateway gw channels",
                "channels", Purchase.Method.ERLANG_B, channels, 1, goal, 1)
                .carrying(new Purchase.Sessions("call", asked, refused, peak, List.of(blocked), List.of())));
        List<Goal> goals = List.of(new Goal("gateway gw blocking", goal, true, 0.01));
        for (double lost : new double[] {0, 3})
        {
            List<ReplicationOutput> reps = new ArrayList<>();
            for (int i = 0; i < 3; i++)
            {
                ReplicationOutput r = new ReplicationOutput(i + 1, new MeasurementWindow(0, 900, 300));
                r.putSeries(channels, new double[] {20, 27 + i, 22});
                r.putSeries(asked, new double[] {100, 130, 110});
                r.putSeries(refused, new double[] {0, lost, 0});
                r.put(peak, 29);
                r.put(blocked, lost);
                reps.add(r);
            }
            BillOfMaterials.Line line = BillOfMaterials.of(new ExperimentResults(reps), List.of(rating), goals).get(0);
            double[] offered = {27 / (1 - lost / 130), 28 / (1 - lost / 130), 29 / (1 - lost / 130)};
            int n = ErlangB.minServers(MetricSummary.of(offered).ci95high(), 0.01);
            if (lost == 0)
            {
                assertEquals(29, line.quantity(), 0, line.basis());
                assertEquals("no replication used more than 29 channels and no call was refused at a gateway or by locations"
                        + " CAC: 29 carry all of it"
                        + " (the largest peak in use); Erlang-B for unlimited Poisson sources would ask " + n,
                        line.basis());
            }
            else
            {
                assertEquals(n, line.quantity(), 0, line.basis());
                assertTrue(line.basis().startsWith("Erlang-B: the busiest interval by offered load (minutes 5 to 10 of"
                        + " simulated time, interval 2 of 3: the largest mean over replications, the same interval in"
                        + " every replication (time-consistent)) carried 28.00 channels (mean over"
                        + " replications), 1 per call, grossed up by that interval's 2.3% of calls lost (mean over"
                        + " replications): offered "), line.basis());
                assertTrue(line.basis().endsWith(" is " + n + " calls; x 1 = " + n + " channels"), line.basis());
            }
        }
    }
}
