package forkcast.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/** The scenario cannot be used: one or more errors, each with its location. */
public final class ScenarioException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final List<ScenarioError> errors;

    public ScenarioException(final List<ScenarioError> errors)
    {
        super(errors.stream().map(ScenarioError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public ScenarioException(final ScenarioError error)
    {
        this(List.of(error));
    }

    public List<ScenarioError> errors()
    {
        return this.errors;
    }
}
