package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.model.NameFinder;
import org.warta.names.rules.NameTagger;

/** The accuracy the README claims on idner-news-2k dev, which the model was never trained on. */
class NerAccuracyTest {

    @Test
    void reachesTheTargetF1OnIdnerDev() throws IOException {
        var gold = TaggedCorpusReader.read(Files.newBufferedReader(SharedData.require("ner/idner-news-2k/dev.txt"),
                StandardCharsets.UTF_8));
        NameTagger tagger = new NameTagger(NameFinder.bundled());
        var result = NerEvaluation.evaluate(gold, tagger::tagAlone);
        double person = result.byType().get(EntityType.PERSON).f1();
        assertTrue(person >= 85, () -> "PERSON F1 " + person);
        assertTrue(result.overall().f1() >= 78, () -> "overall F1 " + result.overall().f1());
    }
}
