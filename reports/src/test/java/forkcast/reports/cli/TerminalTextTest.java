package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How terminal text is broken into lines of at most 80 columns. */
class TerminalTextTest
{
    /** A catalog source: its first line indented under the entry's value, its continuation two further. */
    private static final String SOURCE = "                           source: assumption: a failed recorder, CUBE or trunk"
            + " does not answer at all (no TCP reset, no 503), the slow case of the Cisco failover document";

    private static final String INDENT = " ".repeat(29);

    /** Prose is filled: as many words on each line as fit, a comma inside an enumeration no reason to break. */
    @Test
    void proseIsFilledWordByWord()
    {
        List<String> lines = TerminalText.fill(SOURCE, INDENT);
        assertEquals(List.of(
                "                           source: assumption: a failed recorder, CUBE or trunk",
                "                             does not answer at all (no TCP reset, no 503), the",
                "                             slow case of the Cisco failover document"), lines);
        for (int i = 0; i + 1 < lines.size(); i++)
        {
            String next = lines.get(i + 1).strip().split(" ")[0];
            assertTrue(lines.get(i).length() + 1 + next.length() > TerminalText.WIDTH, "the next word does not fit");
        }
    }

    /** A list is broken after an item in the second half of the line, where the prose above is not. */
    @Test
    void aListBreaksAfterAnItem()
    {
        List<String> lines = TerminalText.wrap(SOURCE, INDENT);
        assertEquals("                           source: assumption: a failed recorder,", lines.get(0));
        assertEquals(String.join(" ", SOURCE.strip().split(" ")),
                String.join(" ", String.join(" ", lines).strip().split(" +")), "no word lost or split");
    }

    /** A word longer than a line stands alone; behind blanks it starts the first line, never after an empty one. */
    @Test
    void aLongWordStandsAloneAfterTheBlanks()
    {
        String url = "cisco.com/" + "x".repeat(90);
        for (List<String> lines : List.of(TerminalText.fill("  " + url + " page", "    "),
                TerminalText.wrap("  " + url + " page", "    ")))
        {
            assertEquals(List.of("  " + url, "    page"), lines);
        }
        assertEquals(List.of("  see", "    " + url, "    page"), TerminalText.fill("  see " + url + " page", "    "));
    }
}
