package forkcast.reports.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * --help as picocli lays it out, except that a line is never broken inside a name: picocli wraps text where the JDK's
 * line BreakIterator allows, which includes after a dot followed by a letter, so "summary.json",
 * "recording.blockingProbability", "e.g." and "SCENARIO.yaml" were split across lines (and "recorders.[a,b]" after
 * its bracket). Every table this help draws (description, footer, options and parameters, synopsis) is a
 * {@link Table}, which hides punctuation from the BreakIterator while it wraps, so that lines break at spaces only. Installed on every command by {@link #install(CommandLine)}; the man pages, which
 * the reader's man reflows, are generated from the same commands without it.
 */
final class NameKeepingHelp extends Help
{
    /**
     * An ASCII punctuation character c stands as HIDDEN + c while a table wraps: private-use characters, which the
     * BreakIterator treats as letters and which no help text contains.
     */
    static final char HIDDEN = '\uE000';

    NameKeepingHelp(final CommandSpec spec, final ColorScheme colorScheme)
    {
        super(spec, colorScheme);
    }

    /** Use this help for the command and its subcommands. */
    static void install(final CommandLine commandLine)
    {
        commandLine.setHelpFactory(NameKeepingHelp::new);
    }

    @Override
    public Layout createDefaultLayout(final List<OptionSpec> options, final List<PositionalParamSpec> positionals,
            final ColorScheme scheme)
    {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        return new Layout(scheme, new Table(scheme, layout.textTable()), layout.optionRenderer(),
                layout.parameterRenderer());
    }

    @Override
    public String description(final Object... params)
    {
        return lines(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(final Object... params)
    {
        return lines(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(final Object... params)
    {
        return lines(commandSpec().usageMessage().footer(), params);
    }

    /** As {@link Help#join}: each line formatted and wrapped to the usage width, wrapped lines not indented. */
    private String lines(final String[] lines, final Object... params)
    {
        Table table = new Table(colorScheme(), TextTable.forColumnWidths(colorScheme(), width()));
        table.indentWrappedLines = 0;
        for (String line : lines)
        {
            table.addRowValues(format(line, params));
        }
        return table.toString();
    }

    /** @return the line formatted as picocli does: as written when it is not a valid format (a lone "%") */
    static String format(final String line, final Object... params)
    {
        try
        {
            return line == null ? "" : String.format(line, params);
        }
        catch (java.util.IllegalFormatException notAFormat)
        {
            return line;
        }
    }

    /** As picocli's: the command name right of the heading, continuation lines indented under its first option. */
    @Override
    protected String insertSynopsisCommandName(final int synopsisHeadingLength, final Text optionText)
    {
        CommandSpec spec = commandSpec();
        String name = spec.qualifiedName();
        int indent = synopsisHeadingLength + name.length() + 1;
        if (indent > spec.usageMessage().synopsisAutoIndentThreshold() * width())
        {
            indent = spec.usageMessage().synopsisIndent() < 0 ? synopsisHeadingLength : spec.usageMessage().synopsisIndent();
            indent = Math.min(indent, (int) (0.9 * width()));
        }
        Table table = new Table(colorScheme(), TextTable.forColumnWidths(colorScheme(), width()));
        table.indentWrappedLines = indent;
        Text padding = Ansi.OFF.new Text("X".repeat(synopsisHeadingLength), colorScheme());
        table.addRowValues(padding.concat(colorScheme().commandText(name)).concat(optionText));
        return table.toString().substring(synopsisHeadingLength);
    }

    private int width()
    {
        return commandSpec().usageMessage().width();
    }

    /** A text table that wraps at spaces only, never inside a word such as a dotted name. */
    static final class Table extends TextTable
    {
        /** @param like the table picocli would draw: its columns and settings */
        Table(final ColorScheme scheme, final TextTable like)
        {
            super(scheme, like.columns());
            this.indentWrappedLines = like.indentWrappedLines;
            setAdjustLineBreaksForWideCJKCharacters(like.isAdjustLineBreaksForWideCJKCharacters());
        }

        @Override
        public Cell putValue(final int row, final int col, final Text value)
        {
            return super.putValue(row, col, columns()[col].overflow == Column.Overflow.WRAP ? hide(value) : value);
        }

        /** @return the text with every ASCII punctuation character c replaced by HIDDEN + c, styles kept */
        static Text hide(final Text value)
        {
            String plain = value.plainString();
            Text hidden = null;
            int from = 0;
            for (int i = 0; i < plain.length(); i++)
            {
                char c = plain.charAt(i);
                if (c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c))
                {
                    Text piece = value.substring(from, i).concat(String.valueOf((char) (HIDDEN + c)));
                    hidden = hidden == null ? piece : hidden.concat(piece);
                    from = i + 1;
                }
            }
            return hidden == null ? value : hidden.concat(value.substring(from));
        }

        @Override
        public StringBuilder toString(final StringBuilder text)
        {
            int from = text.length();
            super.toString(text);
            for (int i = from; i < text.length(); i++)
            {
                char c = text.charAt(i);
                if (c > HIDDEN && c < HIDDEN + 0x7f)
                {
                    text.setCharAt(i, (char) (c - HIDDEN));
                }
            }
            return text;
        }

        @Override
        public String toString()
        {
            return toString(new StringBuilder()).toString();
        }
    }
}
