package forkcast.models.recording;

import forkcast.sim.SimContext;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * A trunk's SIP OPTIONS ping (CUCM 8.5 and later, when its SIP profile enables it): CUCM pings the destination every
 * {@link SipTimers#pingInterval()} while it answers; a ping that finds it down and stays unanswered for the
 * transaction timeout ({@link SipTimers#inviteTimeout()}, RFC 3261 Timer F = Timer B = 64 × T1) marks the trunk out of
 * service, and new recording calls skip it at once; from then on it pings every
 * {@link SipTimers#pingIntervalOutOfService()} and marks it in service at the first ping that is answered.
 *
 * <p>Assumption: the pings run on a fixed grid from the start of the run (times 0, interval, 2 × interval, ...), and
 * the out-of-service grid starts when the trunk was marked. Only changes of the destination schedule a ping's
 * outcome, so a trunk whose destination never fails costs no event.
 */
final class OptionsPing
{
    private final SimContext context;
    private final SipTrunk trunk;
    private final SipTimers timers;
    private SimEventInterface<Double> pending;
    private double markedAt;

    OptionsPing(final SimContext context, final SipTrunk trunk)
    {
        this.context = context;
        this.trunk = trunk;
        this.timers = trunk.timers();
    }

    /** The trunk's destination went down or came back. */
    void destinationChanged()
    {
        if (this.pending != null)
        {
            return; // the ping under way decides when it comes
        }
        double now = this.context.now();
        if (this.trunk.destinationDown() && !this.trunk.outOfService())
        {
            double next = Math.ceil(now / this.timers.pingInterval()) * this.timers.pingInterval();
            this.pending = this.context.scheduleAt(next, this::pingInService);
        }
        else if (!this.trunk.destinationDown() && this.trunk.outOfService())
        {
            double every = this.timers.pingIntervalOutOfService();
            double next = this.markedAt + Math.ceil((now - this.markedAt) / every) * every;
            this.pending = this.context.scheduleAt(next, this::pingOutOfService);
        }
    }

    /** A ping while in service: unanswered, it marks the trunk out of service after the timeout. */
    private void pingInService()
    {
        this.pending = null;
        if (this.trunk.destinationDown())
        {
            this.pending = this.context.scheduleIn(this.timers.inviteTimeout(), this::unanswered);
        }
    }

    private void unanswered()
    {
        this.pending = null;
        if (this.trunk.destinationDown())
        {
            this.trunk.outOfService(true);
            this.markedAt = this.context.now();
        }
        destinationChanged();
    }

    /** A ping while out of service: answered, the trunk is back in service. */
    private void pingOutOfService()
    {
        this.pending = null;
        if (!this.trunk.destinationDown())
        {
            this.trunk.outOfService(false);
        }
        destinationChanged();
    }
}
