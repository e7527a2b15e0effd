package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.text.TextSegmenter;

/**
 * The accuracy that the README claims, on UD treebanks never used to write or tune the rules'
 * figures (PUD) and on the development set (GSD dev). GSD dev caps sentence F1: 49 of its 559
 * gold sentences hold a second sentence ("... Red Blue Chair”. Gaya de Stijl ...").
 */
class UdSegmentationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            ud/id_gsd-ud-dev.conllu,  99.8, 86.0
            ud/id_pud-ud-test.conllu, 99.3, 96.0
            """)
    void reachesTheTargetF1(String file, double tokenF1, double sentenceF1) throws IOException {
        var gold = SegmentationEvaluation.build(ConlluReader.read(SharedData.require(file)));
        var result = SegmentationEvaluation.evaluate(gold, new TextSegmenter());
        assertTrue(result.tokens().f1() >= tokenF1, () -> "token F1 " + result.tokens().f1());
        assertTrue(result.sentences().f1() >= sentenceF1, () -> "sentence F1 " + result.sentences().f1());
    }
}
