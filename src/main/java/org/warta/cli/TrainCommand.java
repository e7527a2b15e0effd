package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.warta.evaluation.ConlluReader;
import org.warta.evaluation.ConlluSentence;
import org.warta.evaluation.NerEvaluation;
import org.warta.evaluation.SegmentationEvaluation;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.model.NameFinder;
import org.warta.names.model.WordClasses;
import org.warta.names.rules.NameTagger;
import org.warta.text.OpenNlpSegmenter;
import org.warta.text.Segmenter;
import org.warta.training.CommonWords;
import org.warta.training.IndoSumReader;
import org.warta.training.NameFinderTraining;
import org.warta.training.SegmentationTraining;
import org.warta.training.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train",
        description = {"Rebuild a bundled OpenNLP model from ../shared/data.",
            "Run from the project's top folder; prints where the model was written and, once both "
                + "models exist, what they score on UD Indonesian GSD dev."},
        footer = {"%nExamples:", "  warta train tokenizer", "  warta train sentences", "  warta train names"},
        mixinStandardHelpOptions = true)
final class TrainCommand implements Callable<Integer> {

    /** The models this command can train. */
    enum Model { tokenizer, sentences, names }

    static final String CSUI_TRAIN = "ud/id_csui-ud-train.conllu";
    static final String GSD_DEV = "ud/id_gsd-ud-dev.conllu";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "The model to train: ${COMPLETION-CANDIDATES}.")
    Model model;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where the model is written (default: ${DEFAULT-VALUE}).")
    Path outputDirectory = Path.of("src/main/resources/org/warta/text/opennlp");

    @Option(names = "--names-output", paramLabel = "FILE", description = "Where the name model is written (default: ${DEFAULT-VALUE}).")
    Path namesOutput = Path.of("src/main/resources/org/warta/names/model/" + NameFinder.BUNDLED_MODEL);

    @Option(names = "--lexicon-output", paramLabel = "FILE",
            description = "Where the common-word list learned from IndoSum is written (default: ${DEFAULT-VALUE}).")
    Path lexiconOutput = Path.of("src/main/resources/org/warta/names/common-words.txt");

    @Option(names = "--corpora", split = ",", paramLabel = "NAME",
            description = "Name finder training corpora: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<NerCorpus> corpora = List.of(NerCorpus.idner, NerCorpus.nergrit);

    @Option(names = "--iterations", description = "Name finder training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 300;

    @Option(names = "--trainer", description = "How the name model's weights are fitted: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    NameFinderTraining.Trainer trainer = NameFinderTraining.Trainer.gis;

    @Option(names = "--l2", description = "The L2 penalty of the qn trainer (default: ${DEFAULT-VALUE}).")
    double l2 = 0.1;

    @Option(names = "--sigma", description = "The standard deviation of the Gaussian prior on the gis trainer's "
            + "weights, which keeps a feature of few sentences from a large weight; 0 for none (default: ${DEFAULT-VALUE}).")
    double sigma = 2;

    @Option(names = "--cutoff", description = "Features seen fewer times in training are left out, so that the model "
            + "learns from what recurs rather than from one sentence's names (default: ${DEFAULT-VALUE}).")
    int cutoff = 2;

    @Option(names = "--keep-word-clusters", description = "Reuse the word clusters beside the name model instead of "
            + "learning them again from IndoSum (that takes a minute or two).")
    boolean keepWordClusters;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            throw new UsageException("no training data at " + data + " (give --data DIR)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (model == Model.names) {
            return trainNames(out);
        }
        List<ConlluSentence> csui = ConlluReader.read(data.resolve(CSUI_TRAIN));
        Files.createDirectories(outputDirectory);
        Path written;
        if (model == Model.tokenizer) {
            TokenizerModel trained = SegmentationTraining.trainTokenizer(csui);
            written = outputDirectory.resolve(OpenNlpSegmenter.TOKEN_FILE);
            try (OutputStream file = Files.newOutputStream(written)) {
                trained.serialize(file);
            }
        } else {
            List<IndoSumReader.Paragraph> silver = IndoSumReader.read(data.resolve("corpus/indosum"));
            SentenceModel trained = SegmentationTraining.trainSentenceDetector(csui, silver);
            written = outputDirectory.resolve(OpenNlpSegmenter.SENTENCE_FILE);
            try (OutputStream file = Files.newOutputStream(written)) {
                trained.serialize(file);
            }
        }
        out.printf("wrote %s (%,d bytes)%n", written, Files.size(written));
        Path dev = data.resolve(GSD_DEV);
        if (Files.exists(dev) && Files.exists(outputDirectory.resolve(OpenNlpSegmenter.TOKEN_FILE))
                && Files.exists(outputDirectory.resolve(OpenNlpSegmenter.SENTENCE_FILE))) {
            Segmenter segmenter = OpenNlpSegmenter.load(outputDirectory);
            var result = SegmentationEvaluation.evaluate(SegmentationEvaluation.build(ConlluReader.read(dev)), segmenter);
            out.printf("on %s with both OpenNLP models: tokens F1 %.2f, sentences F1 %.2f%n", dev,
                    result.tokens().f1(), result.sentences().f1());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether {@code file} holds the same bytes as the resource {@code name} beside {@code type} in this jar. */
    private static boolean isBundled(Path file, Class<?> type, String name) throws IOException {
        try (InputStream bundled = type.getResourceAsStream(name)) {
            return bundled != null && Arrays.equals(bundled.readAllBytes(), Files.readAllBytes(file));
        }
    }

    private int trainNames(PrintWriter out) throws IOException {
        TreeSet<String> common = CommonWords.learn(data.resolve("corpus/indosum"));
        CommonWords.write(lexiconOutput, common);
        out.printf("wrote %s (%,d common words)%n", lexiconOutput, common.size());
        Path modelFolder = namesOutput.toAbsolutePath().getParent();
        Files.createDirectories(modelFolder);
        List<Path> changed = new ArrayList<>();
        if (!isBundled(lexiconOutput, NameLexicon.class, NameLexicon.COMMON_WORDS)) {
            changed.add(lexiconOutput);
        }
        if (!keepWordClusters) {
            Path clusters = modelFolder.resolve(WordClasses.CLUSTERS);
            int words = WordClusters.learnAndWrite(data.resolve("corpus/indosum"), clusters);
            out.printf("wrote %s (%,d words)%n", clusters, words);
            out.flush();
            if (!isBundled(clusters, WordClasses.class, WordClasses.CLUSTERS)) {
                changed.add(clusters);
            }
        }
        if (!changed.isEmpty()) {
            // the features read the lists built into this jar; a model trained now would not match the lists written
            spec.commandLine().getErr().println(ErrorLine.of("the word lists changed (" + changed.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + ") and the features read the ones built into this jar: rebuild "
                    + "(mvn -q -B -DskipTests package), then run 'warta train names --keep-word-clusters'"));
            return ExitCodes.NO_REPORT;
        }
        List<TaggedSentence> training = new ArrayList<>();
        for (NerCorpus corpus : corpora) {
            training.addAll(corpus.read(data, true));
        }
        Path written = namesOutput;
        var settings = new NameFinderTraining.Settings(trainer, iterations, l2, sigma, cutoff);
        TokenNameFinderModel trained = NameFinderTraining.train(training, settings);
        try (OutputStream file = Files.newOutputStream(written)) {
            trained.serialize(file);
        }
        out.printf("wrote %s (%,d bytes) from %,d sentences of %s%n", written, Files.size(written), training.size(), corpora);
        NameTagger tagger = new NameTagger(new NameFinder(trained));
        for (NerCorpus corpus : NerCorpus.values()) {
            var result = NerEvaluation.evaluate(corpus.read(data, false), tagger::tagAlone);
            out.printf("%s held-out: PERSON F1 %.2f, ORGANIZATION F1 %.2f, LOCATION F1 %.2f, overall F1 %.2f%n", corpus,
                    result.byType().get(EntityType.PERSON).f1(), result.byType().get(EntityType.ORGANIZATION).f1(),
                    result.byType().get(EntityType.LOCATION).f1(), result.overall().f1());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
