package forkcast.reports;

import java.util.List;

import forkcast.models.calls.AgentGroupConfig;
import forkcast.scenarios.RunResult;
import forkcast.sim.Goal;

/**
 * The planner's answer for one run, computed once for every output: the verdict of every rated element and every
 * target, the headline (the binding constraint in one sentence) and the bill of materials at the targets.
 *
 * @param verdicts one per rated element, in the ratings' order
 * @param goals one per target
 * @param headline the binding constraint with its number
 * @param bill what to buy at the targets
 * @param confirmation what a run confirming the bill sets, or that this run is that run
 */
public record Answer(List<Verdict> verdicts, List<GoalVerdict> goals, String headline,
        List<BillOfMaterials.Line> bill, BillConfirmation confirmation)
{
    public static Answer of(final RunResult run)
    {
        List<Goal> goals = run.scenario().targets().goals(run.scenario().deployment());
        List<Verdict> verdicts = Verdict.judge(run.results(), run.ratings(), run.scenario().assumed());
        List<GoalVerdict> goalVerdicts = GoalVerdict.judge(run.results(), goals);
        List<BillOfMaterials.Line> bill = BillOfMaterials.of(run.results(), run.ratings(), goals);
        AgentLimit agents = AgentLimit.of(run.results(),
                run.scenario().deployment().groups().stream().mapToInt(AgentGroupConfig::agents).sum());
        return new Answer(verdicts, goalVerdicts,
                Headline.of(run.results(), run.ratings(), verdicts, goalVerdicts, agents), bill,
                BillConfirmation.of(run.results(), run.ratings(), bill, goalVerdicts, agents));
    }
}
