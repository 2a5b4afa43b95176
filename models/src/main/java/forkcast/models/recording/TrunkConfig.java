package forkcast.models.recording;

/**
 * A SIP trunk from CUCM to a recording destination (R5, R19).
 *
 * @param id trunk id
 * @param recorder the recorder it reaches
 * @param maxDialogs concurrent SIP dialogs it carries (each recording session holds two)
 */
public record TrunkConfig(String id, String recorder, int maxDialogs)
{
    public TrunkConfig
    {
        if (maxDialogs < 0)
        {
            throw new IllegalArgumentException("trunk " + id + ": maxDialogs must be >= 0");
        }
    }
}
