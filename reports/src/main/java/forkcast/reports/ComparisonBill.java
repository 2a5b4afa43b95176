package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comparison's bills of materials side by side: each alternative's bill as its own run report gives it
 * ({@link Answer}, docs/answer.md), one row per line (element and unit) in the order the alternatives first give them,
 * a quantity per alternative, so that an architect reads what each design costs in recorders, dialogs, channels and
 * bandwidth from one table.
 */
final class ComparisonBill
{
    /** Where an alternative has no such line (no such element, or nothing to size it by). */
    static final String NONE = "–";

    /**
     * One line of the bills.
     *
     * @param element what is bought ("recorder rec-a streams")
     * @param unit its unit
     * @param quantities per alternative, as the run report shows the quantity ({@link BillOfMaterials.Line#NOT_USED}
     *            where the line has nothing to buy), {@link #NONE} where the alternative has no such line
     */
    record Row(String element, String unit, List<String> quantities)
    {
        /** @return whether alternative {@code i}'s quantity differs from the baseline's */
        boolean changed(final int i)
        {
            return !Objects.equals(this.quantities.get(0), this.quantities.get(i));
        }
    }

    private ComparisonBill()
    {
    }

    static List<Row> rows(final List<Answer> answers)
    {
        Map<String, String[]> byLine = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        // a unit's quantities to the same decimals across the alternatives (36.0 / 11.6 Mbit/s, not 36 / 11.6)
        Map<String, Integer> decimals = BillOfMaterials.decimals(answers.stream().flatMap(a -> a.bill().stream())
                .toList());
        for (int i = 0; i < answers.size(); i++)
        {
            for (BillOfMaterials.Line line : answers.get(i).bill())
            {
                String key = line.element() + "\u0000" + line.unit();
                String[] cells = byLine.computeIfAbsent(key, k -> new String[answers.size()]);
                units.put(key, line.unit());
                cells[i] = line.used() ? BillOfMaterials.quantity(line, decimals) : BillOfMaterials.Line.NOT_USED;
            }
        }
        List<Row> rows = new ArrayList<>();
        byLine.forEach((key, cells) ->
        {
            List<String> quantities = new ArrayList<>();
            for (String c : cells)
            {
                quantities.add(c == null ? NONE : c);
            }
            rows.add(new Row(key.substring(0, key.indexOf('\u0000')), units.get(key), quantities));
        });
        return rows;
    }

    /**
     * @return the bills for the terminal: a heading naming the alternatives in column order, then per line the element
     *         and its quantities separated by " / " with the unit; where that is wider than 80 columns (many
     *         alternatives, long names), a block per line with an alternative a row; then the alternatives whose bill
     *         asks for a confirming run; empty when no alternative has a bill
     */
    static List<String> lines(final List<String> names, final List<Answer> answers)
    {
        List<Row> rows = rows(answers);
        if (rows.isEmpty())
        {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("bill of materials at the targets, each alternative's own (" + String.join(" / ", names)
                + "; –: no such line):");
        int width = rows.stream().mapToInt(r -> r.element().length()).max().orElse(0);
        List<String> side = new ArrayList<>();
        for (Row r : rows)
        {
            side.add(String.format(java.util.Locale.ROOT, "  %-" + width + "s  %s %s", r.element(),
                    String.join(" / ", r.quantities()), r.unit()));
        }
        if (side.stream().allMatch(l -> l.length() <= 80))
        {
            lines.addAll(side);
        }
        else
        {
            int nameWidth = names.stream().mapToInt(String::length).max().orElse(0);
            for (Row r : rows)
            {
                lines.add("  " + r.element() + " (" + r.unit() + ")");
                for (int i = 0; i < names.size(); i++)
                {
                    lines.add(String.format(java.util.Locale.ROOT, "    %-" + nameWidth + "s  %s", names.get(i),
                            r.quantities().get(i)));
                }
            }
        }
        List<String> unconfirmed = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++)
        {
            if (!answers.get(i).bill().isEmpty() && answers.get(i).confirmation().needed())
            {
                unconfirmed.add(names.get(i));
            }
        }
        if (!unconfirmed.isEmpty())
        {
            lines.add("  a run with its quantities must confirm the bill of " + String.join(", ", unconfirmed)
                    + " (its settings: comparison.json, answers)");
        }
        return lines;
    }

    /** @return per alternative, whether its run confirms its bill ("yes"), asks for a run that does ("no"), or "–" */
    static List<String> confirmed(final List<Answer> answers)
    {
        List<String> cells = new ArrayList<>();
        for (Answer a : answers)
        {
            AgentLimit agents = a.confirmation().agents();
            cells.add(a.bill().isEmpty() ? NONE : a.confirmation().needed() ? "no: confirm it by a run with its"
                    + " quantities" : "yes" + (agents.refused() ? ", but " + agents.billFor() : ""));
        }
        return cells;
    }
}
