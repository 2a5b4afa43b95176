package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reproducer: sweep.csv wrote --vary values raw (formulas, quotes, line breaks splitting rows). */
class CsvInjectionTest
{
    @TempDir
    Path tmp;

    @Test
    void sweepCsvNeutralisesFormulasAndQuotesVaryValues() throws Exception
    {
        Path out = this.tmp.resolve("out");
        Cli cli = Cli.run("sweep", RunCommandTest.QUICKSTART.toString(), "--vary",
                "description==cmd|' /C calc'!A0,-2+3,+SUM(1),say \"hi\",plain", "--replications", "2", "--out",
                out.toString(), "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out.resolve("sweep.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in))
        {
            rows = parser.getRecords();
        }
        int columns = rows.get(0).size();
        Set<String> values = new LinkedHashSet<>();
        for (CSVRecord row : rows.subList(1, rows.size()))
        {
            assertEquals(columns, row.size(), "every row has the header's columns: " + row);
            values.add(row.get(0));
            for (String cell : row.toList())
            {
                assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0, "formula cell " + cell);
                assertFalse(cell.startsWith("-") && !cell.matches("-[0-9.]+"), "formula cell " + cell);
            }
        }
        assertEquals(List.of("'=cmd|' /C calc'!A0", "'-2+3", "'+SUM(1)", "say \"hi\"", "plain"), List.copyOf(values));
        assertTrue(Files.readString(out.resolve("sweep.csv")).contains("\"say \"\"hi\"\"\""), "quotes doubled");
    }
}
