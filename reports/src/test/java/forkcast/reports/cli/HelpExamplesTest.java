package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The examples of every command's --help (the man pages' EXAMPLES) work as typed in a clone: each parses as that
 * command, every file it names exists (a glob matches files), and every scenario it names is valid. The release
 * archive holds the same relative paths (ReleaseArchiveIT checks them in the unpacked archive).
 */
class HelpExamplesTest
{
    /** The repository's root, where the examples are typed (tests run in the reports module's folder). */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyExampleParsesAndItsFilesExist() throws IOException
    {
        Map<String, CommandLine> commands = new CommandLine(new ForkcastCommand()).getSubcommands();
        List<String> all = new ArrayList<>(examples(Cli.run("--help").out));
        for (String name : commands.keySet())
        {
            List<String> own = examples(Cli.run(name, "--help").out);
            assertFalse(own.isEmpty(), "forkcast " + name + " --help has examples");
            assertTrue(own.stream().anyMatch(e -> e.startsWith("forkcast " + name)), name + ": " + own);
            all.addAll(own);
        }
        for (String example : all)
        {
            List<String> args = arguments(example);
            assertEquals("forkcast", args.get(0), example);
            List<String> rest = args.subList(1, args.size());
            CommandLine.ParseResult parsed = new CommandLine(new ForkcastCommand()).parseArgs(rest.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), example);
            for (String arg : rest)
            {
                if (arg.startsWith("scenarios/"))
                {
                    assertTrue(Files.exists(ROOT.resolve(arg)), example + ": " + arg + " exists");
                    if (arg.endsWith(".yaml") && !arg.endsWith("map.yaml"))
                    {
                        Cli validate = Cli.run("validate", ROOT.resolve(arg).toString());
                        assertEquals(0, validate.exitCode, example + ": " + validate.out + validate.err);
                    }
                }
            }
        }
    }

    /**
     * Every line of an examples bundle is shown: picocli reads usage.footer.0, .1, ... up to the first number missing,
     * so a gap or a misspelt key would drop the lines after it without a word. Each command's footer has as many lines
     * as its bundle has keys, and a bundle holds no other key than the examples' (the program's also the heading and
     * the examples of picocli's help command, under its full name).
     */
    @Test
    void everyLineOfTheBundlesIsShown()
    {
        CommandLine top = new CommandLine(new ForkcastCommand());
        List<CommandLine> commands = new ArrayList<>(List.of(top));
        commands.addAll(top.getSubcommands().values());
        for (CommandLine command : commands)
        {
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            ResourceBundle bundle = ResourceBundle.getBundle(spec.resourceBundleBaseName());
            // picocli's help command reads the program's bundle, where its keys carry its full name
            boolean borrowed = spec.userObject() instanceof CommandLine.HelpCommand;
            String prefix = borrowed ? spec.qualifiedName(".") + "." : "";
            long lines = 0;
            for (String key : bundle.keySet())
            {
                if (key.matches(Pattern.quote(prefix) + "usage\\.footer\\.\\d+"))
                {
                    lines++;
                }
                else if (!borrowed)
                {
                    assertTrue(spec.parent() == null
                            && key.matches("usage\\.footerHeading|forkcast\\.help\\.usage\\.footer\\.\\d+"),
                            spec.resourceBundleBaseName() + " has no other key than the examples': " + key);
                }
            }
            assertTrue(lines > 0, spec.qualifiedName() + " has examples in " + spec.resourceBundleBaseName());
            assertEquals(lines, spec.usageMessage().footer().length, spec.qualifiedName() + ": every line of "
                    + spec.resourceBundleBaseName() + " is in the footer");
            assertEquals("%nExamples:%n", spec.usageMessage().footerHeading(), spec.qualifiedName());
        }
    }

    /**
     * Each example's sentence is one line of its bundle, ending with the colon before its command: the man page keeps
     * a footer's lines as they are, so a sentence split over two ("exit 3 if" / "a capacity verdict is FULL or OVER:")
     * was broken mid-line in forkcast-run(1); --help wraps a long line at words itself.
     */
    @Test
    void eachExampleSentenceIsOneLine()
    {
        List<CommandLine> commands = new ArrayList<>(List.of(new CommandLine(new ForkcastCommand())));
        commands.addAll(commands.get(0).getSubcommands().values());
        for (CommandLine command : commands)
        {
            for (String line : command.getCommandSpec().usageMessage().footer())
            {
                assertTrue(line.isEmpty() || line.startsWith(" ") || line.endsWith(":"), command.getCommandName()
                        + ": a sentence ends on its own line, with the colon before its command: " + line);
            }
        }
        String run = Cli.run("run", "--help").out;
        assertTrue(run.lines().allMatch(l -> l.length() <= TerminalText.WIDTH), run);
        assertTrue(run.replaceAll("\\R", " ").contains("exit 3 if a capacity verdict is FULL or OVER:"), run);
    }

    /**
     * The commands under "Examples:", one string each (continuation lines joined); what a shell would do with them
     * done here too: the pipe ends a command, single quotes are removed, a glob becomes the files it matches.
     */
    static List<String> examples(final String help)
    {
        List<String> commands = new ArrayList<>();
        int at = help.indexOf("Examples:");
        if (at < 0)
        {
            return commands;
        }
        StringBuilder current = null;
        for (String line : help.substring(at).split("\\R"))
        {
            if (line.startsWith("  forkcast "))
            {
                current = new StringBuilder(line.strip());
            }
            else if (current != null && line.startsWith("      "))
            {
                current.append(' ').append(line.strip());
            }
            if (current != null && !current.toString().endsWith("\\"))
            {
                commands.add(current.toString().replaceAll("\\s*\\|.*$", ""));
                current = null;
            }
            else if (current != null)
            {
                current.setLength(current.length() - 1);
            }
        }
        return commands;
    }

    private static List<String> arguments(final String command) throws IOException
    {
        List<String> args = new ArrayList<>();
        for (String word : command.trim().split("\\s+"))
        {
            String arg = word.replace("'", "");
            int star = arg.indexOf('*');
            // a shell expands an unquoted glob only ('links.*.mbps=45' is a path, not files)
            if (star < 0 || word.contains("'"))
            {
                args.add(arg);
                continue;
            }
            Path dir = ROOT.resolve(arg.substring(0, arg.lastIndexOf('/', star)));
            List<String> matched = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, arg.substring(arg.lastIndexOf('/', star) + 1)))
            {
                files.forEach(f -> matched.add(ROOT.relativize(f).toString()));
            }
            assertFalse(matched.isEmpty(), command + ": " + arg + " matches files");
            args.addAll(matched.stream().sorted().toList());
        }
        return args;
    }
}
