package forkcast.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV cells quoted per RFC 4180, formula-leading text neutralised (OWASP), numbers plain. */
class CsvFileTest
{
    @TempDir
    Path tmp;

    private String write(final CsvWriting rows) throws IOException
    {
        Path file = this.tmp.resolve("t.csv");
        try (CsvFile csv = CsvFile.create(file))
        {
            rows.write(csv);
        }
        return Files.readString(file);
    }

    private interface CsvWriting
    {
        void write(CsvFile csv) throws IOException;
    }

    @Test
    void formulaLeadingTextCellsGetAQuoteAndAreQuoted() throws IOException
    {
        String csv = write(c -> c.text("=1+2").text("+SUM(A1)").text("-2+3").text("@cmd").text("\tx").text("\rx")
                .text("plain").endRow());
        assertEquals("\"'=1+2\",\"'+SUM(A1)\",\"'-2+3\",\"'@cmd\",\"'\tx\",\"'\rx\",plain\n", csv);
    }

    @Test
    void negativeNumbersStayPlainNumbers() throws IOException
    {
        assertEquals("-2.5,-3,-7,0.125\n", write(c -> c.number(-2.5).number(-3L).text("-7").number(0.125).endRow()));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedPerRfc4180AndReadBack() throws IOException
    {
        List<String> cells = List.of("a,b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"http://x\",\"y\")", "ok");
        String csv = write(c ->
        {
            for (String cell : cells)
            {
                c.text(cell);
            }
            c.endRow();
            c.text("second").endRow();
        });
        try (Reader in = new java.io.StringReader(csv); CSVParser parser = CSVFormat.RFC4180.parse(in))
        {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(2, records.size(), "a line break inside a cell does not split the row: " + csv);
            assertEquals(List.of("a,b", "say \"hi\"", "two\nlines", "'=HYPERLINK(\"http://x\",\"y\")", "ok"),
                    records.get(0).toList());
        }
    }

    @Test
    void idsAndPlainNumbersAreWrittenAsBefore() throws IOException
    {
        assertEquals("1,900,bandwidth.link.wan-branch.mbps,12.5,\n", write(c -> c.number(1L).number(900.0)
                .text("bandwidth.link.wan-branch.mbps").number(12.5).empty().endRow()));
    }
}
