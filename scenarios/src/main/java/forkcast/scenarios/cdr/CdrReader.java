package forkcast.scenarios.cdr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import forkcast.scenarios.ScenarioError;
import forkcast.scenarios.ScenarioException;
import forkcast.scenarios.SourceLocation;

/**
 * Reads CUCM CDR exports row by row, never a whole file in memory. A CDR file (CDR Administration Guide, "CDR file
 * format") is CSV: a header line of field names, a line of SQL types ({@code INTEGER}, {@code VARCHAR(50)}, ...),
 * then one row per call leg. Fields are found by name, so the column order of a CUCM version does not matter. Files
 * are read as gzip when they start with gzip's magic bytes. CMR files (call management records, {@code cmr_*} or a
 * header without {@code dateTimeOrigination} but with {@code numberPacketsSent}) are skipped. A file whose header
 * lacks a needed field is refused, naming the fields.
 */
public final class CdrReader
{
    /** The fields the fit needs. */
    static final List<String> REQUIRED = List.of("globalCallID_callId", "dateTimeOrigination", "dateTimeConnect",
            "dateTimeDisconnect", "duration", "callingPartyNumber", "originalCalledPartyNumber", "finalCalledPartyNumber",
            "origDeviceName", "destDeviceName", "origMediaCap_payloadCapability", "destMediaCap_payloadCapability",
            "callSecuredStatus");
    /** Fields used when present (older exports may lack them). */
    static final List<String> OPTIONAL = List.of("cdrRecordType", "origCallTerminationOnBehalfOf",
            "destCallTerminationOnBehalfOf", "joinOnBehalfOf", "wasCallQueued", "totalWaitTimeInQueue", "huntPilotDN",
            "origCause_value");
    /** The bad-row reason of a queueing field that is not what CUCM writes. */
    static final String BAD_QUEUE_FIELD = "wasCallQueued (0 or 1), totalWaitTimeInQueue or origCause_value not a whole"
            + " number";

    private final BadRows bad = new BadRows();
    private final List<String> skippedFiles = new ArrayList<>();
    private long rows;

    /** @return rows set aside, by reason */
    public BadRows bad()
    {
        return this.bad;
    }

    /** @return files skipped as CMR files */
    public List<String> skippedFiles()
    {
        return this.skippedFiles;
    }

    /** @return data rows read (good and bad) */
    public long rows()
    {
        return this.rows;
    }

