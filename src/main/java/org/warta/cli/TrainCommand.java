package org.warta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.warta.evaluation.ConlluReader;
import org.warta.evaluation.ConlluSentence;
import org.warta.evaluation.SegmentationEvaluation;
import org.warta.text.OpenNlpSegmenter;
import org.warta.text.Segmenter;
import org.warta.training.IndoSumReader;
import org.warta.training.SegmentationTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train",
        description = {"Rebuild a bundled OpenNLP model from ../shared/data.",
            "Run from the project's top folder; prints where the model was written and, once both",
            "models exist, what they score on UD Indonesian GSD dev."},
        footer = {"%nExamples:", "  warta train tokenizer", "  warta train sentences"},
        mixinStandardHelpOptions = true)
final class TrainCommand implements Callable<Integer> {

    /** The models this command can train. */
    enum Model { tokenizer, sentences }

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

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            throw new UsageException("no training data at " + data + " (give --data DIR)");
        }
        PrintWriter out = spec.commandLine().getOut();
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
}
