package forkcast.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import forkcast.sim.ExperimentResults;

/**
 * The report's view of the planner's answer: the headline, the targets' verdicts and the bill of materials, for the
 * report template's {@code headline}, {@code targets} and {@code bill} sections.
 */
final class AnswerView
{
    private AnswerView()
    {
    }

    static void put(final Answer answer, final ExperimentResults results, final Map<String, Object> view)
    {
        view.put("headline", answer.headline());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (GoalVerdict v : answer.goals())
        {
            String metric = v.goal().metric();
            boolean share = results.summaries().containsKey(metric) && "ratio".equals(results.unit(metric));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", v.goal().label());
            row.put("metric", v.goal().metric());
            row.put("target", (v.goal().atMost() ? "≤ " : "≥ ") + Numbers.target(v.goal().limit(), share));
            // a mean just past its target shows the decimals that tell them apart, beside its OVER or NEAR
            row.put("mean", Numbers.apart(v.value().mean(), v.goal().limit(), share));
            row.put("low", format(v.value().ci95low(), share));
            row.put("high", format(v.value().ci95high(), share));
            row.put("status", v.status());
            row.put("statusClass", "n/a".equals(v.status()) ? "na" : v.status().toLowerCase());
            targets.add(row);
        }
        view.put("targets", targets);
        List<Map<String, Object>> bill = new ArrayList<>();
        Map<String, Integer> decimals = BillOfMaterials.decimals(answer.bill());
        for (BillOfMaterials.Line line : answer.bill())
        {
            // a line with nothing to buy stays, said in words (BillOfMaterials.Line.used)
            bill.add(Map.of("element", line.element(), "quantity", line.used() ? BillOfMaterials.quantity(line, decimals)
                    : BillOfMaterials.Line.NOT_USED, "unit", line.unit(), "basis", line.basis(), "unused", !line.used()));
        }
        view.put("bill", bill);
        view.put("hasBill", !bill.isEmpty());
        view.put("hasUnused", answer.bill().stream().anyMatch(l -> !l.used()));
        BillConfirmation confirm = answer.confirmation();
        view.put("confirmNote", confirm.note());
        view.put("confirmArguments", confirm.arguments());
        view.put("confirmUnsized", confirm.unsizedNote());
        view.put("confirmAgents", confirm.agents().note());
    }

    private static String format(final Double value, final boolean share)
    {
        return value == null ? "–" : share ? Numbers.percent(value) : Numbers.human(value);
    }
}