    /**
     * Read every leg of {@code file} into {@code legs}.
     *
     * @throws ScenarioException when the file cannot be read or is not a CDR export
     */
    public void read(final Path file, final Consumer<CdrLeg> legs) throws ScenarioException
    {
        String shown = file.toString();
        if (file.getFileName() != null && file.getFileName().toString().startsWith("cmr_"))
        {
            this.skippedFiles.add(shown);
            return;
        }
        try (InputStream in = open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader))
        {
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord header = header(it, shown);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++)
            {
                index.putIfAbsent(header.get(i).strip(), i);
            }
            if (!index.containsKey("dateTimeOrigination") && index.containsKey("numberPacketsSent"))
            {
                this.skippedFiles.add(shown);
                return;
            }
            List<String> missing = REQUIRED.stream().filter(f -> !index.containsKey(f)).toList();
            if (!missing.isEmpty())
            {
                throw fail(shown, 1, "not a CUCM CDR export: the header lacks " + String.join(", ", missing));
            }
            Fields fields = new Fields(index, header.size());
            while (true)
            {
                CSVRecord row;
                try
                {
                    if (!it.hasNext())
                    {
                        break;
                    }
                    row = it.next();
                }
                catch (UncheckedIOException e)
                {
                    // an unterminated quoted field: the file was cut in the middle of a line
                    this.rows++;
                    this.bad.add("truncated line", shown, parser.getCurrentLineNumber());
                    break;
                }
                long line = parser.getCurrentLineNumber();
                if (row.getRecordNumber() == 2 && row.size() > 0 && row.get(0).strip().toUpperCase().startsWith("INTEGER"))
                {
                    continue; // the SQL type line
                }
                this.rows++;
                fields.leg(row, shown, line, this.bad, legs);
            }
        }
        catch (NoSuchFileException e)
        {
            throw fail(shown, 0, "no such file");
        }
        catch (IOException | UncheckedIOException e)
        {
            // the cause's words, not the wrapper's (which start with a Java class name)
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            throw fail(shown, 0, "cannot read the file: " + cause.getMessage());
        }
    }

    /**
     * @return the first record, the field names
     * @throws ScenarioException for an empty file, or a header the file ends inside of (a quoted field not closed):
     *         without it no row can be read
     */
    private static CSVRecord header(final Iterator<CSVRecord> it, final String shown) throws ScenarioException
    {
        try
        {
            if (!it.hasNext())
            {
                throw fail(shown, 0, "is empty, not a CDR export (a header line of field names comes first)");
            }
            return it.next();
        }
        catch (UncheckedIOException e)
        {
            if (e.getCause() instanceof CSVException)
            {
                // the only malformed CSV a header can have that is not a truncation is a quote followed by text,
                // which commons-csv reports as an "invalid char"; the message is its only way of telling them apart
                String reason = String.valueOf(e.getCause().getMessage()).contains("EOF")
                        ? "truncated line: the file ends inside a quoted field of the header line"
                        : "not CSV as a CDR export writes it: a quoted field of the header line is followed by other"
                                + " characters";
                throw fail(shown, 1, reason + ", so no row can be read");
            }
            throw e;
        }
    }

    private static InputStream open(final Path file) throws IOException
    {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    static ScenarioException fail(final String shown, final int line, final String message)
    {
        return new ScenarioException(ScenarioError.error(new SourceLocation(shown, line, line > 0 ? 1 : 0), message));
    }

    /** Column positions of one file's header, and the parsing of its rows. */
    private static final class Fields
    {
        private final int size;
        private final int recordType;
        private final int callId;
        private final int origination;
        private final int connect;
        private final int disconnect;
        private final int duration;
        private final int calling;
        private final int originalCalled;
        private final int finalCalled;
        private final int origDevice;
        private final int destDevice;
        private final int origCodec;
        private final int destCodec;
        private final int secured;
        private final int origTermination;
        private final int destTermination;
        private final int join;
        private final int queued;
        private final int queueWait;
        private final int huntPilot;
        private final int origCause;

        Fields(final Map<String, Integer> index, final int size)
        {
            this.size = size;
            this.recordType = index.getOrDefault("cdrRecordType", -1);
            this.callId = index.get("globalCallID_callId");
            this.origination = index.get("dateTimeOrigination");
            this.connect = index.get("dateTimeConnect");
            this.disconnect = index.get("dateTimeDisconnect");
            this.duration = index.get("duration");
            this.calling = index.get("callingPartyNumber");
            this.originalCalled = index.get("originalCalledPartyNumber");
            this.finalCalled = index.get("finalCalledPartyNumber");
            this.origDevice = index.get("origDeviceName");
            this.destDevice = index.get("destDeviceName");
            this.origCodec = index.get("origMediaCap_payloadCapability");
            this.destCodec = index.get("destMediaCap_payloadCapability");
            this.secured = index.get("callSecuredStatus");
            this.origTermination = index.getOrDefault("origCallTerminationOnBehalfOf", -1);
            this.destTermination = index.getOrDefault("destCallTerminationOnBehalfOf", -1);
            this.join = index.getOrDefault("joinOnBehalfOf", -1);
            this.queued = index.getOrDefault("wasCallQueued", -1);
            this.queueWait = index.getOrDefault("totalWaitTimeInQueue", -1);
            this.huntPilot = index.getOrDefault("huntPilotDN", -1);
            this.origCause = index.getOrDefault("origCause_value", -1);
        }

        void leg(final CSVRecord row, final String shown, final long line, final BadRows bad,
                final Consumer<CdrLeg> legs)
        {
            if (row.size() > 0 && row.get(0).strip().equals("cdrRecordType") || row.size() > this.origination
                    && row.get(this.origination).strip().equals("dateTimeOrigination"))
            {
                bad.add("header line repeated inside the file", shown, line);
                return;
            }
            if (row.size() != this.size)
            {
                bad.add(row.size() < this.size ? "truncated line (fewer fields than the header)"
                        : "more fields than the header", shown, line);
                return;
            }
            if (this.recordType >= 0 && !row.get(this.recordType).strip().equals("1"))
            {
                bad.add("not a call record (cdrRecordType is not 1)", shown, line);
                return;
            }
            long origin = number(row.get(this.origination));
            long conn = number(row.get(this.connect));
            long disc = number(row.get(this.disconnect));
            long dur = number(row.get(this.duration));
            if (origin < 0 || conn < 0 || disc < 0)
            {
                bad.add("time not a whole number of epoch seconds", shown, line);
                return;
            }
            if (dur < 0)
            {
                bad.add("duration not a whole number of seconds", shown, line);
                return;
            }
            long id = number(row.get(this.callId));
            int oc = (int) Math.min(Integer.MAX_VALUE, number(row.get(this.origCodec)));
            int dc = (int) Math.min(Integer.MAX_VALUE, number(row.get(this.destCodec)));
            int sec = (int) Math.min(Integer.MAX_VALUE, number(row.get(this.secured)));
            if (id < 0 || oc < 0 || dc < 0 || sec < 0)
            {
                bad.add("call id, codec or secured status not a number", shown, line);
                return;
            }
            if (origin == 0 || disc < origin || conn > 0 && (conn < origin || disc < conn))
            {
                bad.add("times out of order (disconnect before origination or connect)", shown, line);
                return;
            }
            // the queueing fields decide whether a leg is an abandonment: a value CUCM does not write sets the row
            // aside (counted) rather than being read as "not queued"
            long q = this.queued < 0 ? -1 : number(row.get(this.queued));
            long wait = this.queueWait < 0 ? -1 : number(row.get(this.queueWait));
            long cause = this.origCause < 0 ? -1 : number(row.get(this.origCause));
            if (this.queued >= 0 && q != 0 && q != 1 || this.queueWait >= 0 && wait < 0
                    || this.origCause >= 0 && (cause < 0 || cause > Integer.MAX_VALUE))
            {
                bad.add(BAD_QUEUE_FIELD, shown, line);
                return;
            }
            legs.accept(new CdrLeg(id, origin, conn, disc, dur, row.get(this.calling), row.get(this.originalCalled),
                    row.get(this.finalCalled), row.get(this.origDevice), row.get(this.destDevice), oc, dc, sec,
                    optional(row, this.origTermination), optional(row, this.destTermination), optional(row, this.join),
                    (int) q, wait, this.huntPilot < 0 ? "" : row.get(this.huntPilot).strip(), (int) cause));
        }

        private static int optional(final CSVRecord row, final int index)
        {
            return index < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, number(row.get(index)));
        }

        /** @return the non-negative whole number in {@code text}, or -1 when it is not one */
        private static long number(final String text)
        {
            int n = text.length();
            int start = 0;
            while (start < n && text.charAt(start) == ' ')
            {
                start++;
            }
            while (n > start && text.charAt(n - 1) == ' ')
            {
                n--;
            }
            if (start == n || n - start > 18)
            {
                return -1;
            }
            long v = 0;
            for (int i = start; i < n; i++)
            {
                char c = text.charAt(i);
                if (c < '0' || c > '9')
                {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
