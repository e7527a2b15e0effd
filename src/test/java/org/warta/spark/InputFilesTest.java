package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.input.FileSelection;
import org.warta.input.InputCollector;
import org.warta.input.InputSource;

/** The job lists the files the CLI lists, in its order, by the same rules: hidden, extensions, globs, a named file. */
class InputFilesTest {

    @TempDir
    static Path dir;

    private static Path folder;
    private static Path named;

    @BeforeAll
    static void writeATree() throws IOException {
        folder = dir.resolve("berita");
        for (String file : List.of("b.txt", "a.txt", ".draf.txt", "_catatan.txt", "laporan.csv", "sub.txt", "sub/c.txt",
                "sub/d.md", ".git/e.txt", "arsip/2019/f.txt", "arsip/g.csv", "tanpa-akhiran")) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "Presiden berbicara di Jakarta.\n");
        }
        named = Files.writeString(dir.resolve("tabel.csv"), "a,b\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*.txt", "*.txt,!arsip/", "*.csv,!/arsip/g.csv", "!sub"})
    void listsWhatTheCliCollects(String globs) {
        FileSelection selection = new FileSelection(globs.isEmpty() ? List.of() : List.of(globs.split(",")));
        List<String> inputs = List.of(folder.toString(), named.toString(), folder.resolve("a.txt").toString());
        List<String> cli = new InputCollector(() -> null, selection).collect(inputs).stream().map(InputSource::name).toList();
        List<String> job = InputFiles.list(new Configuration(), inputs, selection).stream()
                .map(file -> file.path().replaceFirst("^file:", "")).toList();
        assertEquals(cli, job);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nowhere.txt", "nowhere/*.txt"})
    void anInputThatNamesNothingIsAFailureAsInTheCli(String missing) {
        String input = dir.resolve(missing).toString();
        assertEquals(List.of(new InputFiles.Listed(input, false, "no such file or directory")),
                InputFiles.list(new Configuration(), List.of(input), FileSelection.DEFAULT));
    }
}
