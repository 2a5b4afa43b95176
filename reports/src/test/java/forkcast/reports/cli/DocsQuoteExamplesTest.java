package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the docs say of the examples is what the examples, as shipped, give. docs/answer.md quotes headlines (it once
 * showed "of 160.0 streams" where the run says "of 160 streams"; branch-phone-vs-network misses three link targets,
 * and the headline names the one missed most) and lines of the bill of materials. README.md's list of examples quotes figures, rounded as written there;
 * a change to the model that moves one makes this test name the sentence to update.
 */
class DocsQuoteExamplesTest
{
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "contact-centre", "branch-phone-vs-network", "mifid-multifork"})
    void theDocsQuoteTheExamplesOwnFigures(final String example) throws Exception
    {
        Path out = this.tmp.resolve(example);
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve(example + ".yaml").toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        JsonNode summary = JsonMapper.shared().readTree(out.resolve("summary.json").toFile());
        if (!example.equals("mifid-multifork"))
        {
            String headline = summary.get("headline").asString();
            assertTrue(Files.readString(Path.of("..", "docs", "answer.md")).contains("`" + headline + "`"),
                    "docs/answer.md quotes " + headline);
        }
        String answer = Files.readString(Path.of("..", "docs", "answer.md")).replaceAll("\\s+", " ");
        for (String phrase : answerPhrases(example, summary))
        {
            assertTrue(answer.contains(phrase), "docs/answer.md should say \"" + phrase + "\"");
        }
        String bullet = readmeBullet(example);
        for (String phrase : readmePhrases(example, summary.get("metrics")))
        {
            assertTrue(bullet.contains(phrase), "README.md's " + example + ".yaml should say \"" + phrase + "\": "
                    + bullet);
        }
    }

    /** The phrases README.md's bullet on {@code example} must contain, from the run's means. */
    private static List<String> readmePhrases(final String example, final JsonNode metrics)
    {
        List<String> phrases = new ArrayList<>();
        switch (example)
        {
            case "quickstart" ->
            {
                phrases.add("about " + format("%.0f", 100 * mean(metrics, "recorder.rec-a.setupUtilization"))
                        + "% of the recorder's set-up rate");
                phrases.add("wait " + format("%.2f", mean(metrics, "recorder.rec-a.setupWait.mean")) + " s on average");
                phrases.add("coverage is " + format("%.3f", mean(metrics, "recording.coverage")));
            }
            case "contact-centre" ->
            {
                phrases.add("about " + format("%.0f", 100 * mean(metrics, "recorder.rec-dc.setupUtilization"))
                        + "% of the recorder's sustained set-up rate");
                phrases.add("wait " + format("%.1f", mean(metrics, "recorder.rec-dc.setupWait.mean"))
                        + " s on average");
                phrases.add("blocking is " + format("%.1f", 100 * mean(metrics, "recording.blockingProbability")) + "%");
                phrases.add("is " + format("%.2f", mean(metrics, "recording.coverage")) + ".");
                phrases.add("about " + format("%.0f", mean(metrics, "storage.gbPerDay")) + " GB a day ("
                        + format("%.1f", mean(metrics, "storage.tbRetained")) + " TB retained)");
            }
            case "mifid-multifork" -> phrases.add(format("%.0f", mean(metrics, "storage.gbPerDay")) + " GB a day and "
                    + format("%.0f", mean(metrics, "storage.tbRetained")) + " TB in all");
            case "branch-phone-vs-network" ->
            {
                // "split equals the sessions established": every session, not a share of them
                assertEquals(mean(metrics, "recording.sessions.established"), mean(metrics, "recording.sessions.split"),
                        "README.md says every session of " + example + " is split");
                phrases.add("`recording.sessions.split` equals the sessions established");
            }
            default -> throw new IllegalArgumentException(example);
        }
        return phrases;
    }

    /** The phrases docs/answer.md's bill of materials section must contain, from the run's bill. */
    private static List<String> answerPhrases(final String example, final JsonNode summary)
    {
        return switch (example)
        {
            case "quickstart" -> List.of("the bill says " + quantity(summary, "recorder rec-a streams") + " streams",
                    "unlimited Poisson sources would ask " + basis(summary, "recorder rec-a streams",
                            "would ask (\\d+)"));
            case "contact-centre" -> List.of(quantity(summary, "recorder rec-dc streams") + " by the busiest interval's "
                    + basis(summary, "recorder rec-dc streams", "that interval's ([0-9.]+%)"),
                    "--set recorders.rec-dc.maxStreams=" + quantity(summary, "recorder rec-dc streams"),
                    // F7: the locations-CAC budget by Kaufman-Roberts, and the bandwidth behind it
                    "The contact-centre example as it is: " + String.format(Locale.ROOT, "%,d", Math.round(line(summary,
                            "link wan-branch locations-CAC budget").get("quantity").asDouble())) + " kbit/s and "
                            + quantity(summary, "link wan-branch bandwidth behind its CAC budget") + " Mbit/s behind it");
            case "mifid-multifork" -> List.of("`rec-slo-1`, down 15 of the 60 measured minutes, "
                    + quantity(summary, "recorder rec-slo-1 storage (1826 days retained)") + " TB against "
                    + quantity(summary, "recorder rec-slo-2 storage (1826 days retained)") + " TB",
                    "`rec-slo-1`, down 15 of the 60 measured minutes, "
                    + quantity(summary, "recorder rec-slo-1 set-up rate") + " set-ups/s "
                    + (quantity(summary, "recorder rec-slo-1 set-up rate")
                            .equals(quantity(summary, "recorder rec-slo-2 set-up rate")) ? "as its peers"
                            : "against rec-slo-2's " + quantity(summary, "recorder rec-slo-2 set-up rate"))
                    + " (`at its rate"
                    + basis(summary, "recorder rec-slo-1 set-up rate", " at its rate(.*?\\)) in the busiest") + "`)");
            // nothing refused, yet the links are over their target: the link's mbps is what the confirming run sets
            case "branch-phone-vs-network" -> List.of("`--set links.wan-north.mbps="
                    + quantity(summary, "link wan-north toward dc") + "`");
            default -> List.of();
        };
    }

    /** @return the quantity of the bill's line on {@code element}, as docs write it (120, 57.2) */
    private static String quantity(final JsonNode summary, final String element)
    {
        return BigDecimal.valueOf(line(summary, element).get("quantity").asDouble()).stripTrailingZeros()
                .toPlainString();
    }

    /** @return the first group of {@code pattern} in the basis of the bill's line on {@code element} */
    private static String basis(final JsonNode summary, final String element, final String pattern)
    {
        String basis = line(summary, element).get("basis").asString();
        Matcher m = Pattern.compile(pattern).matcher(basis);
        assertTrue(m.find(), pattern + " in " + basis);
        return m.group(1);
    }

    private static JsonNode line(final JsonNode summary, final String element)
    {
        for (JsonNode line : summary.get("billOfMaterials"))
        {
            if (line.get("element").asString().equals(element))
            {
                return line;
            }
        }
        throw new AssertionError("no line " + element);
    }

    private static double mean(final JsonNode metrics, final String name)
    {
        assertTrue(metrics.has(name), name);
        return metrics.get(name).get("mean").asDouble();
    }

    private static String format(final String pattern, final double value)
    {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** README.md's bullet on {@code example} (from {@code - `example.yaml`} up to the next one), its lines joined. */
    private static String readmeBullet(final String example) throws Exception
    {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("- `" + example + ".yaml`");
        assertTrue(start >= 0, "README.md lists " + example + ".yaml");
        int end = readme.indexOf("\n- ", start + 1);
        int paragraph = readme.indexOf("\n\n", start);
        // lines folded into one: a re-wrapped paragraph says the same
        return readme.substring(start, Math.min(end < 0 ? readme.length() : end, paragraph < 0 ? readme.length()
                : paragraph)).replaceAll("\\s+", " ");
    }
}
