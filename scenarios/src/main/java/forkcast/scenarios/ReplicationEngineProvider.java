package forkcast.scenarios;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A named {@link ReplicationEngine}, found with {@link ServiceLoader} so that the command line needs no compile-time
 * dependency on the engine's libraries: the engine's jar and its libraries are put on the class path only when asked
 * for (the {@code spark} module provides {@code spark}).
 */
public interface ReplicationEngineProvider
{
    /** @return the name given to {@code --engine} */
    String name();

    /**
     * @param master where the engine runs (for Spark a master URL such as {@code local[2]} or
     *            {@code spark://host:7077}); null for the engine's default
     */
    ReplicationEngine open(String master);

    /** @return the provider of that name on the class path, if any */
    static Optional<ReplicationEngineProvider> find(final String name)
    {
        for (ReplicationEngineProvider provider : ServiceLoader.load(ReplicationEngineProvider.class))
        {
            if (provider.name().equals(name))
            {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
