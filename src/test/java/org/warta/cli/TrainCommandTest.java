package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    /**
     * Word lists learned from other text than the jar's differ from the jar's, which the features
     * read: training then would fit a model to lists it does not ship with, so it must not start.
     */
    @Test
    void trainNamesStopsWhenTheWordListsItLearnedAreNotTheJars(@TempDir Path dir) throws IOException {
        Path indosum = Files.createDirectories(dir.resolve("data/corpus/indosum"));
        Files.writeString(indosum.resolve("dev.01.jsonl"), "{\"id\": \"uji-1\", \"paragraphs\": [[[\"Pasar\", \"ikan\", \"di\", "
                + "\"pelabuhan\", \"itu\", \"ramai\", \"sejak\", \"pagi\", \".\"], [\"Harga\", \"ikan\", \"turun\", \"pagi\", \"ini\", \".\"]]]}\n");
        Path model = Files.createDirectories(dir.resolve("out")).resolve("id-names.bin");
        CliRun run = CliRun.of("train", "names", "--data", dir.resolve("data").toString(),
                "--lexicon-output", dir.resolve("out/common-words.txt").toString(), "--names-output", model.toString());
        assertEquals(ExitCodes.NO_REPORT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warta: the word lists changed (" + dir.resolve("out/common-words.txt")), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(Files.exists(dir.resolve("out/word-clusters.txt")));
        assertFalse(Files.exists(model), "no model trained on the jar's lists");
    }
}
