package org.warta.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warta.evaluation.SharedData;
import org.warta.names.model.WordClasses;

class WordClustersTest {

    @Test
    void stringsThatIndoSumJoinsWithUnderscoresAreNotShipped() {
        assertEquals(List.of(false, false, true, true),
                Stream.of("Baca_Juga", "_", "Alcaraz", "-nya").map(WordClusters::isKeptInFile).toList());
    }

    @Test
    void piecesOfMarkupFromPageDebrisAreNotShipped() {
        assertEquals(List.of(false, false, true, true, false, false),
                Stream.of("width=\"100%", "alt=\"foto", "Jum\"at", "=", "\u200e", "\u00e2\u20ac\u009d").map(WordClusters::isKeptInFile).toList());
    }

    @Test
    void theFileHoldsOnlyWordsThatAreKeptAndThoseByTheirKeys() {
        List<String> words = List.of("Baca_Juga", "width=\"100%", "Alcaraz", "Indonesia", "=");
        Map<String, Integer> fine = new HashMap<>();
        Map<String, Integer> coarse = new HashMap<>();
        words.forEach(word -> {
            fine.put(word, word.length());
            coarse.put(word, 1);
        });
        List<String> lines = WordClusters.fileLines(fine, coarse).stream().filter(line -> !line.startsWith("#")).toList();
        List<String> unkept = words.stream().filter(word -> !WordClusters.isKeptInFile(word))
                .filter(word -> lines.stream().anyMatch(line -> line.startsWith(WordClasses.keyText(word)))).toList();
        assertEquals(List.of(), unkept);
        assertEquals(List.of(WordClasses.keyText("Alcaraz") + "\t7\t1", WordClasses.keyText("Indonesia") + "\t9\t1",
                WordClasses.keyText("=") + "\t1\t1").stream().sorted().toList(), lines);
        assertTrue(lines.stream().noneMatch(line -> words.stream().anyMatch(line::contains)), "no word itself");
    }

    @Test
    void theBundledClustersHoldKeysAndNumbersOnly() throws IOException {
        List<String> other = bundledLines().stream().filter(line -> !line.matches("[0-9a-f]{16}\t[0-9]+\t[0-9]+")).toList();
        assertEquals(List.of(), other);
    }

    /** Not one line of the bundled file, nor its key, is a sentence of the corpora beside the project. */
    @Test
    void noLineOfTheBundledClustersIsASentenceOfTheCorpora() throws IOException {
        Set<String> sentences = new HashSet<>();
        IndoSumReader.forEachParagraph(SharedData.require("corpus/indosum"),
                paragraph -> paragraph.forEach(sentence -> sentences.add(String.join(" ", sentence))));
        for (String treebank : List.of("ud/id_csui-ud-train.conllu", "ud/id_gsd-ud-dev.conllu", "ud/id_pud-ud-test.conllu")) {
            Files.readAllLines(SharedData.require(treebank), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("# text = ")).forEach(line -> sentences.add(line.substring(9).strip()));
        }
        assertTrue(sentences.contains("Indonesia"), "a one-word heading of IndoSum, which the file held as a word");
        List<String> found = bundledLines().stream()
                .filter(line -> sentences.contains(line) || sentences.contains(line.substring(0, line.indexOf('\t')))).toList();
        assertEquals(List.of(), found);
    }

    private static List<String> bundledLines() throws IOException {
        try (InputStream in = WordClustersTest.class.getResourceAsStream("/org/warta/names/model/word-clusters.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).toList();
        }
    }

    @Test
    void wordsInTheSameContextsFallIntoOneClass() {
        List<List<String>> sentences = List.of(
                List.of("pelatih", "Sinner", "menang"), List.of("pelatih", "Alcaraz", "menang"),
                List.of("pelatih", "Sinner", "menang"), List.of("pelatih", "Alcaraz", "menang"),
                List.of("di", "Roma", "kemarin"), List.of("di", "Paris", "kemarin"),
                List.of("di", "Roma", "kemarin"), List.of("di", "Paris", "kemarin"));
        var classes = WordClusters.learn(sentences, 4, 2, 10);
        assertEquals(classes.get("Sinner"), classes.get("Alcaraz"));
        assertEquals(classes.get("Roma"), classes.get("Paris"));
    }
}
