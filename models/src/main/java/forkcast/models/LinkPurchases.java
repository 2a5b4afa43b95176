package forkcast.models;

import java.util.ArrayList;
import java.util.List;

import forkcast.models.metrics.LinkMetrics;
import forkcast.models.metrics.RecordingMetrics;
import forkcast.models.network.DeductionClass;
import forkcast.models.network.LinkConfig;
import forkcast.models.recording.RejectReason;
import forkcast.sim.Purchase;
import forkcast.sim.metrics.Metric;

/**
 * The lines of the bill for a WAN link: its Mbit/s per direction at the utilisation target, and, with locations CAC
 * (F7), the budget to configure and the bandwidth behind it.
 */
final class LinkPurchases
{
    private LinkPurchases()
    {
    }

    /**
     * A link direction's megabits at the link's utilisation target. One {@code mbps} is the link's capacity in each
     * direction, so both directions' lines are held by it (the confirming run sets the larger).
     */
    static Purchase megabits(final LinkConfig l, final String toward, final String goal)
    {
        return new Purchase("link " + l.id() + " toward " + toward, "Mbit/s", Purchase.Method.UTILISATION,
                LinkMetrics.TOWARD_MBPS_PEAK.of(l.id(), toward), 1, goal, 0.1).heldBy(mbps(l));
    }

    /** The link's capacity per direction, the setting that holds its Mbit/s lines. */
    private static Purchase.Setting mbps(final LinkConfig l)
    {
        return new Purchase.Setting("links." + l.id() + ".mbps", 1, l.mbps());
    }

    /** The step of a CAC budget, kbit/s: the budget is configured in whole multiples of it. */
    private static final double CAC_STEP = 8;

    /**
     * F7: a locations-CAC budget is a multi-rate loss system (a call of each codec deducts its fixed size, complete
     * sharing), so the budget to configure is the Kaufman–Roberts size at the cacBlocking target on each deduction
     * class's offered load (docs/locations-cac.md, docs/answer.md), in whole multiples of 8 kbit/s.
     */
    static Purchase cacBudget(final LinkConfig l, final List<DeductionClass> classes)
    {
        return new Purchase("link " + l.id() + " locations-CAC budget", "kbit/s", Purchase.Method.KAUFMAN_ROBERTS,
                LinkMetrics.CAC_KBPS.peak().of(l.id()), 1, LinkMetrics.CAC_BLOCKING.of(l.id()).name(), CAC_STEP)
                .sharedBy(cacShared(l, classes))
                .heldBy(new Purchase.Setting("links." + l.id() + ".cacKbps", 1, l.cacKbps()));
    }

    /**
     * The WAN bandwidth behind that budget: the budget the bill sizes (deductions, which include the IP overhead, F7)
     * in Mbit/s at the link's utilisation target, so the link can carry every call CAC admits: the link's {@code mbps}
     * holds it.
     */
    static Purchase cacBandwidth(final LinkConfig l, final String goal, final List<DeductionClass> classes)
    {
        return new Purchase("link " + l.id() + " bandwidth behind its CAC budget", "Mbit/s",
                Purchase.Method.KAUFMAN_ROBERTS, LinkMetrics.CAC_KBPS.peak().of(l.id()), 0.001, goal, 0.1)
                .sharedBy(cacShared(l, classes)).heldBy(mbps(l));
    }

    /**
     * What holds a CAC budget's demand back beyond {@link SessionPurchases#HELD_BACK}: recording sessions that failed for any reason
     * (a recording call the recorder, trunk or CUBE refused gave its deduction back at once, and holds it for the
     * session once they are bought) and recording calls any budget refused, route advance included.
     */
    private static final List<Metric> CAC_HELD_BACK = List.of(RecordingMetrics.FAILED.total().of(),
            RecordingMetrics.REJECTED_FOR.of(RejectReason.LOCATION_CAC.key()));

    /** The deduction classes sharing link {@code l}'s budget, judged on its blocking; what holds its demand back. */
    private static Purchase.SharedCapacity cacShared(final LinkConfig l, final List<DeductionClass> classes)
    {
        List<Purchase.CallClass> calls = classes.stream().map(c -> new Purchase.CallClass(c.name(),
                c.bitsPerSecond() / 1000.0, LinkMetrics.CAC_CLASS_ERLANGS.of(l.id(), c.name()),
                LinkMetrics.CAC_CLASS_REQUESTS.of(l.id(), c.name()),
                LinkMetrics.CAC_CLASS_REFUSALS.of(l.id(), c.name()))).toList();
        List<Metric> heldBack = new ArrayList<>(SessionPurchases.HELD_BACK);
        heldBack.addAll(CAC_HELD_BACK);
        return new Purchase.SharedCapacity(LinkMetrics.CAC_BLOCKING.of(l.id()).name(), "kbit/s", CAC_STEP, calls,
                heldBack);
    }
}
