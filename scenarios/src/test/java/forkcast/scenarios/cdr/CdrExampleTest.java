package forkcast.scenarios.cdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example export under {@code examples/cdr/} is what {@link CdrGenerator} writes from the parameters below (three
 * days, one file per day, as CUCM's CDR repository names them), so that it can be trusted and remade:
 * {@code -Dforkcast.cdrExample.write=true} rewrites it.
 */
class CdrExampleTest
{
    static final Path EXAMPLE = Path.of("examples", "cdr");

    @TempDir
    Path tmp;

    static CdrGenerator.Parameters day(final int day)
    {
        CdrGenerator.Parameters p = new CdrGenerator.Parameters();
        p.days = 1;
        p.callsPerHour = 3.5;
        p.seed = 1000 + day;
        p.start = CdrGenerator.START + day * 86_400L;
        return p;
    }

    static String name(final int day)
    {
        return "cdr_StandAloneCluster_01_2024030" + (4 + day) + "0000_" + (day + 1) + ".csv";
    }

    @Test
    void theExampleExportIsTheGeneratorsOutput() throws Exception
    {
        boolean write = Boolean.getBoolean("forkcast.cdrExample.write");
        long total = 0;
        for (int day = 0; day < 3; day++)
        {
            Path file = (write ? EXAMPLE : this.tmp).resolve(name(day));
            CdrGenerator.write(day(day), file);
            if (!write)
            {
                assertEquals(Files.readString(EXAMPLE.resolve(name(day))), Files.readString(file), name(day));
            }
            total += Files.size(file);
        }
        assertTrue(total < 400_000, "a small example: " + total + " bytes");
    }
}
