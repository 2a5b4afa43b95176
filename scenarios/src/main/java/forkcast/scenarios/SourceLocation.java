package forkcast.scenarios;

/**
 * Where a piece of a scenario came from: a file position (1-based line and column), or a command-line override.
 *
 * @param source the file name as the user gave it, or {@code --set PATH=VALUE}
 * @param line 1-based line; 0 when the source is not a file
 * @param column 1-based column; 0 when the source is not a file
 */
public record SourceLocation(String source, int line, int column)
{
    @Override
    public String toString()
    {
        String shown = ControlCharacters.escape(this.source);
        return this.line > 0 ? shown + ":" + this.line + ":" + this.column : shown;
    }
}
