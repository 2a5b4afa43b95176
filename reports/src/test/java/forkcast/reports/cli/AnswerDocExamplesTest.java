package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The headlines docs/answer.md quotes are the ones the examples print as shipped (it showed "of 160.0 streams" where
 * the run says "of 160 streams"); branch-phone-vs-network misses three link targets, and the headline names the one
 * missed most, which is also the tightest element (it named the first in the file, beside a tighter link).
 */
class AnswerDocExamplesTest
{
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"quickstart", "contact-centre", "branch-phone-vs-network"})
    void theQuotedHeadlineIsTheExamplesOwn(final String example) throws Exception
    {
        Path out = this.tmp.resolve(example);
        Cli cli = Cli.run("run", RunCommandTest.EXAMPLES.resolve(example + ".yaml").toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        String headline = JsonMapper.shared().readTree(out.resolve("summary.json").toFile()).get("headline").asString();
        assertTrue(Files.readString(Path.of("..", "docs", "answer.md")).contains("`" + headline + "`"),
                "docs/answer.md quotes " + headline);
    }
}
