package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.names.EntityType;
import org.warta.names.model.NameFinder;
import org.warta.names.rules.NameTagger;

/**
 * The accuracy the README claims on idner-news-2k dev and NERGrit valid, which the model was
 * never trained on: the figures issue 13 asked for, so that a change that loses them fails.
 */
class NerAccuracyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ner/idner-news-2k/dev.txt, 90, 82",
        "ner/nergrit/valid_preprocess.txt, 80, 75",
    })
    void reachesTheTargetF1(String corpus, double minPerson, double minOverall) throws IOException {
        var gold = TaggedCorpusReader.read(Files.newBufferedReader(SharedData.require(corpus), StandardCharsets.UTF_8));
        NameTagger tagger = new NameTagger(NameFinder.bundled());
        var result = NerEvaluation.evaluate(gold, tagger::tagAlone);
        double person = result.byType().get(EntityType.PERSON).f1();
        double overall = result.overall().f1();
        assertTrue(person >= minPerson, () -> corpus + ": PERSON F1 " + person);
        assertTrue(overall >= minOverall, () -> corpus + ": overall F1 " + overall);
    }
}
