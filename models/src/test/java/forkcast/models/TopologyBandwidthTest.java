package forkcast.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.models.calls.BuiltInBridgeSetting;
import forkcast.models.calls.CallEvent;
import forkcast.models.calls.CodecShare;
import forkcast.models.calls.DurationDistribution;
import forkcast.models.calls.GatewayConfig;
import forkcast.models.calls.LineConfig;
import forkcast.models.calls.PhoneConfig;
import forkcast.models.calls.TrafficConfig;
import forkcast.models.network.LinkConfig;
import forkcast.models.calls.MediaSourcePreference;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.calls.RecordingOption;
import forkcast.models.recording.RecordingProfileConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.ReplicationOutput;
import forkcast.sim.ReplicationRunner;
import forkcast.sim.RunWindow;

/** Where the streams go over the site graph, and what that puts on each link (SPEC section 3). */
class TopologyBandwidthTest
{
    record Step(double time, long call, CallEvent event)
    {
    }

    private static final RunWindow WINDOW = new RunWindow(0, 6 * 3600, 900);
    private static final double G711 = 87_200;
    private final List<Step> trace = new ArrayList<>();

    /** Sites a-b-c in a chain; agents at {@code agentSite}, gateway and recorder at {@code dcSite}. */
    private static Deployment chain(final String agentSite, final String dcSite, final MediaSourcePreference preference)
    {
        return Deployment.builder("chain", TestDeployments.cluster(0))
                .sites(List.of("a", "b", "c"))
                .links(List.of(new LinkConfig("ab", "a", "b", 100, 18), new LinkConfig("bc", "b", "c", 100, 18)))
                .gateways(List.of(GatewayConfig.builder("gw", dcSite, 100_000).ucGatewayServices(true)
                        .recordingTrunk(true).build()))
                .recorders(List.of(RecorderConfig.builder("rec", dcSite).maxStreams(100_000).maxSetupsPerSecond(1_000)
                        .build()))
                .trunks(List.of(TrunkConfig.builder("t").recorder("rec").build()))
                .profiles(List.of(new RecordingProfileConfig("rp", "t")))
                .groups(List.of(AgentGroupConfig.builder("agents", agentSite, 10_000)
                        .phone(PhoneConfig.plain(BuiltInBridgeSetting.ON))
                        .line(LineConfig.builder().recording(RecordingOption.AUTOMATIC).profile("rp")
                                .mediaSource(preference).busyTrigger(4).build())
                        .build()))
                .traffic(List.of(TrafficConfig.builder("in", "agents", 900.0 / 3600).profileInterval(900)
                        .gateways(List.of("gw")).codecs(List.of(new CodecShare(TestDeployments.G711, 1)))
                        .holdingTime(DurationDistribution.exponential(150)).build()))
                .build();
    }

    private ReplicationOutput run(final Deployment d)
    {
        return ReplicationRunner.run(WINDOW, 4, 1, context -> new RecordingModel(d, context,
                (time, call, event, detail) -> this.trace.add(new Step(time, call, event))));
    }

    /** @return stream-seconds in each interval of streams that run between a start and an end event of each call */
    private double[] streamSeconds(final CallEvent start, final CallEvent end, final int streams)
    {
        double[] seconds = new double[WINDOW.duration() > 0 ? (int) (WINDOW.duration() / WINDOW.interval()) : 0];
        Map<Long, Double> open = new HashMap<>();
        for (Step s : this.trace)
        {
            if (s.event() == start)
            {
                open.put(s.call(), s.time());
            }
            else if (s.event() == end && open.containsKey(s.call()))
            {
                add(seconds, open.remove(s.call()), s.time(), streams);
            }
        }
        open.values().forEach(t -> add(seconds, t, WINDOW.end(), streams));
        return seconds;
    }

    private static void add(final double[] seconds, final double from, final double to, final int streams)
    {
        for (int i = 0; i < seconds.length; i++)
        {
            double a = Math.max(from, i * WINDOW.interval());
            double b = Math.min(to, (i + 1) * WINDOW.interval());
            if (b > a)
            {
                seconds[i] += streams * (b - a);
            }
        }
    }

