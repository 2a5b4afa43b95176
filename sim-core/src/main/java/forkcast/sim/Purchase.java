package forkcast.sim;

import java.util.List;

import forkcast.sim.metrics.Metric;

/**
 * How much of a rated element to buy so that the run would meet its target: one line of the bill of materials. The
 * quantity comes from the simulated figures by one of three methods (see {@link Method}); the target it is sized for is
 * the goal held on {@code goal} (e.g. {@code recording.blockingProbability} for streams, the link's utilisation for
 * megabits).
 *
 * @param element what is bought, for people ("recorder rec-a streams", "link wan-1 toward dc")
 * @param unit the unit of the quantity ("streams", "Mbit/s")
 * @param method how the quantity is computed
 * @param load the simulated figure it is computed from: for {@link Method#ERLANG_B} the per-interval series of the
 *            units in use; for {@link Method#UTILISATION} a scalar per replication; for
 *            {@link Method#KAUFMAN_ROBERTS} the capacity's peak in use, a scalar per replication
 * @param factor units per session (or call) for {@link Method#ERLANG_B} (two streams or dialogs per session, R5;
 *            one channel per call); for {@link Method#UTILISATION} what turns the load into the unit (1 for Mbit/s,
 *            maxSetupsPerSecond for a set-up utilisation); for {@link Method#KAUFMAN_ROBERTS} what turns the capacity
 *            into the unit (1 for the budget in kbit/s, 0.001 for the Mbit/s behind it)
 * @param goal the metric whose goal (target) sets the quantity: a blocking probability for {@link Method#ERLANG_B},
 *            a utilisation for {@link Method#UTILISATION}; for {@link Method#KAUFMAN_ROBERTS} the blocking target
 *            ({@link SharedCapacity#target()}) for the capacity itself, or a utilisation for what follows from it
 * @param step the quantity is rounded up to a whole multiple of this (1 for streams, 0.1 for Mbit/s)
 * @param profile for {@link Method#UTILISATION} of a rate averaged over the window (a set-up utilisation): a
 *            per-interval count series whose busiest interval (the largest mean over replications, the same in every
 *            replication) over its mean interval scales each replication's load to the busiest interval's rate, so a
 *            peaked profile is not undersized; null to use the load as it is
 * @param sessions for {@link Method#ERLANG_B}: the demand behind the units in use, recording sessions or calls (what
 *            was asked and lost per interval, the element's peak, what held the demand back); null for none (nothing
 *            lost)
 * @param down for {@link Method#UTILISATION} of work the element does only while it is up (a recorder's storage, a
 *            recorder's or CUBE's set-ups): the windows it was down and how its load came back after them (see
 *            {@link Outages}), so the load is scaled to the rate it has on a day without them; {@link Outages#NONE}
 *            when it is never down. A {@code profile} then scales that steady rate to the busiest interval's
 * @param setting the scenario setting that holds this quantity (for the {@code --set} that confirms the bill); null
 *            when no one setting does
 * @param shared for {@link Method#KAUFMAN_ROBERTS}: the classes of calls that share the capacity (see
 *            {@link SharedCapacity}); null for the other methods
 */
