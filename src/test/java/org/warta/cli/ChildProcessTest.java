package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only a real process shows: signals that end a run, and the descriptors a shell hands it.
 * Each test runs warta in a JVM of its own, on this test run's class path.
 */
class ChildProcessTest {

    private static final String SEED = "seeds/001_dd9851bb1841e3e5.txt";

    @TempDir
    Path dir;

    private static ProcessBuilder warta(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Warta.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /**
     * Whether this process ignores {@code signal} (a job started in the background ignores SIGINT,
     * one started under nohup SIGHUP), so that a child would too.
     */
    private static boolean ignored(String signal) throws IOException {
        int number = switch (signal) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> throw new IllegalArgumentException(signal);
        };
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << number - 1)) != 0;
            }
        }
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP", "INT"})
    void aRunEndedByASignalLeavesNoTemporaryFile(String signal) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux");
        Assumptions.assumeFalse(ignored(signal), "SIG" + signal + " is ignored here, and so in a child");
        Path output = dir.resolve("laporan.csv");
        Process process = warta("tokenize", "-", "-o", output.toString()).start();
        try (OutputStream input = process.getOutputStream()) {
            input.write("Kalimat pertama, dan standard input tetap terbuka.\n".getBytes(StandardCharsets.UTF_8));
            input.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (filesInDir().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Path> partial = filesInDir();
            assertEquals(1, partial.size(), "the temporary file of the run");
            assertTrue(partial.get(0).getFileName().toString().matches("\\.warta-[0-9a-z]+\\.tmp"), partial.toString());
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "warta ended on SIG" + signal);
        } finally {
            process.destroyForcibly();
        }
        assertNotEquals(0, process.exitValue());
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void devStdoutIsWrittenAsTheShellOpenedIt() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "/dev/stdout");
        String report = CliRun.of("count", SEED).out();
        Process piped = warta("count", SEED, "-o", "/dev/stdout").start();
        piped.getOutputStream().close();
        assertEquals(report, new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, piped.waitFor());

        Path log = Files.writeString(dir.resolve("log.csv"), "earlier line\n");
        Process appending = warta("count", SEED, "-o", "/dev/stdout")
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        appending.getOutputStream().close();
        assertEquals(0, appending.waitFor());
        assertEquals("earlier line\n" + report, Files.readString(log));
        assertEquals(List.of(log), filesInDir());
    }
}
