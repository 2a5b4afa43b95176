package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import forkcast.reports.BillConfirmation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planner's answer from the command line: the headline names the binding constraint with its number (docs/
 * answer.md), in summary.json, report.html and the terminal; targets come from the file, {@code --set targets.*} and
 * {@code --target}, in that order of precedence.
 */
class AnswerCliTest
{
    private static final Path QUICKSTART = RunCommandTest.QUICKSTART;

    @TempDir
    Path tmp;

    private JsonNode run(final String... extra) throws IOException
    {
        Path out = this.tmp.resolve("out" + System.nanoTime());
        String[] args = new String[extra.length + 6];
        System.arraycopy(new String[] {"run", QUICKSTART.toString(), "--out", out.toString(), "--replications", "3"},
                0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
        String headline = summary.get("headline").asString();
        // wrapped at words within 80 columns, its continuation lines indented
        assertTrue(cli.out.replaceAll("\\R +", " ").contains(headline), "run prints the headline: " + cli.out);
        String html = Files.readString(out.resolve("report.html"));
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<p id=\"headline\"[^>]*>([^<]*)</p>")
                .matcher(html);
        assertTrue(shown.find(), "the report has #headline");
        assertEquals(headline, shown.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&#61;", "=")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"), "the report shows the headline");
        return summary;
    }

    private static double mean(final JsonNode summary, final String metric)
    {
        return summary.get("metrics").get(metric).get("mean").asDouble();
    }

    private static String percent(final double ratio)
    {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    @Test
    void whenTheSetupRateLosesSessionsTheHeadlineSaysSoWithTheShareLostAndTheRatesUse() throws IOException
    {
        JsonNode s = run("--set", "recorders.rec-a.maxSetupsPerSecond=0.2");
        double timeouts = mean(s, "recording.failed.recorder-setup-timeout");
        double failed = mean(s, "recording.sessions.failed");
        assertTrue(timeouts > failed / 2, "the scenario loses sessions to the set-up rate first: " + timeouts);
        String expected = percent(failed / mean(s, "recording.sessions.requested")) + " of sessions lost: recorder"
                + " rec-a set-up rate at " + percent(mean(s, "recorder.rec-a.setupUtilization"));
        assertEquals(expected, s.get("headline").asString());
    }

    @Test
    void whenNothingBindsTheHeadlineNamesTheTightestElement() throws IOException
    {
        JsonNode s = run();
        assertEquals(0, mean(s, "recording.sessions.failed"));
        assertEquals(0, mean(s, "calls.blocked.gateway"));
        String tightest = null;
        double use = -1;
        for (JsonNode v : s.get("verdicts"))
        {
            assertTrue(!"OVER".equals(v.get("verdict").asString()), "nothing over its rating");
            double u = mean(s, v.get("metric").asString()) / v.get("limit").asDouble();
            if (u > use)
            {
                use = u;
                tightest = v.get("label").asString();
            }
        }
        assertEquals("recorder rec-a streams", tightest, "the quickstart's fullest element");
        assertEquals("nothing binds; tightest: recorder rec-a at " + percent(use) + " of 160 streams",
                s.get("headline").asString());
    }

    @Test
    void targetsComeFromDefaultsThenTheFileThenSetThenTarget() throws IOException
    {
        String blocking = "recording.blockingProbability";
        JsonNode defaults = run();
        assertEquals(0.01, limit(defaults, blocking), "default");
        String gateway = "gateway.gw-dc.blockingProbability";
        assertEquals(0.01, limit(defaults, gateway), "the gateway's default");
        assertEquals(0.02, limit(run("--set", "targets.gatewayBlocking=0.02"), gateway), "--set over the default");
        assertEquals(0.02, limit(run("--set", "targets.recordingBlocking=0.02"), blocking), "--set over the default");
        assertEquals(0.005, limit(run("--set", "targets.recordingBlocking=0.02", "--target", blocking + "<=0.005"),
                blocking), "--target over --set");
        JsonNode s = run("--set", "targets.linkUtilisation=0.5", "--target",
                "bandwidth.link.wan-branch.utilization<=0.6", "--target", "calls.abandoned<=3");
        assertEquals(0.6, limit(s, "bandwidth.link.wan-branch.utilization"), "one link's goal replaced");
        assertEquals(3, limit(s, "calls.abandoned"), "a goal on another metric is added");
        JsonNode line = null;
        for (JsonNode l : s.get("billOfMaterials"))
        {
            line = l.get("element").asString().equals("link wan-branch toward dc") ? l : line;
        }
        assertTrue(line != null, s.get("billOfMaterials").toString());
        assertTrue(line.get("basis").asString().endsWith("/ 60.0% target"), line.toString());
    }

    private static double limit(final JsonNode summary, final String metric)
    {
        for (JsonNode t : summary.get("targets"))
        {
            if (t.get("metric").asString().equals(metric))
            {
                return t.get("limit").asDouble();
            }
        }
        throw new AssertionError("no target on " + metric + " in " + summary.get("targets"));
    }

    @Test
    void aBadTargetIsBadUsage()
    {
        Cli cli = Cli.run("run", QUICKSTART.toString(), "--out", this.tmp.resolve("bad").toString(), "--target",
                "recording.coverage=0.9");
        assertEquals(2, cli.exitCode, cli.err);
        assertTrue(cli.err.contains("--target"), cli.err);
        assertTrue(!Files.exists(this.tmp.resolve("bad")), "nothing written");
    }

    private static JsonNode bill(final JsonNode summary, final String element)
    {
        for (JsonNode line : summary.get("billOfMaterials"))
        {
            if (line.get("element").asString().equals(element))
            {
                return line;
            }
        }
        throw new AssertionError("no line " + element + " in " + summary.get("billOfMaterials"));
    }

    /**
     * A CAC budget that refuses calls whose recordings do not cross the link (the recorder in the branch): the calls
     * lost are CAC's, so the headline names the link's budget, and the bill of materials has the budget, sized by
     * Kaufman–Roberts on the offered calls (F7), above the budget that refused them, and the WAN bandwidth behind it.
     */
    @Test
    void whenLocationsCacRefusesTheMostCallsTheHeadlineNamesTheLinksBudget() throws IOException
    {
        JsonNode s = run("--set", "links.wan-branch.cacKbps=1200", "--set", "recorders.rec-a.site=branch");
        double byCac = mean(s, "calls.blocked.cac");
        assertTrue(byCac > mean(s, "calls.blocked.gateway"), "CAC refuses more calls than the gateway: " + byCac);
        assertEquals(0, mean(s, "recording.sessions.failed"), "no session lost: the recordings stay in the branch");
        double use = mean(s, "cac.link.wan-branch.kbps.peak") / 1200;
        assertEquals(percent(byCac / mean(s, "calls.offered")) + " of calls refused by locations CAC: link wan-branch"
                + " locations-CAC budget at " + percent(use) + " of 1,200 kbit/s", s.get("headline").asString());

        JsonNode budget = bill(s, "link wan-branch locations-CAC budget");
        assertEquals("kbit/s", budget.get("unit").asString());
        double peak = mean(s, "cac.link.wan-branch.kbps.peak");
        assertTrue(budget.get("quantity").asDouble() > peak && budget.get("quantity").asDouble() % 8 == 0,
                budget.toString());
        assertTrue(budget.get("basis").asString().startsWith("Kaufman-Roberts"), budget.toString());
        assertEquals(budget.get("quantity").asDouble(), Double.parseDouble(budget.get("set").asString()
                .substring("links.wan-branch.cacKbps=".length())), 0, "a size, bought by the confirming run");
        JsonNode wan = bill(s, "link wan-branch bandwidth behind its CAC budget");
        assertEquals("Mbit/s", wan.get("unit").asString());
        assertEquals(BigDecimal.valueOf(budget.get("quantity").asDouble()).divide(BigDecimal.valueOf(800), 1,
                RoundingMode.CEILING).doubleValue(), wan.get("quantity").asDouble(), 1e-9, "the budget / 80%");
        assertTrue(wan.get("basis").asString().contains("/ 80.0% target"), wan.toString());
    }

    /**
     * A recorder too small for the quickstart refuses sessions, so the bill's other lines are from the traffic carried:
     * the bill gives the --set that buys its streams, in summary.json, the terminal and the report, and a run takes it.
     */
    @Test
    void whereAHardLimitRefusedTheBillGivesTheSetThatConfirmsIt() throws IOException
    {
        Path out = this.tmp.resolve("small");
        Shown run = runSetting(out, "recorders.rec-a.maxStreams=80");
        Cli cli = run.cli();
        JsonNode s = run.summary();
        assertTrue(mean(s, "recording.failed.recorder-full") > 0, "the recorder refuses sessions");
        JsonNode line = bill(s, "recorder rec-a streams");
        String set = "recorders.rec-a.maxStreams=" + Math.round(line.get("quantity").asDouble());
        assertEquals(set, line.get("set").asString());
        assertTrue(cli.out.replaceAll("\\s+", " ").contains(BillConfirmation.NOTE + ":"), cli.out);
        assertTrue(cli.out.contains("    --set " + set), cli.out);
        assertTrue(Files.readString(out.resolve("report.html")).contains("--set " + set.replace("=", "&#61;")),
                "the report gives it");

        Cli confirming = Cli.run("run", QUICKSTART.toString(), "--out", this.tmp.resolve("bought").toString(),
                "--replications", "2", "--quiet", "--set", set);
        assertEquals(0, confirming.exitCode, confirming.err);
    }

    /** A run's terminal and its summary.json. */
    private record Shown(Cli cli, JsonNode summary)
    {
    }

    /** @return the quickstart run into {@code out} with {@code setting}, 3 replications, the terminal shown */
    private static Shown runSetting(final Path out, final String setting) throws IOException
    {
        Cli cli = Cli.run("run", QUICKSTART.toString(), "--out", out.toString(), "--replications", "3", "--set",
                setting);
        assertEquals(0, cli.exitCode, cli.err);
        return new Shown(cli, JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile()));
    }

    /** A gateway too small refuses calls: its line of the bill buys more channels, and prints their setting. */
    @Test
    void aGatewayThatRefusedCallsIsBoughtInTheConfirmingRun() throws IOException
    {
        Shown run = runSetting(this.tmp.resolve("gateway"), "gateways.gw-dc.channels=40");
        assertTrue(mean(run.summary(), "calls.blocked.gateway") > 0, "the gateway refuses calls");
        String flat = run.cli().out.replaceAll("\\s+", " ");
        assertTrue(flat.contains(BillConfirmation.NOTE), run.cli().out);
        JsonNode gateway = null;
        for (JsonNode line : run.summary().get("billOfMaterials"))
        {
            if (line.get("element").asString().equals("gateway gw-dc channels"))
            {
                gateway = line;
            }
        }
        assertTrue(gateway != null && gateway.get("quantity").asDouble() > 40, run.cli().out);
        assertTrue(flat.contains("--set gateways.gw-dc.channels=" + (int) gateway.get("quantity").asDouble()),
                run.cli().out);
        assertTrue(!flat.contains("no line of the bill sizes gateway"), run.cli().out);
    }

    /**
     * The set-up rate is bought for the busiest interval: a profile with one interval at six times the others' rate
     * needs more than twice the set-ups per second the window's mean rate would say.
     */
    @Test
    void theSetupRateLineIsSizedForTheBusiestInterval() throws IOException
    {
        String yaml = Files.readString(QUICKSTART).replace("    direction: inbound\n",
                "    direction: inbound\n    profile: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,"
                        + " 0.5, 3.0]\n");
        assertTrue(yaml.contains("profile: [0.5"), "the profile is in the scenario");
        Path scenario = this.tmp.resolve("peaked.yaml");
        Files.writeString(scenario, yaml);
        Path out = this.tmp.resolve("peaked");
        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString(), "--replications", "3", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode s = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
        JsonNode line = bill(s, "recorder rec-a set-up rate");
        JsonNode use = s.get("metrics").get("recorder.rec-a.setupUtilization");
        double windowMean = use.get("ci95high").asDouble() * 2 / 0.8; // maxSetupsPerSecond 2, 80% target
        // the last interval of the hour offers 6 times the others' calls, 4.2 times the window's mean; the 60 agents
        // answer fewer of them, so the sessions asked for in it are still well over twice the window's mean rate
        assertTrue(line.get("quantity").asDouble() > 2 * windowMean, line + " against the mean's " + windowMean);
        assertTrue(line.get("basis").asString().contains("busiest interval of recording.sessions.requested"),
                line.toString());
    }

    /**
     * A recorder that loses some sessions behind a CAC budget that refuses a larger share of the calls: the calls are
     * lost with their recordings, so the budget binds, not the recorder (the headline named the recorder's 0.1% while
     * CAC refused 29% of the calls).
     */
    @Test
    void whenCallsAreRefusedInALargerShareThanSessionsAreLostTheRefusalsBind() throws IOException
    {
        JsonNode s = run("--set", "links.wan-branch.cacKbps=2400", "--set", "recorders.rec-a.site=branch", "--set",
                "recorders.rec-a.maxStreams=60");
        double lost = mean(s, "recording.sessions.failed") / mean(s, "recording.sessions.requested");
        double refused = mean(s, "calls.blocked.cac") / mean(s, "calls.offered");
        assertTrue(lost > 0 && refused > lost, "sessions lost " + lost + ", calls refused " + refused);
        assertTrue(s.get("headline").asString().startsWith(percent(refused) + " of calls refused by locations CAC"),
                s.get("headline").asString());
        // several causes: the share of all the calls refused, each cause's, and the largest cause's element
        JsonNode both = run("--set", "links.wan-branch.cacKbps=10900", "--set", "gateways.gw-dc.channels=55", "--set",
                "recorders.rec-a.maxStreams=103", "--set", "trunks.t-rec-a.maxDialogs=400");
        double offered = mean(both, "calls.offered");
        double gw = mean(both, "calls.blocked.gateway");
        double cac = mean(both, "calls.blocked.cac");
        assertTrue(gw > 0 && cac > 0, "both refuse: " + gw + ", " + cac);
        String expected = percent((gw + cac) / offered) + " of calls refused (at gateways " + percent(gw / offered)
                + ", by locations CAC " + percent(cac / offered) + "): "
                + (cac > gw ? "link wan-branch locations-CAC budget" : "gateway gw-dc");
        assertTrue((gw + cac) / offered > mean(both, "recording.sessions.failed")
                / mean(both, "recording.sessions.requested"), "the refusals outrank the sessions lost");
        assertTrue(both.get("headline").asString().startsWith(expected), both.get("headline").asString());
        // callers turned away for want of a free agent (no queue) are refused calls too: nothing else binds here
        JsonNode agents = run("--set", "agentGroups.agents.agents=40", "--set", "agentGroups.agents.queue=null");
        double busy = mean(agents, "calls.blocked.agents");
        assertTrue(busy > 0, "agents refuse calls");
        assertEquals(percent(busy / mean(agents, "calls.offered")) + " of calls refused for want of a free agent: the"
                + " bill is for the calls the 40 agents take", agents.get("headline").asString());
        // with the recorder losing the larger share it binds again
        JsonNode r = run("--set", "recorders.rec-a.maxStreams=40", "--set", "links.wan-branch.cacKbps=40000");
        assertTrue(mean(r, "calls.blocked.cac") == 0 && mean(r, "recording.sessions.failed") > 0, r.toString());
        assertTrue(r.get("headline").asString().contains("of sessions lost: recorder rec-a"),
                r.get("headline").asString());
    }
}
