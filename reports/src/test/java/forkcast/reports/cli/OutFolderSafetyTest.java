package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} may be absent, empty or a folder of forkcast outputs; everything else is refused with exit 2 before
 * anything runs, and nothing of the user's is deleted, for every command. Cases that name the working directory run
 * in a separate JVM whose working directory is a scratch project folder, so a regression cannot touch the sources.
 */
class OutFolderSafetyTest
{
    private static final String VARY = "recorders.rec-a.maxStreams=80,120";

    @TempDir
    Path tmp;

    private Path project;
    private Path scenario;
    private Path alternative;

    @BeforeEach
    void project() throws IOException
    {
        this.project = Files.createDirectories(this.tmp.resolve("project"));
        this.scenario = Files.copy(RunCommandTest.QUICKSTART, this.project.resolve("quickstart.yaml"));
        this.alternative = Files.writeString(this.project.resolve("alternative.yaml"),
                Files.readString(this.scenario).replaceFirst("(?m)^name: quickstart$", "name: alternative"));
        Files.writeString(this.project.resolve("notes.txt"), "the user's notes");
    }

    /** @return every file under {@code root} with its content: what must survive a refused command */
    private static Map<String, String> contents(final Path root) throws IOException
    {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root))
        {
            for (Path p : walk.filter(Files::isRegularFile).toList())
            {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** Runs forkcast in its own JVM with {@code project} as its working directory; returns exit code and output. */
    private Cli.Result inProject(final String... args) throws IOException, InterruptedException
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "forkcast.reports.cli.ForkcastCommand"));
        command.addAll(List.of(args));
        Path log = this.tmp.resolve("log");
        Process p = new ProcessBuilder(command).directory(this.project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Cli.Result(p.exitValue(), Files.readString(log));
    }

    private static void assertRefused(final Cli.Result result, final String expected)
    {
        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains(expected), "'" + expected + "' in: " + result.output());
        assertEquals(1, result.output().strip().lines().count(), "one line: " + result.output());
        assertFalse(result.output().contains("Exception"), result.output());
    }

    @Test
    void runWithOutDotInAFolderWithOtherFilesExitsTwoAndDeletesNothing() throws Exception
    {
        Map<String, String> before = contents(this.project);
        Cli.Result result = inProject("run", "quickstart.yaml", "--out", ".", "--quiet");
        assertRefused(result, "--out . is the working directory");
        assertEquals(before, contents(this.project));
    }

    @Test
    void anEmptyOutIsRefusedAndTheWorkingDirectoryKept() throws Exception
    {
        Map<String, String> before = contents(this.project);
        assertRefused(inProject("run", "quickstart.yaml", "--out", "", "--quiet"), "--out is empty");
        assertEquals(before, contents(this.project));
    }

    @Test
    void aParentOfTheWorkingDirectoryIsRefused() throws Exception
    {
        Files.createDirectories(this.project.resolve("sub"));
        Map<String, String> before = contents(this.tmp);
        before.remove("log");
        Cli.Result result = inProject("compare", "quickstart.yaml", "alternative.yaml", "--out", "..", "--quiet");
        assertRefused(result, "contains the working directory");
        Map<String, String> after = contents(this.tmp);
        after.remove("log");
        assertEquals(before, after);
    }

    @Test
    void theFilesystemRootIsRefusedBeforeSimulating()
    {
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", "/", "--quiet");
        assertRefused(new Cli.Result(cli.exitCode, cli.err), "--out / is the filesystem root");
        assertEquals("", cli.out);
    }

    @Test
    void aRegularFileIsRefusedAndKept() throws IOException
    {
        Path notes = this.project.resolve("notes.txt");
        for (String command : List.of("run", "sweep", "size", "compare"))
        {
            Cli cli = Cli.run(args(command, notes));
            assertRefused(new Cli.Result(cli.exitCode, cli.err), notes + " is a file, not a folder");
            assertEquals("the user's notes", Files.readString(notes));
        }
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedByEveryCommandEvenWithForce() throws IOException
    {
        Path docs = Files.createDirectories(this.tmp.resolve("docs"));
        Files.writeString(docs.resolve("plan.md"), "mine");
        for (String command : List.of("run", "sweep", "size", "compare"))
        {
            for (boolean force : new boolean[] {false, true})
            {
                List<String> args = new ArrayList<>(List.of(args(command, docs)));
                if (force)
                {
                    args.add("--force");
                }
                Cli cli = Cli.run(args.toArray(String[]::new));
                assertRefused(new Cli.Result(cli.exitCode, cli.err), "it holds plan.md");
                assertEquals(Map.of("plan.md", "mine"), contents(docs));
            }
        }
    }

    @Test
    void theScenariosOwnFolderIsRefused() throws IOException
    {
        Map<String, String> before = contents(this.project);
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", this.project.toString(), "--quiet");
        assertRefused(new Cli.Result(cli.exitCode, cli.err), "holds the scenario file");
        assertEquals(before, contents(this.project));
    }

    @Test
    void aUserFileAddedToForkcastOutputsIsNotReplaced() throws IOException
    {
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("run", this.scenario.toString(), "--out", out.toString(), "--replications", "2",
                "--quiet").exitCode);
        Files.writeString(out.resolve("my-analysis.txt"), "mine");
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", out.toString(), "--replications", "2", "--quiet",
                "--force");
        assertRefused(new Cli.Result(cli.exitCode, cli.err), "holds files forkcast did not write (my-analysis.txt)");
        assertEquals("mine", Files.readString(out.resolve("my-analysis.txt")));
    }

    @Test
    void forceReplacesOnlyForkcastOutputsOfAnotherKind() throws IOException
    {
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("run", this.scenario.toString(), "--out", out.toString(), "--replications", "2",
                "--quiet").exitCode);
        Cli sweep = Cli.run("sweep", this.scenario.toString(), "--vary", VARY, "--replications", "2", "--out",
                out.toString(), "--quiet");
        assertRefused(new Cli.Result(sweep.exitCode, sweep.err), "holds the outputs of a forkcast run; use --force");
        assertTrue(Files.exists(out.resolve("summary.json")), "the run's outputs are kept");
        assertEquals(0, Cli.run("sweep", this.scenario.toString(), "--vary", VARY, "--replications", "2", "--out",
                out.toString(), "--quiet", "--force").exitCode);
        assertTrue(Files.exists(out.resolve("sweep.csv")));
        assertFalse(Files.exists(out.resolve("summary.json")));
    }

    @Test
    void outputsOfEarlierVersionsAreRecognisedAndReplaced() throws IOException
    {
        Path out = this.tmp.resolve("out");
        assertEquals(0, Cli.run("run", this.scenario.toString(), "--out", out.toString(), "--replications", "2",
                "--quiet").exitCode);
        // run.json as versions before the file list wrote it: no "kind", no "files"; nor did they save the results
        // and scenario that forkcast report reads
        Files.writeString(out.resolve("run.json"), "{\"forkcastVersion\" : \"0.1.0\", \"scenario\" : \"quickstart\"}");
        Files.delete(out.resolve("replications.json"));
        Files.delete(out.resolve("scenario.yaml"));
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", out.toString(), "--replications", "2", "--quiet");
        assertEquals(0, cli.exitCode, cli.err);
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"files\""));
    }

    @Test
    void aSymbolicLinkIsRefusedAndItsTargetKept() throws IOException
    {
        Path real = Files.createDirectories(this.tmp.resolve("real"));
        Files.writeString(real.resolve("keep.txt"), "kept");
        Path link = Files.createSymbolicLink(this.tmp.resolve("link"), real);
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", link.toString(), "--quiet");
        assertEquals(2, cli.exitCode, cli.err);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("kept", Files.readString(real.resolve("keep.txt")));
    }

    @Test
    void controlCharactersOfAnOutPathAreEscapedInTheMessage() throws IOException
    {
        Path hostile = Files.writeString(this.tmp.resolve("x\u001b]0;owned\u0007\nforkcast: all good"), "a file");
        Cli cli = Cli.run("run", this.scenario.toString(), "--out", hostile.toString(), "--quiet");
        assertEquals(2, cli.exitCode);
        assertFalse(cli.err.contains("\u001b") || cli.err.contains("\u0007"), "no raw control character: " + cli.err);
        assertTrue(cli.err.contains("x\\u001B]0;owned\\u0007\\u000Aforkcast: all good"), cli.err);
        assertEquals(1, cli.err.strip().lines().count(), "the newline cannot forge a second line: " + cli.err);
    }

    private String[] args(final String command, final Path out)
    {
        return switch (command)
        {
            case "sweep" -> new String[] {"sweep", this.scenario.toString(), "--vary", VARY, "--replications", "2",
                    "--out", out.toString(), "--quiet"};
            case "size" -> new String[] {"size", this.scenario.toString(), "--vary", "recorders.rec-a.maxStreams=40..200:40",
                    "--target", "recording.blockingProbability<=0.5", "--replications", "2", "--out", out.toString(),
                    "--quiet"};
            case "compare" -> new String[] {"compare", this.scenario.toString(), this.alternative.toString(),
                    "--replications", "2", "--out", out.toString(), "--quiet"};
            default -> new String[] {"run", this.scenario.toString(), "--replications", "2", "--out", out.toString(),
                    "--quiet"};
        };
    }
}