public record Purchase(String element, String unit, Method method, Metric load, double factor, String goal,
        double step, Metric profile, Sessions sessions, Outages down, Setting setting, SharedCapacity shared)
{

    /** A purchase sized from its load as it is (no profile, no sessions, never down, no setting). */
    public Purchase(final String element, final String unit, final Method method, final Metric load,
            final double factor, final String goal, final double step)
    {
        this(element, unit, method, load, factor, goal, step, null, null, Outages.NONE, null, null);
    }

    /** @return this purchase, its window-mean load scaled to the busiest interval of {@code series} */
    public Purchase peakedBy(final Metric series)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.goal,
                this.step, series, this.sessions, this.down, this.setting, this.shared);
    }

    /** @return this purchase, its load carried for {@code behind} (see {@link Sessions}) */
    public Purchase carrying(final Sessions behind)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.goal,
                this.step, this.profile, behind, this.down, this.setting, this.shared);
    }

    /** @return this purchase, its load accumulated only outside the windows of {@code outages} (see {@link Outages}) */
    public Purchase downIn(final Outages outages)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.goal,
                this.step, this.profile, this.sessions, outages, this.setting, this.shared);
    }

    /** @return this purchase, its quantity held by the scenario setting {@code key} (see {@link Setting}) */
    public Purchase heldBy(final Setting key)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.goal,
                this.step, this.profile, this.sessions, this.down, key, this.shared);
    }

    /** @return this purchase, sized for the classes of calls that share its capacity (see {@link SharedCapacity}) */
    public Purchase sharedBy(final SharedCapacity classes)
    {
        return new Purchase(this.element, this.unit, this.method, this.load, this.factor, this.goal,
                this.step, this.profile, this.sessions, this.down, this.setting, classes);
    }

    /**
     * The classes of calls that share one capacity with no queue, each call of a class holding a fixed size of it
     * (a locations-CAC budget, F7): a multi-rate loss system, sized by {@link Method#KAUFMAN_ROBERTS}.
     *
     * @param target the metric whose goal (a blocking probability) every class is sized to meet
     * @param unit the capacity's unit ("kbit/s"), which the purchase's factor turns into its own
     * @param step the capacity is a whole multiple of this, in its unit (8 kbit/s)
     * @param classes the classes, each with its size and its per-interval figures
     * @param heldBack counts of work refused anywhere that would ask for the capacity, or hold it longer, once the
     *            bill is bought (calls refused at gateways and by CAC, recording sessions failed, route advances):
     *            when these are 0 in every replication, nothing held the demand back, so the load's peak (the
     *            purchase's {@code load}, one scalar per replication) is what the capacity was asked for
     */
    public record SharedCapacity(String target, String unit, double step, List<CallClass> classes,
            List<Metric> heldBack)
    {
        public SharedCapacity
        {
            classes = List.copyOf(classes);
            heldBack = List.copyOf(heldBack);
        }
    }

    /**
     * One class of a {@link SharedCapacity}.
     *
     * @param name what the class is, for people ("G711")
     * @param size the capacity one call holds, in the capacity's unit (80 kbit/s); sized in whole tenths of it (a
     *            finer size is rounded up)
     * @param carried per-interval series of the calls of the class in use (time-weighted mean: carried erlangs)
     * @param requested per-interval series of the calls of the class that asked for the capacity
     * @param refused per-interval series of those it refused: refused ÷ requested in an interval is that interval's
     *            share refused, by which its carried load is grossed up to the offered load
     */
    public record CallClass(String name, double size, Metric carried, Metric requested, Metric refused)
    {
    }

    /**
     * The demand behind an {@link Method#ERLANG_B} purchase's units in use: recording sessions for a recorder, trunk or
     * CUBE, calls for a gateway.
     *
     * @param noun what the demand is counted in, singular ("session", "call"; its plural adds an s): the line's basis
     *            says it
     * @param requested per-interval series of the demand asked for (for sessions: by all elements)
     * @param failed per-interval series of the demand lost (for sessions: all elements): failed ÷ requested in an
     *            interval is that interval's share lost, by which its carried load is grossed up to the offered load
     * @param peak the element's largest units in use in the window, one scalar per replication
     * @param heldBack counts of work that a hard limit refused or moved elsewhere (route advance, copies refused,
     *            calls refused): when these and {@code failed} are 0 in every replication, nothing held the demand
     *            back, so the peak in use is what the element was asked for
     * @param refusals work refused that is not a lost session (calls refused before they could ask, a gateway's
     *            calls that locations CAC refused after, copies a recorder refused while their session stood), by
     *            each of which each interval's load is grossed up further; empty where there is none
     */
    public record Sessions(String noun, Metric requested, Metric failed, Metric peak, List<Metric> heldBack,
            List<Refusals> refusals)
    {
        public Sessions
        {
            heldBack = List.copyOf(heldBack);
            refusals = List.copyOf(refusals);
        }

        /** Recording sessions, with nothing refused beside them. */
        public Sessions(final Metric requested, final Metric failed, final Metric peak, final List<Metric> heldBack)
        {
            this("session", requested, failed, peak, heldBack, List.of());
        }
    }

    /**
     * Work the element's demand left out because something refused it before it asked (calls at a gateway, by locations
     * CAC) or after it took the element and gave it back early (a gateway's calls that CAC refused), or because the
     * element refused it without losing the session (a copy forked by CUBE): refused ÷ offered in an interval is that
     * interval's share refused. Once the limits that refused it are bought this work arrives, and (an assumption the
     * line states) asks for the element as the work that was carried did.
     *
     * @param offered per-interval series of the work offered (or of the work that took the element)
     * @param refused per-interval series of the work refused, one per reason (summed)
     * @param what the refused work, for the line's basis ("calls refused at gateways and by locations CAC")
     * @param assumption what the line assumes of it once it arrives, for its basis
     */
    public record Refusals(Metric offered, List<Metric> refused, String what, String assumption)
    {
        public Refusals
        {
            refused = List.copyOf(refused);
        }
    }

    /**
     * The windows an element was down, and how its load comes back after each. The work that began while it was down
     * never reaches it (a forked copy is not made again, a route list keeps the session on the element it advanced
     * to), so a volume it accumulates over its sessions (storage) is lower than on a day without the failure for about
     * a holding time after it comes back. Work asked only when a session starts (a set-up) comes back whole as soon as
     * new sessions reach the element again.
     *
     * @param windows the windows it was down; empty when it is never down
     * @param settling seconds after a window ends by which its load is back to its steady level (the time before that
     *            is not read as steady)
     * @param rate the per-interval series of the rate at which it accumulates the volume (a recorder's received
     *            Mbit/s); null where the load itself is that rate: work the element does only while it is up and
     *            asked again, none while it is down or settling and all of it after (set-ups), so its rate per unit of
     *            demand is the load over the demand in that time
     * @param demand the per-interval count series of the work asked of every element (recording sessions requested),
     *            which its failure does not change: the element's rate per unit of it where the failure did not touch
     *            it, times the demand over the whole measured window, is the load of a day without the failure
     *            (docs/answer.md); null when none is measured (the load is then scaled by the element's up share)
     */
    public record Outages(List<Down> windows, double settling, Metric rate, Metric demand)
    {
        /** An element never down. */
        public static final Outages NONE = new Outages(List.of(), 0, null, null);

        public Outages
        {
            windows = List.copyOf(windows);
        }
    }

    /**
     * A window the element was down, in simulation time (from the start of the warm-up).
     *
     * @param from when it went down
     * @param until when it came back
     */
    public record Down(double from, double until)
    {
    }

    /**
     * The scenario setting that holds a purchase's quantity.
     *
     * @param key its {@code --set} path ("recorders.rec-a.maxStreams")
     * @param kept the share of the setting the element keeps (a CUBE's call-movement derating, F9; 1 for most): the
     *            setting is the quantity ÷ this, rounded up to the purchase's step
     * @param current the setting's value in the scenario that ran, in the setting's unit (a CUBE's maxSessions before
     *            its derating, a link's mbps): a line whose setting would be above it asks more than the run had
     */
    public record Setting(String key, double kept, double current)
    {
    }

    /** How a quantity is computed from the run. */
    public enum Method
    {
        /**
         * Servers for the offered load at the blocking target: per replication and interval, A = the interval's mean
         * units in use ÷ factor ÷ (1 − the interval's share of sessions lost) ÷ (1 − its share of calls refused,
         * {@link Sessions#refusedCalls}); in the time-consistent busiest interval (the largest mean A over
         * replications, the same interval in every replication), A's 95% upper bound over replications; quantity =
         * factor × the smallest n with Erlang-B B(n, A) ≤ the target. Where nothing held the demand back
         * ({@link Sessions#heldBack}), at most the largest peak in use, in whole sessions: the demand is finite
         * (Engset) and that many units refused nothing.
         */
        ERLANG_B,
        /** Capacity at the utilisation target: the load's 95% upper bound over replications × factor ÷ target. */
        UTILISATION,
        /**
         * A capacity shared by classes of calls of several sizes ({@link SharedCapacity}) at the blocking target of
         * {@link SharedCapacity#target()}: the time-consistent busiest interval by offered size (Σ_k a_k·b_k, the
         * largest mean over replications, the same interval in every replication), each class's offered a_k = its
         * carried erlangs ÷ (1 − its share refused in that interval); each class's a_k there at its 95% upper bound
         * over replications; C = the smallest multiple of the step at which every class's
         * Kaufman–Roberts blocking meets the target (capped at the load's largest peak where nothing held the demand
         * back); quantity = C × factor, ÷ the goal's limit where the purchase's goal is not the blocking target (the
         * bandwidth behind a CAC budget at the link's utilisation target).
         */
        KAUFMAN_ROBERTS
    }
}
