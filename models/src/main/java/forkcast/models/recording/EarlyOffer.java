package forkcast.models.recording;

/**
 * The SIP profile's Early Offer setting on a trunk (R18). Toward CUBE it must be on (R10): with {@code MANDATORY}
 * CUCM inserts an MTP when the media source cannot offer SDP itself (an SCCP phone), with {@code BEST_EFFORT} it
 * inserts none and such sessions fail ({@link RejectReason#EARLY_OFFER_MISSING}).
 */
public enum EarlyOffer
{
    NONE, BEST_EFFORT, MANDATORY
}
