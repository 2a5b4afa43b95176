package forkcast.models.recording;

import java.util.List;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
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

    /**
     * @return a builder for trunk {@code id}; set exactly one destination, {@code recorder} or {@code cube}. Unset
     *         settings: unlimited dialogs, no Early Offer, no MTP pool, never down, CUCM's default SIP timers
     *         ({@link SipTimers#DEFAULT}).
     */
    public static TrunkConfigBuilder builder(final String id)
    {
        return TrunkConfigBuilder.builder().id(id).maxDialogs(Integer.MAX_VALUE).earlyOffer(EarlyOffer.NONE)
                .down(List.of()).timers(SipTimers.DEFAULT);
    }
}
