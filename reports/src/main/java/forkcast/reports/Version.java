package forkcast.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Forkcast's version and the commit it was built from, as the build wrote them into {@code forkcast/build.properties}
 * (from a git clone; a build from a source archive without {@code .git} records the commit as "unknown"). A build from
 * a working tree with uncommitted changes marks the commit "-dirty", so a report never claims code it was not made by.
 */
public final class Version
{
    private static final Properties BUILD = load();

    private Version()
    {
    }

    private static Properties load()
    {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/forkcast/build.properties"))
        {
            if (in != null)
            {
                p.load(in);
            }
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** @return the version, e.g. "0.1.0" ("dev" when the classes were not built by Maven) */
    public static String get()
    {
        return BUILD.getProperty("version", "dev");
    }

    /** @return the full commit id, with "-dirty" when the working tree had uncommitted changes, or "unknown" */
    public static String commit()
    {
        String commit = BUILD.getProperty("commit", "unknown");
        return "true".equals(BUILD.getProperty("dirty")) && !"unknown".equals(commit) ? commit + "-dirty" : commit;
    }
}
