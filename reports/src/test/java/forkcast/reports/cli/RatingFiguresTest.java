package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rating is shown as the scenario states it: 90 channels, not the 90.0 of a mean's format (the capacity verdicts
 * showed "Rating 90.0" and the comparison "31.7% of 600.0").
 */
class RatingFiguresTest
{
    @TempDir
    Path tmp;

    @Test
    void theRunReportShowsWholeRatingsWithoutDecimals() throws Exception
    {
        Path out = this.tmp.resolve("run");
        Cli cli = Cli.run("run", RunCommandTest.QUICKSTART.toString(), "--out", out.toString(), "--replications", "2",
                "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        Map<String, String> shown = new HashMap<>();
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><td class=\"num\">([^<]*)</td>").matcher(
                Files.readString(out.resolve("report.html")));
        while (row.find())
        {
            shown.put(row.group(1), row.group(2));
        }
        int whole = 0;
        for (JsonNode v : summary.get("verdicts"))
        {
            double limit = v.get("limit").asDouble();
            String cell = shown.get(v.get("label").asString());
            assertTrue(cell != null, "a verdict row for " + v + " in " + shown);
            if (limit == Math.rint(limit) && !"ratio".equals(summary.get("metrics").get(v.get("metric").asString())
                    .get("unit").asString()))
            {
                whole++;
                assertEquals(String.format(java.util.Locale.ROOT, "%,d", (long) limit), cell, v.toString());
            }
        }
        assertTrue(whole >= 3, "channels, dialogs and streams are whole ratings: " + shown);
    }

    @Test
    void theComparisonShowsWholeRatingsWithoutDecimals() throws Exception
    {
        Path out = this.tmp.resolve("compare");
        Cli cli = Cli.run("compare", RunCommandTest.EXAMPLES.resolve("branch-phone-vs-network.yaml").toString(), "--out",
                out.toString(), "--replications", "2", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        String html = Files.readString(out.resolve("report.html"));
        Matcher figure = Pattern.compile("<span class=\"figure\">[^<]* of ([^<]*)</span>").matcher(html);
        int n = 0;
        while (figure.find())
        {
            n++;
            // a catalog assumption says so after the rating (AssumedRatingCliTest)
            assertTrue(figure.group(1).matches("([\\d,]+|\\d+\\.\\d%|\\d+\\.\\d+)( \\(assumed\\))?"),
                    "a rating as stated: " + figure.group());
            assertTrue(!figure.group(1).matches("[\\d,]+\\.0+"), "no decimals on a whole rating: " + figure.group());
        }
        assertTrue(n > 0, "the verdict table has ratings");
    }
}
