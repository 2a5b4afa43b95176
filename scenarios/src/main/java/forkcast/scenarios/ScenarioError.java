package forkcast.scenarios;

/**
 * One problem in a scenario, printed as {@code FILE:LINE:COLUMN: error: message}: always one line, with the control
 * characters a scenario may carry into the message escaped (see {@link ControlCharacters}).
 *
 * @param location where
 * @param severity {@code error} or {@code warning}
 * @param message what is wrong, in the user's terms
 */
public record ScenarioError(SourceLocation location, String severity, String message)
{
    public static ScenarioError error(final SourceLocation location, final String message)
    {
        return new ScenarioError(location, "error", message);
    }

    @Override
    public String toString()
    {
        return this.location + ": " + this.severity + ": " + ControlCharacters.escape(this.message);
    }
}
