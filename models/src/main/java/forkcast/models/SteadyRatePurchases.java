package forkcast.models;

import java.util.List;
import java.util.function.Predicate;

import forkcast.models.metrics.ElementMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.recording.DownWindow;
import forkcast.models.recording.RecorderConfig;
import forkcast.models.recording.TrunkConfig;
import forkcast.sim.Purchase;
import forkcast.sim.metrics.Metric;

/**
 * The lines of the bill sized on an element's steady rate, of a day without its failures: a recorder's or CUBE's
 * set-up rate (F6) and a recorder's retained storage. An element serves nothing while it is down, and its load
 * comes back only as new sessions reach it, so figures that took in its failure windows would understate what it
 * must carry: each line leaves them out.
 */
final class SteadyRatePurchases
{
    private SteadyRatePurchases()
    {
    }

    /**
     * The profile of set-ups over the run: the sessions asked for per interval. Its busiest interval over its mean
     * turns a set-up utilisation (a mean over the window) into the busiest interval's rate; assumption: each
     * element's share of the set-ups is the same in every interval (no per-element series of set-ups is measured).
     */
    private static final Metric SETUPS_OFFERED = RecordingMetrics.REQUESTED.perInterval().of();

    /**
     * F6: a recorder's or CUBE's set-up rate is sustained, so the measured mean load ({@code load}, 1 = every second of
     * set-up busy) is held against it, and the rate to buy is the busiest interval's, of a day without the element's
     * failures ({@code down}). The load is a share of the rate the element serves (a CUBE's derated), so load ×
     * {@code maxSetupsPerSecond} is in the setting's own terms: the line is held by {@code path}'s
     * {@code maxSetupsPerSecond} as it is.
     */
    static Purchase setupRate(final String element, final Metric load, final double maxSetupsPerSecond,
            final String path, final Purchase.Outages down)
    {
        return new Purchase(element + " set-up rate", "set-ups/s", Purchase.Method.UTILISATION, load,
                maxSetupsPerSecond, load.name(), 0.1).downIn(down).peakedBy(SETUPS_OFFERED)
                .heldBy(new Purchase.Setting(path + ".maxSetupsPerSecond", 1, maxSetupsPerSecond));
    }

    /**
     * The failures of an element with a set-up rate, {@code windows}, reached by the trunks {@code toIt}. A session
     * asks for its set-ups only when it starts, so the element serves none while it is down, and the sessions that
     * began meanwhile never ask it later (a forked copy is not made again, a route list keeps the session where it
     * advanced to); but new sessions ask it as soon as they reach it again, so its set-ups come back whole, without
     * the ramp of its streams: its load is its rate over the time it was up (docs/answer.md). They reach it again at
     * once, but not through a trunk whose OPTIONS ping marked it out of service: new recording calls skip that trunk
     * until the first answered ping, at most {@code pingIntervalOutOfService} after it came back
     * ({@link forkcast.models.recording.SipTimers}). That time, of the longest such trunk, is left out too (0 where
     * no trunk to it pings); where a forked copy or another trunk reached it sooner, its set-ups then make the line a
     * little high, never low.
     */
    static Purchase.Outages setupOutages(final Deployment deployment, final List<DownWindow> windows,
            final Predicate<TrunkConfig> toIt)
    {
        double settling = deployment.trunks().stream().filter(toIt).filter(t -> t.timers().optionsPing())
                .mapToDouble(t -> t.timers().pingIntervalOutOfService()).max().orElse(0);
        return windows.isEmpty() ? Purchase.Outages.NONE
                : new Purchase.Outages(downs(windows), settling, null, SETUPS_OFFERED);
    }

    /** @return {@code windows} in the bill's terms: from when to when the element was down */
    private static List<Purchase.Down> downs(final List<DownWindow> windows)
    {
        return windows.stream().map(w -> new Purchase.Down(w.at(), w.at() + w.duration())).toList();
    }

    /**
     * The disk a recorder fills in its retention period. Its storage per day is what the run recorded; a recorder
     * that was down in the run recorded nothing meanwhile, nor the sessions that began meanwhile once it was back, and
     * a day is not down, so the line scales to its steady rate: its received Mbit/s per session requested over the
     * intervals clear of its windows and their {@code settling}, times the sessions requested over the window
     * (docs/answer.md, docs/storage.md).
     */
    static Purchase storage(final RecorderConfig r, final double settling)
    {
        Purchase storage = new Purchase("recorder " + r.id() + " storage (" + r.retentionDays().getAsInt()
                + " days retained)", "TB", Purchase.Method.UTILISATION, ElementMetrics.RECORDER_RETAINED.of(r.id()), 1,
                null, 0.1)
                .downIn(new Purchase.Outages(downs(r.down()), settling,
                        ElementMetrics.RECORDER_INGRESS.perInterval().of(r.id()),
                        RecordingMetrics.REQUESTED.perInterval().of()));
        // held by the disk the scenario declares; without storageTb there is no disk to compare the line with
        return r.storageTb().isEmpty() ? storage
                : storage.heldBy(new Purchase.Setting("recorders." + r.id() + ".storageTb", 1,
                        r.storageTb().getAsDouble()));
    }

    /** Mean holding times after a failure by which an element's load is taken to be back (see {@link #settling}). */
    private static final double SETTLING_HOLDING_TIMES = 3;

    /**
     * How long after a failure ends its element's load takes to come back: the sessions that began while it was down
     * end as their calls do, so the share of the steady load still missing t seconds after it came back is the share
     * of calls in progress then that began before, e^(−t / mean holding time) for exponential holding times: 5% after
     * 3 mean holding times, of the longest traffic's (an assumption; a holding time with a longer tail than the
     * exponential's settles later).
     */
    static double settling(final Deployment deployment)
    {
        return SETTLING_HOLDING_TIMES * deployment.traffic().stream()
                .mapToDouble(t -> t.holdingTime().mean()).max().orElse(0);
    }
}
