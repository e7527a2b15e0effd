package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output}: a regular file is replaced only by a complete report, keeping its mode and
 * owner; anything else (a device, a FIFO, a link's target) is written to, never replaced; {@code
 * -} is standard output; a report never overwrites its own input; and an output that cannot be
 * written is one line naming it, exit code 3.
 */
class OutputFileTest {

    private static final String SEED = "seeds/001_dd9851bb1841e3e5.txt";

    @TempDir
    Path dir;

    private static String report() {
        return CliRun.of("count", SEED).out();
    }

    private static CliRun countInto(Path output) {
        return CliRun.of("count", SEED, "-o", output.toString());
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDashIsStandardOutputNotAFileNamedDash() {
        CliRun run = CliRun.of("count", SEED, "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(report(), run.out());
        assertFalse(Files.exists(Path.of("-"), LinkOption.NOFOLLOW_LINKS), "a file named - was written");
    }

    @Test
    void devNullIsWrittenToAndStaysTheDevice() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.isWritable(devNull));
        CliRun run = countInto(devNull);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null was replaced by a file");
    }

    @Test
    void aFifoGetsTheReportAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("laporan.fifo");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun run = countInto(fifo);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(report(), new String(reader.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertTrue(Files.readAttributes(fifo, "unix:mode").get("mode") instanceof Integer mode && (mode & 0170000) == 0010000,
                "still a FIFO");
        assertEquals(List.of("laporan.fifo"), filesInDir());
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItPointsToGetsTheReport() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old report\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        CliRun run = countInto(link);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(report(), Files.readString(real));

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), Path.of("new.csv"));
        assertEquals(0, countInto(dangling).exitCode());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(report(), Files.readString(dir.resolve("new.csv")));
        assertEquals(List.of("dangling.csv", "link.csv", "new.csv", "real.csv"), filesInDir());
    }

    @Test
    void anOldReportKeepsItsModeAndANewOneGetsTheUmasksMode() throws IOException {
        Path old = Files.writeString(dir.resolve("lama.csv"), "old report\n");
        Set<PosixFilePermission> unusual = PosixFilePermissions.fromString("rw----r--");
        Files.setPosixFilePermissions(old, unusual);
        assertEquals(0, countInto(old).exitCode());
        assertEquals(report(), Files.readString(old));
        assertEquals(unusual, Files.getPosixFilePermissions(old));

        Path probe = dir.resolve("probe");
        Files.newOutputStream(probe).close(); // the mode any new file gets under this process's umask
        Set<PosixFilePermission> umasks = Files.getPosixFilePermissions(probe);
        Assumptions.assumeFalse(umasks.equals(PosixFilePermissions.fromString("rw-------")), "a umask of 077");
        Path fresh = dir.resolve("baru.csv");
        assertEquals(0, countInto(fresh).exitCode());
        assertEquals(umasks, Files.getPosixFilePermissions(fresh));
    }

    @Test
    void anOldReportKeepsItsOwnerWhereTheUserMaySetIt() throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file away");
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            Assumptions.abort("no user nobody");
            return;
        }
        Path old = Files.writeString(dir.resolve("milik.csv"), "old report\n");
        Files.setOwner(old, nobody);
        assertEquals(0, countInto(old).exitCode());
        assertEquals(nobody, Files.getOwner(old));
        assertEquals(report(), Files.readString(old));
    }

    @Test
    void anInputGivenAsTheOutputIsRefusedAndLeftAlone() throws IOException {
        String text = "Presiden Joko Widodo tiba di Solo.\n";
        Path input = Files.writeString(dir.resolve("berita.txt"), text);
        CliRun run = CliRun.of("tokenize", input.toString(), "-o", input.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("warta: " + input + ": is also an input; the report would replace it, so write it elsewhere"),
                run.errorLines());
        assertEquals(text, Files.readString(input));

        CliRun viaFolder = CliRun.of("tokenize", dir.toString(), "-o", dir.resolve("./berita.txt").toString());
        assertEquals(2, viaFolder.exitCode());
        assertTrue(viaFolder.err().contains("is also the input " + input), viaFolder.err());
        assertEquals(text, Files.readString(input));
        assertEquals(List.of("berita.txt"), filesInDir());

        // inputs are read as they are found, so the refusal may come after others were read: the file is left as it was all the same
        Files.writeString(dir.resolve("awal.txt"), "Menlu Rusia Sergei Lavrov tiba.\n");
        CliRun afterOthers = CliRun.of("count", dir.resolve("tidak-ada.txt").toString(), dir.toString(), "-o", input.toString());
        assertEquals(2, afterOthers.exitCode());
        assertEquals(List.of("warta: " + dir.resolve("tidak-ada.txt") + ": no such file or directory",
                "warta: " + input + ": is also an input; the report would replace it, so write it elsewhere"), afterOthers.errorLines());
        assertEquals(text, Files.readString(input));
        assertEquals(List.of("awal.txt", "berita.txt"), filesInDir(), "no temporary file left");
    }

    /** A report written into the folder it reads: its temporary file there is neither read nor counted as skipped. */
    @Test
    void aReportWrittenIntoTheFolderItReadsDoesNotReadItself() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("kosong"));
        CliRun nothing = CliRun.of("count", "-o", empty.resolve("hasil.csv").toString(), empty.toString());
        assertEquals(1, nothing.exitCode());
        assertEquals(List.of("warta: " + empty + ": no input files (the folder holds no files)"), nothing.errorLines());
        Files.delete(empty.resolve("hasil.csv"));

        Files.writeString(empty.resolve("berita.txt"), "Menlu Rusia Sergei Lavrov tiba di Jakarta.\n");
        CliRun run = CliRun.of("count", "--by", "document", "-o", empty.resolve("hasil.csv").toString(), empty.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readAllLines(empty.resolve("hasil.csv")).stream().skip(1).allMatch(row -> row.startsWith(empty + "/berita.txt,")));
    }

    @Test
    void aLongOutputNameWorksAndNoTemporaryFileIsLeft() throws IOException {
        Path output = dir.resolve("r".repeat(240) + ".csv");
        CliRun run = countInto(output);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(report(), Files.readString(output));
        assertEquals(List.of(output.getFileName().toString()), filesInDir());
    }

    @Test
    void anOutputInAMissingFolderIsNamedWithTheFolder() throws IOException {
        Path output = dir.resolve("tidak-ada/laporan.csv");
        CliRun run = countInto(output);
        assertEquals(3, run.exitCode());
        assertEquals(List.of("warta: " + output + ": cannot write the report: the folder " + dir.resolve("tidak-ada")
                + " does not exist"), run.errorLines());
        assertEquals("", run.out());
        CliRun intoFolder = countInto(dir);
        assertEquals(3, intoFolder.exitCode());
        assertEquals(List.of("warta: " + dir + ": cannot write the report: it is a directory"), intoFolder.errorLines());
    }

    /** A stream that takes {@code room} bytes and then fails as a full disk does. */
    private static OutputStream fullAfter(int room, String error) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > room) {
                    throw new IOException(error);
                }
            }
        };
    }

    @Test
    void aFullDiskIsNamedAsTheOutputThatCannotBeWritten() {
        CliRun run = CliRun.withOutput(new byte[0], fullAfter(100, "No space left on device"), "tokenize", SEED);
        assertEquals(3, run.exitCode());
        assertEquals(List.of("warta: standard output: cannot write the report: No space left on device"), run.errorLines());

        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "/dev/full");
        CliRun device = countInto(full);
        assertEquals(3, device.exitCode());
        assertEquals(List.of("warta: /dev/full: cannot write the report: No space left on device"), device.errorLines());
    }

    @Test
    void aReaderThatStopsReadingEndsTheRunQuietly() {
        CliRun run = CliRun.withOutput(new byte[0], fullAfter(100, "Broken pipe"), "tokenize", SEED);
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }
}
