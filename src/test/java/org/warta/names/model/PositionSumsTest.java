package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PositionSumsTest {

    private static final String[] OUTCOMES = {"other", "person-start"};

    /** A model whose every feature weighs 1 for "other" and 10 for "person-start". */
    private static MaxentScores scores(String... features) {
        Context[] weights = new Context[features.length];
        for (int i = 0; i < features.length; i++) {
            weights[i] = new Context(new int[] {0, 1}, new double[] {1, 10});
        }
        return MaxentScores.of(new GISModel(weights, features, OUTCOMES));
    }

    @Test
    void aPairIsFoundFromTheFirstWordsStartAndTheSecondWord() {
        PositionSums.PairNames pairs = new PositionSums.PairNames(scores("w,nw=Rp,1,5", "pw,w=Presiden,Joko", "def"));
        assertTrue(pairs.mayHave("w,nw=Rp,".hashCode(), "1,5"));
        assertTrue(pairs.mayHave("w,nw=Rp,1,".hashCode(), "5"), "a word with a comma in it, split either way");
        assertTrue(pairs.mayHave("pw,w=Presiden,".hashCode(), "Joko"));
        assertFalse(pairs.mayHave("pw,w=Presiden,".hashCode(), "Jokowi"));
        assertFalse(pairs.mayHave("w,nw=Presiden,".hashCode(), "Joko"));
        String longWord = "x".repeat(70);
        assertTrue(new PositionSums.PairNames(scores("w,nw=a," + longWord)).mayHave("w,nw=a,".hashCode(), longWord),
                "a second word longer than the table of powers");
    }

    @Test
    void aWordKnowsTheStartsOfItsPairs() {
        NameFeatures.Word word = new NameFeatures.Word("Presiden", OUTCOMES.length);
        assertEquals("pw,w=Presiden,".hashCode(), word.previousPairStart);
        assertEquals("w,nw=Presiden,".hashCode(), word.nextPairStart);
    }

    /** The sums must be those of the trainer's feature names, however they are looked up. */
    @Test
    void sumsEqualTheWeightsOfTheTrainersFeatures() {
        NameFeatures features = new NameFeatures();
        String[] sentence = {"Presiden", "Joko", "Widodo", "dan", "Rp", "1,5", "triliun"};
        List<String> names = new ArrayList<>();
        features.sentence(sentence);
        for (int i = 0; i < sentence.length; i++) {
            features.positionFeatures(i, names);
        }
        names.add("w,nw=Joko,Tidak"); // a pair of a known first word that the sentence does not have
        MaxentScores scores = scores(names.stream().distinct().toArray(String[]::new));
        PositionSums sums = new PositionSums(scores, new PositionSums.PairNames(scores));
        for (int i = 0; i < sentence.length; i++) {
            List<String> expected = new ArrayList<>();
            features.positionFeatures(i, expected);
            double[] actual = new double[OUTCOMES.length];
            sums.add(features, sentence, i, actual);
            int distinct = (int) expected.stream().distinct().count();
            assertArrayEquals(new double[] {distinct, 10.0 * distinct}, actual, 1e-9, sentence[i]);
        }
    }
}
