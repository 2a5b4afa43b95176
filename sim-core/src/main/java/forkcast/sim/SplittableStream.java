package forkcast.sim;

import java.util.SplittableRandom;

import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * A DSOL random stream over {@link SplittableRandom}: it takes the whole 64-bit seed (DSOL's MersenneTwister keeps only
 * the low 31 bits, so distinct stream seeds could collide), is not synchronized (one stream is never shared between
 * threads), and draws about twice as fast. {@link #nextDouble()} never returns 0, so {@code -log(u)} in DSOL's
 * exponential and Erlang distributions is always finite.
 */
public final class SplittableStream implements StreamInterface
{
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final long originalSeed;
    private long seed;
    private SplittableRandom random;

    public SplittableStream(final long seed)
    {
        this.originalSeed = seed;
        setSeed(seed);
    }

    @Override
    public boolean nextBoolean()
    {
        return this.random.nextBoolean();
    }

    /** @return a uniform number in the open interval (0, 1) */
    @Override
    public double nextDouble()
    {
        return ((this.random.nextLong() >>> 11) + 0.5) * DOUBLE_UNIT;
    }

    @Override
    public float nextFloat()
    {
        return (float) nextDouble();
    }

    @Override
    public int nextInt()
    {
        return this.random.nextInt();
    }

    /** @return a uniform integer in [i, j], both included (DSOL's contract) */
    @Override
    public int nextInt(final int i, final int j)
    {
        return this.random.nextInt(i, j + 1);
    }

    @Override
    public long nextLong()
    {
        return this.random.nextLong();
    }

    @Override
    public long getSeed()
    {
        return this.seed;
    }

    @Override
    public long getOriginalSeed()
    {
        return this.originalSeed;
    }

    @Override
    public void setSeed(final long newSeed)
    {
        this.seed = newSeed;
        this.random = new SplittableRandom(newSeed);
    }

    @Override
    public void reset()
    {
        setSeed(this.seed);
    }
}
