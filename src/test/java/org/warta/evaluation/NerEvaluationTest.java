package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;

class NerEvaluationTest {

    @Test
    void readsSpaceAndTabSeparatedCorporaWithCrLf() throws IOException {
        var sentences = TaggedCorpusReader.read(new StringReader(
                "Menurut ADP O\r\nHaposan NOUN B-PER\r\n\r\nDi\tO\nJakarta\tB-PLACE\n"));
        assertEquals(2, sentences.size());
        assertEquals(List.of("O", "B-PERSON"), sentences.get(0).tags());
        assertEquals(List.of("Di", "Jakarta"), sentences.get(1).tokens());
        assertEquals(List.of(new NameSpan(1, 2, EntityType.LOCATION)), sentences.get(1).names());
    }

    @Test
    void scoresExactSpansByType() throws IOException {
        var gold = TaggedCorpusReader.read(new StringReader("Joko B-PER\nWidodo I-PER\ndi O\nSolo B-LOC\n"));
        var result = NerEvaluation.evaluate(gold, tokens -> List.of(
                new NameSpan(0, 1, EntityType.PERSON), new NameSpan(3, 4, EntityType.LOCATION)));
        assertEquals(new Score(1, 1, 0), result.byType().get(EntityType.PERSON));
        assertEquals(new Score(1, 1, 1), result.byType().get(EntityType.LOCATION));
        assertEquals(new Score(2, 2, 1), result.overall());
    }
}
