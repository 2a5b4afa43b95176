package forkcast.reports.cli;

/**
 * The examples at the end of every command's --help, which the man pages make their EXAMPLES section (picocli's man
 * page generator writes a footer only under a footer heading). They are text, not code, so they live in picocli's
 * resource bundles, one file per command named after it: {@code forkcast/reports/cli/examples/run.properties} holds
 * what {@code forkcast run --help} ends with, under picocli's keys {@code usage.footer.0}, {@code usage.footer.1}, ...
 * (one key a line). One file per command keeps the keys short and each command's examples together; one file for all
 * would need every key qualified with the command's full name ({@code forkcast.run.usage.footer.0}). The heading is
 * in the program's file {@code forkcast.properties}, which every command reads after its own; so are the examples of
 * {@code forkcast help}, picocli's own command, which has no bundle of its own (their keys carry its full name,
 * {@code forkcast.help.usage.footer.0}, so that they win over the program's own examples there).
 * <p>
 * Each example is a sentence, a blank line, and the command indented by two spaces, continued by a backslash and six
 * spaces: AsciiDoc keeps the indented command as a literal block, as typed. The sentence is one key however long, ending
 * with a colon: --help wraps it at words, and the man page keeps a footer's lines as they are, so a sentence split over
 * two keys is broken mid-line there. Paths are relative to a clone and to an
 * unpacked release alike (both hold scenarios/examples/).
 * <p>
 * How a line is written in the .properties file ({@link java.util.Properties#load(java.io.Reader)} reads it, then
 * picocli formats it with {@link String#format}):
 * <ul>
 * <li>A blank line is a key with nothing after the {@code =}.</li>
 * <li>Properties drops the spaces a value starts with: an indented line starts with a backslash, which keeps the
 * space after it, and the rest of its spaces follow ({@code usage.footer.2 = \  forkcast run ...} is the line
 * {@code "  forkcast run ..."}; the continuation {@code \      --set ...} has six spaces).</li>
 * <li>A backslash is written twice: the shell's line continuation at the end of a command is {@code \\} (a single
 * backslash at a line's end would join the next key's line to this one).</li>
 * <li>A percent sign is written twice, {@code %%}, as in any picocli text ({@code %n} is a line break).</li>
 * <li>{@code =}, {@code :}, quotes, {@code *} and {@code |} inside a value need no escape; the files are ASCII.</li>
 * </ul>
 */
final class Examples
{
    /**
     * Where the examples' bundles are: a command's is this followed by its name (a constant, as an annotation needs).
     */
    static final String BUNDLE = "forkcast.reports.cli.examples.";

    private Examples()
    {
    }
}
