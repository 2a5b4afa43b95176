package forkcast.scenarios;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import forkcast.models.calls.EmpiricalTable;

/**
 * Reads the values of an {@code empirical} distribution ({@code {dist: empirical, file: holding.csv}}), in one of two
 * formats, told apart by the first value line:
 * <ul>
 * <li><b>observations</b>: one duration in seconds per line ({@code 143}, {@code 27.5});</li>
 * <li><b>histogram</b>: {@code UPPER,COUNT} per line, bins in increasing order, the first from 0 s to its bound.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are skipped. Anything else (a word, a negative or non-finite value,
 * a line of the other format, no value at all) is refused with the file and line, so that a run never starts on a
 * half-read table. The file is read whole, once per load, and hashed for {@code run.json}.
 */
final class EmpiricalFile
{
    /** Larger files are refused rather than read into memory: 50 MB holds some 5 million observations. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** What a file gave: the table and the data file's record. */
    record Read(EmpiricalTable table, DataFile file)
    {
    }

    private EmpiricalFile()
    {
    }

    /**
     * @param path the file to read
     * @param written the name as the scenario writes it (for {@code run.json})
     * @param shown the name errors use
     * @return the table
     * @throws ScenarioException naming the file and line of the first problem
     */
    static Read read(final Path path, final String written, final String shown) throws ScenarioException
    {
        byte[] bytes;
        try
        {
            if (Files.isDirectory(path))
            {
                throw fail(shown, 0, "is a directory, not a file of durations");
            }
            if (Files.size(path) > MAX_BYTES)
            {
                throw fail(shown, 0, "file is " + Files.size(path) + " bytes; the limit is " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(path);
        }
        catch (NoSuchFileException e)
        {
            throw fail(shown, 0, "no such file");
        }
        catch (IOException e)
        {
            throw fail(shown, 0, "cannot read the file: " + e.getMessage());
        }
        String text;
        try
        {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e)
        {
            throw fail(shown, 0, "is not UTF-8 text");
        }
        return new Read(parse(text, shown), new DataFile(written, sha256(bytes)));
    }

    static EmpiricalTable parse(final String text, final String shown) throws ScenarioException
    {
        String[] lines = text.split("\r?\n", -1);
        double[] first = new double[lines.length];
        double[] second = new double[lines.length];
        int n = 0;
        Boolean histogram = null;
        for (int i = 0; i < lines.length; i++)
        {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            String[] fields = line.split(",", -1);
            boolean pair = fields.length == 2;
            if (fields.length > 2)
            {
                throw fail(shown, i + 1, "expected one duration in seconds, or UPPER,COUNT of a histogram, not '"
                        + ValueRanges.shown(line) + "'");
            }
            if (histogram == null)
            {
                histogram = pair;
            }
            else if (histogram != pair)
            {
                throw fail(shown, i + 1, histogram ? "expected UPPER,COUNT like the lines before (a histogram)"
                        : "expected one duration in seconds like the lines before (observations)");
            }
            first[n] = number(fields[0], shown, i + 1, histogram ? "a bin's upper bound in seconds" : "a duration in seconds");
            if (histogram)
            {
                second[n] = number(fields[1], shown, i + 1, "a count");
                if (n > 0 && first[n] <= first[n - 1])
                {
                    throw fail(shown, i + 1, "bin bounds must increase: " + ValueRanges.shown(fields[0].strip())
                            + " is not above the bound before");
                }
                if (n == 0 && first[n] <= 0)
                {
                    throw fail(shown, i + 1, "the first bin runs from 0 s, so its upper bound must be above 0");
                }
            }
            n++;
        }
        if (n == 0)
        {
            throw fail(shown, 0, "holds no values (one duration in seconds per line, or UPPER,COUNT per line)");
        }
        if (Boolean.TRUE.equals(histogram))
        {
            double total = 0;
            for (int j = 0; j < n; j++)
            {
                total += second[j];
            }
            if (total <= 0)
            {
                throw fail(shown, 0, "the histogram counts no observation");
            }
            return EmpiricalTable.ofHistogram(Arrays.copyOf(first, n), Arrays.copyOf(second, n));
        }
        return EmpiricalTable.ofSample(Arrays.copyOf(first, n));
    }

    private static double number(final String field, final String shown, final int line, final String what)
            throws ScenarioException
    {
        String f = field.strip();
        double v;
        try
        {
            // plain decimals only: Java would also take "NaN", "Infinity" or "1d"
            if (!f.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?"))
            {
                throw new NumberFormatException();
            }
            v = Double.parseDouble(f);
        }
        catch (NumberFormatException e)
        {
            throw fail(shown, line, "expected " + what + ", not '" + ValueRanges.shown(f) + "'");
        }
        if (v < 0 || !Double.isFinite(v))
        {
            throw fail(shown, line, what + " must not be negative: " + ValueRanges.shown(f));
        }
        return v;
    }

    private static ScenarioException fail(final String shown, final int line, final String message)
    {
        return new ScenarioException(ScenarioError.error(new SourceLocation(shown, line, line > 0 ? 1 : 0),
                "empirical distribution: " + message));
    }

    static String sha256(final byte[] bytes)
    {
        try
        {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
