package forkcast.reports;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting on a process a test started, never for ever: past the deadline it is killed and the test fails. */
public final class ChildProcess
{
    private ChildProcess()
    {
    }

    /**
     * @return the exit code of {@code process} once it ends within {@code limit}; otherwise the process (and its
     *         children) are killed and the test fails, naming {@code what}
     */
    public static int await(final Process process, final Duration limit, final String what) throws InterruptedException
    {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS))
        {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(what + " did not finish within " + limit.toSeconds() + " s and was killed");
        }
        return process.exitValue();
    }
}
