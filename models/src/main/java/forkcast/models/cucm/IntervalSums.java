package forkcast.models.cucm;

/** Per-interval series of one measurement window, added interval by interval (a load with several causes). */
final class IntervalSums
{
    private IntervalSums()
    {
    }

    /**
     * @return {@code first} with {@code second} and {@code third} added to each interval, in that order
     *         ({@code first[i] += second[i] + third[i]}); {@code first} is a fresh copy its owner gave out
     */
    static double[] add(final double[] first, final double[] second, final double[] third)
    {
        for (int i = 0; i < first.length; i++)
        {
            first[i] += second[i] + third[i];
        }
        return first;
    }
}
