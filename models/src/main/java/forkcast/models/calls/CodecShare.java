package forkcast.models.calls;

import forkcast.models.media.Codec;

/** A codec and the share of a traffic stream's calls that use it. */
public record CodecShare(Codec codec, double share)
{
    public CodecShare
    {
        if (!(share >= 0) || share > 1)
        {
            throw new IllegalArgumentException("codec share must be in [0, 1]: " + share);
        }
    }
}
