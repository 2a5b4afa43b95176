package forkcast.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What a command is about to write into {@code --out}, for {@link OutputTarget}'s rules and the lock's message.
 *
 * @param kind {@code run}, {@code compare}, {@code sweep} or {@code size}: the kind written into {@code run.json}
 * @param batch the batch identity of a sweep or sizing ({@link Batch}), null for a run or a comparison
 * @param force whether a folder of forkcast outputs of another kind or batch may be replaced ({@code --force})
 * @param inputs the scenario files read, which the output folder must not hold
 * @param commandLine the command line, named to a second run that finds the folder busy
 */
public record OutputRequest(String kind, String batch, boolean force, List<Path> inputs, List<String> commandLine)
{
    public OutputRequest
    {
        inputs = List.copyOf(inputs);
        commandLine = List.copyOf(commandLine);
    }

    /** @return a request of {@code kind} without inputs, batch or force (for library use and tests) */
    public static OutputRequest of(final String kind)
    {
        return new OutputRequest(kind, null, false, List.of(), List.of("forkcast", kind));
    }
}
