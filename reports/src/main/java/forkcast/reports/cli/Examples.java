package forkcast.reports.cli;

/**
 * The examples at the end of every command's --help, which the man pages make their EXAMPLES section (picocli's man
 * page generator writes a footer only under a footer heading). Each example is a sentence, a blank line, and the
 * command indented by two spaces, continued by a backslash and six spaces: AsciiDoc keeps the indented command as a
 * literal block, as typed. Paths are relative to a clone and to an unpacked release alike (both hold
 * scenarios/examples/).
 */
final class Examples
{
    /** The heading of the examples; the man pages show it as the section EXAMPLES. */
    static final String HEADING = "%nExamples:%n";

    private Examples()
    {
    }
}
