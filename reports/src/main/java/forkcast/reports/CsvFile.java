package forkcast.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV output written row by row by Apache Commons CSV: fields quoted per RFC 4180 (a field holding a comma, a quote
 * or a line break is quoted, quotes doubled), lines ended by LF. A text cell that a spreadsheet would run as a formula
 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised as OWASP's
 * CSV-injection guidance says: a single quote is put before it and the cell is quoted. Numbers are written plain,
 * negative ones too: they are cells a spreadsheet reads as numbers, not formulas.
 */
final class CsvFile implements AutoCloseable
{
    private static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final CSVFormat QUOTED = PLAIN.builder().setQuoteMode(QuoteMode.ALL).get();
    /** A number as forkcast writes it ({@link Numbers#exact}), which a spreadsheet reads as a number. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final BufferedWriter out;
    private boolean newRow = true;

    private CsvFile(final BufferedWriter out)
    {
        this.out = out;
    }

    static CsvFile create(final Path file) throws IOException
    {
        return new CsvFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** A text cell (an id, a name, a value given on the command line): quoted as needed, formulas neutralised. */
    CsvFile text(final String value) throws IOException
    {
        if (formula(value))
        {
            QUOTED.print("'" + value, this.out, this.newRow);
        }
        else
        {
            PLAIN.print(value, this.out, this.newRow);
        }
        this.newRow = false;
        return this;
    }

    /** A number cell, exact ({@link Numbers#exact}). */
    CsvFile number(final double value) throws IOException
    {
        return plain(Numbers.exact(value));
    }

    /** A whole-number cell. */
    CsvFile number(final long value) throws IOException
    {
        return plain(Long.toString(value));
    }

    /** An empty cell (an undefined value). */
    CsvFile empty() throws IOException
    {
        return plain("");
    }

    /** End the row. */
    void endRow() throws IOException
    {
        PLAIN.println(this.out);
        this.newRow = true;
    }

    @Override
    public void close() throws IOException
    {
        this.out.close();
    }

    /** @return whether a spreadsheet would take {@code value} for a formula (a plain number is not one) */
    static boolean formula(final String value)
    {
        if (value.isEmpty() || NUMBER.matcher(value).matches())
        {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private CsvFile plain(final String value) throws IOException
    {
        PLAIN.print(value, this.out, this.newRow);
        this.newRow = false;
        return this;
    }
}
