package forkcast.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input corpus: every file under {@code src/test/resources/bad/} is refused with its first error at the
 * right line and column, in the user's words, as {@code expected.csv} beside the files says.
 */
class BadInputTest
{
    private static final Path BAD = Path.of("src", "test", "resources", "bad");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad/expected.csv", delimiter = '|', numLinesToSkip = 1)
    void refusedWithLocation(final String file, final String expected)
    {
        Path path = BAD.resolve(file);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(Catalog.builtIn()).load(path, List.of()));
        assertEquals(path + ":" + expected.replace("FILE:", path + ":"), e.errors().get(0).toString());
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException
    {
        List<String> expected = Files.readAllLines(BAD.resolve("expected.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf('|'))).sorted().toList();
        try (Stream<Path> files = Files.list(BAD))
        {
            List<String> corpus = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .toList();
            assertEquals(corpus, expected);
            assertTrue(corpus.size() >= 40, "at least 40 kinds of bad input: " + corpus.size());
        }
    }
}
