package forkcast.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed beside the figures: on a shared machine it says how far to trust them. */
final class LoadAverage
{
    private LoadAverage()
    {
    }

    static String now()
    {
        try
        {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        }
        catch (IOException | RuntimeException e)
        {
            return "unknown (no /proc/loadavg)";
        }
    }
}
