package forkcast.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked in a temporary folder outside the repository, its launcher runs an
 * example from yet another folder and writes the report; the zip holds the same files with the same modes; shell
 * completion and man pages are in it; the launcher refuses a Java older than 17 with a clear message.
 */
class ReleaseArchiveIT
{
    private static final String VERSION = System.getProperty("forkcast.version");
    private static final String TOP = "forkcast-" + VERSION + "/";

    @TempDir
    static Path tmp;

    private static Path home;
    private static Map<String, Integer> tarModes;

    @BeforeAll
    static void unpack() throws IOException
    {
        tarModes = new TreeMap<>();
        Path archive = Path.of(System.getProperty("forkcast.archive.tar"));
        Path into = Files.createDirectories(tmp.resolve("install"));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in)))
        {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry())
            {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into) && e.getName().startsWith(TOP), "entry inside " + TOP + ": " + e.getName());
                if (e.isDirectory())
                {
                    Files.createDirectories(target);
                    continue;
                }
                tarModes.put(e.getName(), e.getMode() & 0777);
                Files.createDirectories(target.getParent());
                Files.copy(tar, target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(e.getMode())));
            }
        }
        home = into.resolve(TOP);
    }

    private static String rwx(final int mode)
    {
        StringBuilder s = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--)
        {
            s.append((mode & (1 << bit)) == 0 ? '-' : "rwx".charAt(2 - bit % 3));
        }
        return s.toString();
    }

    /** Output and exit code of a finished command. */
    private record Result(int code, String out)
    {
    }

    private static Result run(final Path dir, final Map<String, String> env, final String... command) throws Exception
    {
        Path log = Files.createTempFile(tmp, "log", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS))
        {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(String.join(" ", command) + " did not finish within 3 minutes and was killed");
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    @Test
    void theLauncherRunsAnExampleFromOutsideTheRepository() throws Exception
    {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path example = Files.copy(home.resolve("scenarios/examples/quickstart.yaml"), work.resolve("quickstart.yaml"));
        Result r = run(work, Map.of(), home.resolve("bin/forkcast").toString(), "run", example.getFileName().toString(),
                "--out", "out", "--replications", "2", "--quiet");
        assertEquals(0, r.code(), r.out());
        assertTrue(Files.size(work.resolve("out/report.html")) > 10_000, "the report is written");
        String manifest = Files.readString(work.resolve("out/run.json"));
        assertTrue(manifest.contains("\"forkcastVersion\" : \"" + VERSION + "\""), manifest);
        assertTrue(manifest.contains("\"forkcastCommit\" : \"" + System.getProperty("forkcast.commit")), manifest);
    }

    @Test
    void theLauncherWorksThroughALinkAndPrintsVersionAndCommit() throws Exception
    {
        Path bin = Files.createDirectories(tmp.resolve("user-bin"));
        Path link = Files.createSymbolicLink(bin.resolve("forkcast"), home.resolve("bin/forkcast"));
        Result r = run(tmp, Map.of(), link.toString(), "--version");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("forkcast " + VERSION + " (commit " + System.getProperty("forkcast.commit")), r.out());
    }

    @Test
    void theLauncherRefusesAJavaOlderThan17() throws Exception
    {
        Path old = Files.createDirectories(tmp.resolve("old-java/bin"));
        Path java = Files.writeString(old.resolve("java"), """
                #!/bin/sh
                echo 'openjdk version "11.0.22" 2024-01-16' >&2
                exit 0
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result r = run(tmp, Map.of("JAVA_HOME", old.getParent().toString()), home.resolve("bin/forkcast").toString(),
                "--version");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("Java 17 or newer is needed") && r.out().contains("11.0.22"), r.out());
    }

    @Test
    void bashCompletionCompletesTheCommands() throws Exception
    {
        Path script = home.resolve("completion/forkcast.bash");
        Result r = run(tmp, Map.of(), "bash", "-c", "source '" + script + "'; COMP_WORDS=(forkcast ru); COMP_CWORD=1; "
                + "COMP_LINE='forkcast ru'; COMP_POINT=11; _complete_forkcast; echo \"${COMPREPLY[@]}\"");
        assertEquals(0, r.code(), r.out());
        assertEquals("run", r.out().strip(), "completing 'forkcast ru'");
    }

    @Test
    void theArchiveHoldsWhatTheReadmePromises() throws IOException
    {
        for (String file : List.of("bin/forkcast", "lib/forkcast.jar", "README.md", "PROJECT.md", "LICENSE", "NOTICE",
                "scenarios/schema/forkcast-scenario.schema.json",
                "licenses/GPL-3.0.txt", "licenses/LGPL-2.1.txt", "licenses/BSD-3-Clause.txt", "licenses/MIT.txt",
                "scenarios/examples/quickstart.yaml", "docs/scenario-format.md", "completion/forkcast.bash",
                "man/man1/forkcast.1", "man/man1/forkcast-run.1", "man/adoc/forkcast.adoc",
                "man/adoc/forkcast-run.adoc"))
        {
            assertTrue(tarModes.containsKey(TOP + file), file + " is in the archive: " + tarModes.keySet());
        }
        assertEquals(0755, tarModes.get(TOP + "bin/forkcast"), "the launcher is executable");
        // the release's README is typed in the unpacked folder, where there is no ./forkcast script nor ./mvnw
        String readme = Files.readString(home.resolve("README.md"));
        assertTrue(readme.contains("forkcast run scenarios/examples/quickstart.yaml"), readme);
        assertFalse(readme.contains("./forkcast run") || readme.contains("./mvnw -B"), readme);
    }

    /**
     * The man pages give the option syntax as it is typed: METRIC<=X, not AsciiDoc's arrow for "<=" (roff \\(lA), and
     * a synopsis not broken inside an option's syntax (it showed "--vary=PATH=FROM..TO _ [:STEP]_").
     */
    @Test
    void theManPagesShowTheOptionSyntaxAsTyped() throws IOException
    {
        for (String page : List.of("forkcast-run.1", "forkcast-size.1", "forkcast-compare.1"))
        {
            String roff = Files.readString(home.resolve("man/man1/" + page));
            assertFalse(roff.contains("\\(lA") || roff.contains("\\(rA") || roff.contains("\u21D0"), page + ": no arrow");
            assertTrue(roff.contains("METRIC<=X"), page + " has METRIC<=X as typed");
        }
        String size = Files.readString(home.resolve("man/man1/forkcast-size.1"));
        assertTrue(size.contains("FROM..TO[:STEP]"), "the --vary syntax in one piece");
    }

    /**
     * Every man page has an EXAMPLES section, and every file its examples (and README.md's) name is where they say in
     * the unpacked archive: they are typed in its folder, as in a clone (a glob matches some file).
     */
    @Test
    void theExamplesNameFilesTheArchiveHolds() throws Exception
    {
        List<Path> pages = new ArrayList<>();
        try (var adoc = Files.list(home.resolve("man/adoc")))
        {
            adoc.sorted().forEach(pages::add);
        }
        assertTrue(pages.size() >= 10, pages.toString());
        List<String> named = new ArrayList<>();
        for (Path page : pages)
        {
            String roff = Files.readString(home.resolve("man/man1/" + page.getFileName().toString().replace(".adoc", ".1")));
            assertTrue(roff.contains(".SH \"EXAMPLES"), page + " has an EXAMPLES section");
            named.addAll(examplePaths(Files.readString(page)));
        }
        named.addAll(examplePaths(Files.readString(home.resolve("README.md"))));
        named.addAll(examplePaths(Files.readString(home.resolve("PROJECT.md"))));
        assertTrue(named.contains("scenarios/examples/quickstart.yaml"), named.toString());
        for (String path : named)
        {
            String glob = TOP + path.replace(".", "\\.").replace("*", "[^/]*");
            assertTrue(tarModes.keySet().stream().anyMatch(f -> f.matches(glob) || f.startsWith(TOP + path + "/")),
                    path + " is in the archive");
        }
        String size = Files.readString(home.resolve("man/man1/forkcast-size.1"));
        // roff's escapes for "-" and "'": the command as typed, "<=" not escaped in it (nor turned into an arrow)
        assertTrue(size.contains("\\-\\-target \\*(Aqrecording.blockingProbability<=0.01\\*(Aq"),
                "the example as typed: " + size);
        Result r = run(home, Map.of(), home.resolve("bin/forkcast").toString(), "validate", "scenarios/examples/quickstart.yaml");
        assertEquals(0, r.code(), r.out());
    }

    private static List<String> examplePaths(final String text)
    {
        List<String> paths = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w/.])scenarios/examples/[\\w*./-]*[\\w*]")
                .matcher(text);
        while (m.find())
        {
            paths.add(m.group());
        }
        return paths;
    }

    @Test
    void theZipHoldsTheSameFilesWithTheSameModes() throws IOException
    {
        Map<String, Integer> zipModes = new TreeMap<>();
        List<String> directories = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(System.getProperty("forkcast.archive.zip")).get())
        {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries()))
            {
                if (e.isDirectory())
                {
                    directories.add(e.getName());
                }
                else
                {
                    zipModes.put(e.getName(), e.getUnixMode() & 0777);
                }
            }
        }
        assertEquals(tarModes, zipModes);
    }
}
