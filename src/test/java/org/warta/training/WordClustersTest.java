package org.warta.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
    void theBundledClustersHoldOnlyWordsThatAreKept() throws IOException {
        try (InputStream in = WordClustersTest.class.getResourceAsStream("/org/warta/names/model/word-clusters.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> unkept = reader.lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('\t'))).filter(word -> !WordClusters.isKeptInFile(word))
                    .toList();
            assertEquals(List.of(), unkept);
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
