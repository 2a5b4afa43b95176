package forkcast.scenarios.cdr;

/**
 * CUCM's media payload capability codes ({@code origMediaCap_payloadCapability}, {@code destMediaCap_payloadCapability};
 * the "Codec Types" table of the CDR Administration Guide, the same numbering as the Skinny media payload) mapped to
 * the catalog's codecs. Only the voice codecs the catalog models are mapped; any other code is counted and reported
 * by number, never guessed.
 */
final class PayloadCodecs
{
    private PayloadCodecs()
    {
    }

    /** @return the catalog codec of {@code code}, or null when the catalog has none for it */
    static String catalogCodec(final int code)
    {
        return switch (code)
        {
            case 2, 3, 4, 5 -> "G711";       // G.711 A-law 64k, 56k; mu-law 64k, 56k
            case 6, 7, 8 -> "G722";          // G.722 64k, 56k, 48k
            case 11, 12, 15, 16 -> "G729";   // G.729, Annex A, Annex B, Annex A with Annex B
            case 86 -> "iLBC";               // iLBC
            default -> null;
        };
    }
}
