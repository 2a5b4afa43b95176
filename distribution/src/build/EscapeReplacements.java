import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Escapes AsciiDoc's typographic replacements in the generated man-page sources, which would turn the {@code <=} of
 * {@code --target METRIC<=X} into a left double arrow in the man pages: a reader who copies it gets a character the
 * command line does not accept. AsciiDoc keeps a replacement's text as written when a backslash precedes it. Run by
 * the build (Java's single-file source launcher) between picocli's generator and Asciidoctor. The commands of the
 * EXAMPLES section are literal blocks, printed as written, and are left alone.
 */
public final class EscapeReplacements
{
    /** The replacements that can occur in option syntax (AsciiDoc's "replacements" substitution). */
    private static final List<String> ARROWS = List.of("<=", "=>", "->", "<-");

    /**
     * The footer holds the examples; their indented lines are commands in literal blocks, which AsciiDoc prints as
     * written (a backslash there would be printed too).
     */
    private static final String FOOTER_START = "// tag::picocli-generated-man-section-footer[]";

    private static final String FOOTER_END = "// end::picocli-generated-man-section-footer[]";

    public static void main(final String[] args) throws IOException
    {
        try (Stream<Path> files = Files.list(Path.of(args[0])))
        {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList())
            {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                StringBuilder escaped = new StringBuilder(text.length());
                boolean examples = false;
                for (String line : text.split("\n", -1))
                {
                    examples = examples ? !line.startsWith(FOOTER_END) : line.startsWith(FOOTER_START);
                    escaped.append(examples && line.startsWith("  ") ? line : escape(line)).append('\n');
                }
                escaped.setLength(escaped.length() - 1);
                if (!escaped.toString().equals(text))
                {
                    Files.writeString(file, escaped, StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static String escape(final String line)
    {
        String escaped = line;
        for (String arrow : ARROWS)
        {
            escaped = escaped.replace("\\" + arrow, arrow).replace(arrow, "\\" + arrow);
        }
        return escaped;
    }
}
