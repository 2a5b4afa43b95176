package forkcast.models.recording;

import java.util.List;

/**
 * A SIP trunk from CUCM to a recording destination, a recorder or a CUBE media proxy (R5, R19).
 *
 * @param id trunk id
 * @param recorder the recorder it reaches, or null
 * @param cube the CUBE it reaches, or null (exactly one of the two is set)
 * @param maxDialogs concurrent SIP dialogs it carries (each recording session holds two)
 * @param earlyOffer the SIP profile's Early Offer setting (R18)
 * @param mtpPool the MTP pool that mandatory Early Offer takes from; null for none
 * @param down failure windows
 * @param timers the SIP timers of its failover: INVITE timeout and OPTIONS ping
 */
public record TrunkConfig(String id, String recorder, String cube, int maxDialogs, EarlyOffer earlyOffer,
        String mtpPool, List<DownWindow> down, SipTimers timers)
{
    public TrunkConfig
    {
        down = List.copyOf(down);
        if (timers == null)
        {
            throw new IllegalArgumentException("trunk " + id + ": needs its SIP timers");
        }
        if (maxDialogs < 0)
        {
            throw new IllegalArgumentException("trunk " + id + ": maxDialogs must be >= 0");
        }
        if ((recorder == null) == (cube == null))
        {
            throw new IllegalArgumentException("trunk " + id + ": reaches either a recorder or a CUBE");
        }
    }

    /** A trunk with CUCM's default SIP timers. */
    public TrunkConfig(final String id, final String recorder, final String cube, final int maxDialogs,
            final EarlyOffer earlyOffer, final String mtpPool, final List<DownWindow> down)
    {
        this(id, recorder, cube, maxDialogs, earlyOffer, mtpPool, down, SipTimers.DEFAULT);
    }

    /** A trunk straight to a recorder, no Early Offer, never down, CUCM's default SIP timers. */
    public TrunkConfig(final String id, final String recorder, final int maxDialogs)
    {
        this(id, recorder, null, maxDialogs, EarlyOffer.NONE, null, List.of());
    }
}
