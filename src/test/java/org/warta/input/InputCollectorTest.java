package org.warta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path dir;

    private final InputCollector collector = new InputCollector(() -> new ByteArrayInputStream(new byte[0]));

    /**
     * A folder is walked only as far as the input asked for: a folder below it is listed when the
     * walk reaches it, so a file written there after the first input was taken is still found.
     */
    @Test
    void aFolderIsWalkedOnlyAsFarAsItsNextFile() throws IOException {
        Path news = Files.createDirectories(dir.resolve("berita/lama"));
        Files.writeString(dir.resolve("berita/a.txt"), "Satu.");
        Iterator<InputSource> inputs = collector.inputs(List.of(dir.resolve("berita").toString()), null);
        assertEquals(dir.resolve("berita/a.txt").toString(), inputs.next().name());
        Files.writeString(news.resolve("b.txt"), "Dua.");
        assertEquals(dir.resolve("berita/lama/b.txt").toString(), inputs.next().name());
        assertFalse(inputs.hasNext());
        assertThrows(NoSuchElementException.class, inputs::next);
    }

    /** The inputs one at a time, failures and folders' verdicts in their places. */
    @Test
    void theInputsFoundOneAtATimeAreThoseCollected() throws IOException {
        Files.createDirectories(dir.resolve("berita/lama"));
        Files.createDirectories(dir.resolve("kosong"));
        Files.writeString(dir.resolve("berita/a.txt"), "Satu.");
        Files.writeString(dir.resolve("berita/lama/c.txt"), "Tiga.");
        Files.writeString(dir.resolve("berita/.tersembunyi.txt"), "Tidak.");
        Files.writeString(dir.resolve("b.txt"), "Dua.");
        Path list = Files.writeString(dir.resolve("daftar.txt"), dir.resolve("b.txt") + "\n" + dir.resolve("berita/a.txt") + "\n");
        List<String> arguments = List.of(dir.resolve("berita").toString(), dir.resolve("tidak-ada.txt").toString(),
                dir.resolve("kosong").toString(), "");
        List<String> oneAtATime = new ArrayList<>();
        collector.inputs(arguments, new FileList(list.toString(), false)).forEachRemaining(source -> oneAtATime.add(describe(source)));
        assertEquals(List.of(dir + "/berita/a.txt", dir + "/berita/lama/c.txt", dir + "/tidak-ada.txt: no such file or directory",
                "\"\": empty path, not a file or folder (an unset variable?)", dir + "/b.txt"), oneAtATime);

        List<String> nothing = collector.collect(List.of(dir.resolve("kosong").toString(), dir.resolve("berita/lama").toString() + "/"),
                new FileList(Files.writeString(dir.resolve("kosong.txt"), "").toString(), false))
                .stream().map(InputCollectorTest::describe).toList();
        assertEquals(List.of(dir + "/berita/lama/c.txt"), nothing, "a folder that gave nothing says so only when nothing is read");
        List<String> none = collector.collect(List.of(dir.resolve("kosong").toString()),
                new FileList(dir.resolve("kosong.txt").toString(), false)).stream().map(InputCollectorTest::describe).toList();
        assertEquals(List.of(dir + "/kosong: no input files (the folder holds no files)",
                dir + "/kosong.txt: no input files (the list is empty)"), none);
    }

    /** A list of inputs is read before any input is, as standard input may be both: the list wins. */
    @Test
    void aListIsReadBeforeTheInputsAreTaken() throws IOException {
        Path text = Files.writeString(dir.resolve("b.txt"), "Dua.");
        int[] reads = {0};
        InputCollector fromList = new InputCollector(() -> {
            reads[0]++;
            return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
        });
        Iterator<InputSource> inputs = fromList.inputs(List.of(), new FileList("-", false));
        assertEquals(1, reads[0], "read when the walk starts");
        assertEquals(text.toString(), inputs.next().name());
        assertFalse(inputs.hasNext());
    }

    /** A file that folders leave out (a report's temporary file) is neither read nor counted as skipped. */
    @Test
    void anIgnoredFileIsNotCountedAsSkipped() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("kosong"));
        Path temporary = Files.writeString(empty.resolve(".warta-x.tmp"), "entity,type\n");
        assertEquals(List.of(empty + ": no input files (the folder holds no files)"),
                collector.ignoring(temporary).collect(List.of(empty.toString())).stream().map(InputCollectorTest::describe).toList());
        assertEquals(List.of(empty + ": no input files (1 skipped: 1 hidden)"),
                collector.collect(List.of(empty.toString())).stream().map(InputCollectorTest::describe).toList());
        assertSame(collector, collector.ignoring(null));
    }

    /** A refused file is named to the refusal under whatever path it is met, named or in a folder, before it is given. */
    @Test
    void aRefusedFileIsMetUnderAnyPath() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("berita"));
        Files.writeString(folder.resolve("a.txt"), "Satu.");
        Path report = Files.writeString(folder.resolve("b.txt"), "Dua.");
        List<String> met = new ArrayList<>();
        InputCollector refusing = collector.refusing(report, met::add);
        List<String> given = refusing.collect(List.of(folder.toString(), dir + "/berita/./b.txt")).stream()
                .map(InputSource::name).toList();
        assertEquals(List.of(folder + "/b.txt", dir + "/berita/./b.txt"), met);
        assertEquals(List.of(folder + "/a.txt", folder + "/b.txt"), given, "refusing is the caller's to do");
        assertSame(collector, collector.refusing(null, met::add));
        Iterator<InputSource> stopped = collector.refusing(report, name -> {
            throw new IllegalStateException(name);
        }).inputs(List.of(folder.toString()), null);
        assertEquals(folder + "/a.txt", stopped.next().name());
        assertThrows(IllegalStateException.class, stopped::next);
    }

    /** A path no file system can hold (a NUL byte in a listed name) is an input that fails, not the end of the run. */
    @Test
    void aPathThatCannotBeAPathFailsAlone() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Dua.");
        List<String> found = collector.collect(List.of("a\0b", dir.resolve("b.txt").toString())).stream()
                .map(InputCollectorTest::describe).toList();
        assertEquals(List.of("a\0b: not a path (Nul character not allowed)", dir + "/b.txt"), found);
    }

    private static String describe(InputSource source) {
        try {
            source.open().close();
            return source.name();
        } catch (UnreadableInputException e) {
            return source.name() + ": " + e.getMessage();
        } catch (IOException e) {
            return source.name() + ": " + e;
        }
    }
}
