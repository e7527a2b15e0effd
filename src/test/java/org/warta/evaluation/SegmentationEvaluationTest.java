package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.text.TextSegmenter;

class SegmentationEvaluationTest {

    private static final Path TINY = Path.of("src/test/resources/org/warta/evaluation/tiny.conllu");

    @Test
    void readsSurfaceTokensSkippingTheWordsOfMultiwordTokensAndEmptyNodes() throws IOException {
        List<ConlluSentence> sentences = ConlluReader.read(TINY);
        assertEquals(List.of("Ia", "membacanya", ",", "\"", "kata", "\"", "Dr", ".", "Budi", "."),
                sentences.get(0).surfaceTokens());
        assertEquals("Lalu pergi.", sentences.get(1).text());
    }

    @Test
    void joinsSentencesIntoParagraphsAndScoresExactSpans() throws IOException {
        var gold = SegmentationEvaluation.build(ConlluReader.read(TINY));
        assertEquals("Ia membacanya, \"kata\" Dr. Budi. Lalu pergi.", gold.text());
        var result = SegmentationEvaluation.evaluate(gold, new TextSegmenter());
        assertEquals(new Score(13, 13, 13), result.tokens());
        assertEquals(new Score(2, 2, 2), result.sentences());
    }

    @Test
    void computesPrecisionRecallAndF1() {
        Score score = new Score(10, 8, 6);
        assertEquals(75.0, score.precision(), 1e-9);
        assertEquals(60.0, score.recall(), 1e-9);
        assertEquals(2 * 75.0 * 60.0 / 135.0, score.f1(), 1e-9);
    }
}
