package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.warta.evaluation.TaggedCorpusReader;
import org.warta.evaluation.TaggedSentence;

/** The named-entity corpora under ../shared/data/ner: their training and held-out parts. */
enum NerCorpus {
    idner("ner/idner-news-2k/train.txt", "ner/idner-news-2k/dev.txt"),
    nergrit("ner/nergrit/train_preprocess.txt", "ner/nergrit/valid_preprocess.txt");

    private final String training;
    private final String heldOut;

    NerCorpus(String training, String heldOut) {
        this.training = training;
        this.heldOut = heldOut;
    }

    List<TaggedSentence> read(Path data, boolean forTraining) throws IOException {
        Path file = data.resolve(forTraining ? training : heldOut);
        return TaggedCorpusReader.read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }
}
