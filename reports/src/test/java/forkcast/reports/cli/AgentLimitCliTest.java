package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agents that refuse calls hold the recording load down: the bill is sized, rightly, for the calls the agents take,
 * but a planner reading "confirms the bill: it meets every target" would not know that more agents mean a larger bill.
 * Wherever agents refused calls, the headline, the bill's confirmation (terminal, report, summary.json) say what the
 * bill is for, with the share refused; where they refused none, nothing is said.
 */
class AgentLimitCliTest
{
    @TempDir
    Path tmp;

    private record Run(Cli cli, JsonNode summary, String html)
    {
        double mean(final String metric)
        {
            return this.summary.get("metrics").get(metric).get("mean").asDouble();
        }

        double line(final String element)
        {
            for (JsonNode l : this.summary.get("billOfMaterials"))
            {
                if (l.get("element").asString().equals(element))
                {
                    return l.get("quantity").asDouble();
                }
            }
            throw new AssertionError("no bill line " + element + ": " + this.summary.get("billOfMaterials"));
        }
    }

    private Run run(final int agents) throws IOException
    {
        Path out = this.tmp.resolve("out" + agents);
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "3",
                "--set", "agentGroups.agents.agents=" + agents, "--set", "agentGroups.agents.queue=null");
        assertEquals(0, cli.exitCode, cli.err);
        return new Run(cli, JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile()),
                Files.readString(out.resolve("report.html")));
    }

    @Test
    void whereAgentsRefuseCallsTheBillSaysItIsForTheCallsTheyTake() throws IOException
    {
        Run few = run(40);
        double refused = few.mean("calls.blocked.agents") / few.mean("calls.offered");
        assertTrue(refused > 0.01, "40 agents refuse calls: " + refused);
        String share = String.format(Locale.ROOT, "%.1f%%", refused * 100);
        String note = share + " of calls were refused for want of a free agent: the bill is for the calls the 40"
                + " agents take, and more agents mean more recording load.";
        assertEquals(share + " of calls refused for want of a free agent: the bill is for the calls the 40 agents take",
                few.summary().get("headline").asString(), "the cause is said once, then what the bill is for");
        assertTrue(few.summary().get("billConfirmation").get("note").asString().endsWith(" " + note),
                few.summary().get("billConfirmation").toString());
        assertTrue(few.cli().out.replaceAll("\\R +", " ").contains(" " + note), few.cli().out);
        assertTrue(few.html().contains("<p id=\"bill-agents\" class=\"note\">" + note + "</p>"), "the report says so");

        // what the note says is so: with agents enough, the same traffic asks more of the recorder
        Run enough = run(120);
        assertEquals(0, enough.mean("calls.blocked.agents"), "120 agents take every call");
        assertTrue(enough.line("recorder rec-a streams") > few.line("recorder rec-a streams"),
                enough.line("recorder rec-a streams") + " streams against " + few.line("recorder rec-a streams"));
        assertFalse(enough.summary().get("billConfirmation").get("note").asString().contains("free agent"),
                "where no call was refused for want of an agent, nothing is said");
        assertFalse(enough.cli().out.contains("free agent"), enough.cli().out);
        assertFalse(enough.html().contains("bill-agents"), "nor in the report");
    }
}
