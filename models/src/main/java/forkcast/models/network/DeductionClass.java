package forkcast.models.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.models.media.Codec;

/**
 * F7: the calls that take one size of locations-CAC deduction, a class of the multi-rate loss model a budget is
 * (docs/locations-cac.md): the calls of every codec with that deduction, in both directions together (a recording call
 * deducts as a two-way call of the call's codec). Codecs of the same deduction are one class, as the budget cannot tell
 * them apart.
 *
 * @param name the codecs' catalogue names, joined by {@code +} where several share the deduction ({@code G711},
 *            {@code G711+G722}): the {@code <codec>} of the class's metrics
 * @param bitsPerSecond the deduction per call
 */
public record DeductionClass(String name, int bitsPerSecond)
{
    public DeductionClass
    {
        if (name == null || name.isBlank() || bitsPerSecond <= 0)
        {
            throw new IllegalArgumentException("a deduction class needs a name and a positive deduction");
        }
    }

    /** @return the classes of {@code codecs}, one per deduction, in the order their first codec comes */
    public static List<DeductionClass> of(final List<Codec> codecs)
    {
        Map<Integer, List<String>> names = new LinkedHashMap<>();
        for (Codec c : codecs)
        {
            List<String> same = names.computeIfAbsent(c.cacBitsPerSecond(), b -> new ArrayList<>());
            if (!same.contains(c.name()))
            {
                same.add(c.name());
            }
        }
        List<DeductionClass> classes = new ArrayList<>();
        names.forEach((bits, codecNames) -> classes.add(new DeductionClass(String.join("+", codecNames), bits)));
        return classes;
    }
}
