package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule id the program cites (R1–R35 of the recording guide, F1–F9 of other documents: in validate's warnings,
 * the report, the catalogue's meanings) resolves to a heading of {@code docs/rules.md}, and that file defines each
 * id once, with its source.
 */
class RulesDocTest
{
    private static final Path ROOT = Path.of("..");
    private static final Pattern CITED = Pattern.compile("(?<![A-Za-z0-9_.-])([RF][1-9][0-9]?)(?![A-Za-z0-9_])");

    private static Set<String> headings() throws IOException
    {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md")))
        {
            if (line.startsWith("## "))
            {
                assertTrue(ids.add(line.substring(3).trim()), "defined twice: " + line);
            }
        }
        return ids;
    }

    @Test
    void everyRuleAndFactHasAHeadingAStatementAndASource() throws IOException
    {
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= 35; i++)
        {
            expected.add("R" + i);
        }
        for (int i = 1; i <= 9; i++)
        {
            expected.add("F" + i);
        }
        assertEquals(expected, headings());
        String text = Files.readString(ROOT.resolve("docs/rules.md"));
        for (String id : expected)
        {
            int at = text.indexOf("## " + id + "\n");
            int next = text.indexOf("\n## ", at + 3);
            String entry = text.substring(at, next < 0 ? text.length() : next);
            assertTrue(entry.contains("Source: ") && entry.length() > 40, "statement and source of " + id);
        }
    }

    @Test
    void everyIdCitedInTheProgramResolves() throws IOException
    {
        Set<String> defined = headings();
        Set<String> cited = new TreeSet<>();
        Set<String> unresolved = new TreeSet<>();
        for (String module : new String[] {"sim-core", "models", "scenarios", "reports"})
        {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main")))
            {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".mustache")
                        || p.toString().endsWith(".yaml")).toList())
                {
                    Matcher m = CITED.matcher(Files.readString(f));
                    while (m.find())
                    {
                        cited.add(m.group(1));
                        if (!defined.contains(m.group(1)))
                        {
                            unresolved.add(m.group(1) + " in " + ROOT.relativize(f));
                        }
                    }
                }
            }
        }
        assertTrue(cited.size() > 20, "the scan finds the cited ids: " + cited);
        assertEquals(Set.of(), unresolved);
    }
}
