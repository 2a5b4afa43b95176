package forkcast.scenarios;

/**
 * A file a scenario reads besides itself (an {@code empirical} distribution's values), recorded in {@code run.json}
 * so that a run can be traced to the data it used.
 *
 * @param file the name as the scenario writes it (relative to the scenario file)
 * @param sha256 hex SHA-256 of the bytes read
 */
public record DataFile(String file, String sha256)
{
}