    @Test
    void linkMeanIsStreamSecondsTimesRateOverTheInterval()
    {
        ReplicationOutput out = run(chain("a", "b", MediaSourcePreference.PHONE));
        double[] calls = streamSeconds(CallEvent.CONNECTED, CallEvent.RELEASED, 1);
        double[] forks = streamSeconds(CallEvent.MEDIA_STARTED, CallEvent.MEDIA_STOPPED, 2);
        double[] up = out.series().get("bandwidth.link.ab.to-b.mbps").values();
        double[] upFork = out.series().get("bandwidth.link.ab.to-b.forkMbps").values();
        for (int i = 0; i < up.length; i++)
        {
            double expected = (calls[i] + forks[i]) * G711 / WINDOW.interval() / 1e6;
            assertEquals(expected, up[i], 1e-9 * Math.max(1, expected), "interval " + i);
            assertEquals(forks[i] * G711 / WINDOW.interval() / 1e6, upFork[i], 1e-9, "interval " + i);
        }
        assertTrue(forks[3] > 0);
    }

    @Test
    void aStreamCrossingTwoLinksLoadsBoth()
    {
        ReplicationOutput out = run(chain("a", "c", MediaSourcePreference.PHONE));
        assertTrue(out.value("bandwidth.link.ab.forkMbps.mean") > 1);
        assertEquals(out.value("bandwidth.link.ab.forkMbps.mean"), out.value("bandwidth.link.bc.forkMbps.mean"), 1e-9);
        assertEquals(out.value("bandwidth.link.ab.mbps.mean"), out.value("bandwidth.link.bc.mbps.mean"), 1e-9);
    }

    @Test
    void phoneRecordingInABranchTriplesItsUpstream()
    {
        ReplicationOutput out = run(chain("a", "b", MediaSourcePreference.PHONE));
        double[] up = out.series().get("bandwidth.link.ab.to-b.mbps").values();
        double[] down = out.series().get("bandwidth.link.ab.to-a.mbps").values();
        for (int i = 0; i < up.length; i++)
        {
            assertEquals(3 * down[i], up[i], 1e-9 * Math.max(1, up[i]), "two forks and the call's own stream, interval " + i);
        }
        assertEquals(0, out.value("bandwidth.link.ab.to-a.forkMbps.mean"), 0.0);
        assertTrue(out.value("bandwidth.link.ab.to-b.mbps.p95") >= out.value("bandwidth.link.ab.to-b.mbps.mean"));
        assertTrue(out.value("bandwidth.link.ab.to-b.mbps.p95") <= out.value("bandwidth.link.ab.to-b.mbps.peak"));
    }

    @Test
    void gatewayRecordingAtTheDataCentrePutsNoForkOnTheWan()
    {
        ReplicationOutput out = run(chain("a", "b", MediaSourcePreference.GATEWAY));
        assertEquals(0, out.value("bandwidth.link.ab.forkMbps.peak"), 0.0);
        assertTrue(out.value("bandwidth.link.ab.mbps.mean") > 0, "the call's own media still crosses it");
        assertEquals(out.value("bandwidth.recorder.rec.mbps.mean"), out.value("bandwidth.gateway.gw.forkEgressMbps.mean"),
                1e-9);
        double[] up = out.series().get("bandwidth.link.ab.to-b.mbps").values();
        double[] down = out.series().get("bandwidth.link.ab.to-a.mbps").values();
        for (int i = 0; i < up.length; i++)
        {
            assertEquals(down[i], up[i], 1e-9, "one stream each way, interval " + i);
        }
    }

    @Test
    void intervalsOverCapacityAreCounted()
    {
        Deployment base = chain("a", "b", MediaSourcePreference.PHONE);
        Deployment thin = base.toBuilder()
                .links(List.of(new LinkConfig("ab", "a", "b", 5, 18), new LinkConfig("bc", "b", "c", 100, 18))).build();
        ReplicationOutput out = run(thin);
        double[] up = out.series().get("bandwidth.link.ab.to-b.mbps").values();
        long over = java.util.Arrays.stream(up).filter(v -> v > 5).count();
        assertTrue(over > 0);
        assertEquals(over, out.value("bandwidth.link.ab.intervalsOverCapacity"), 0.0);
        assertEquals(out.value("bandwidth.link.ab.mbps.peak") / 5, out.value("bandwidth.link.ab.utilization"), 1e-12);
    }
}
