package forkcast.models.recording;

/**
 * Media termination points that mandatory Early Offer inserts (R10, R18): one per recording call.
 *
 * @param id pool id
 * @param site where it stands
 * @param size MTPs in it
 */
public record MtpPoolConfig(String id, String site, int size)
{
    public MtpPoolConfig
    {
        if (size < 0)
        {
            throw new IllegalArgumentException("MTP pool " + id + ": size must be >= 0");
        }
    }
}
