package org.warta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.warta.evaluation.TaggedCorpusReader;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.NameSpan;

/**
 * The baseline of README's whole-process comparison for {@code count --by document}: the same
 * count as out-of-the-box OpenNLP makes it, with OpenNLP's own sentence detector and tokenizer
 * (warta's bundled OpenNLP models of them) and a NameFinderME perceptron model with OpenNLP's
 * default features, trained on the same corpora as warta's model. It prints
 * {@code document,entity,type,mentions}: each name's text as found, no resolution and no rules.
 *
 * <pre>
 *   java -cp target/warta.jar:target/test-classes org.warta.bench.OpenNlpCount train /tmp/opennlp-names.bin \
 *       ../shared/data/ner/idner-news-2k/train.txt ../shared/data/ner/nergrit/train_preprocess.txt
 *   java -cp target/warta.jar:target/test-classes org.warta.bench.OpenNlpCount count /tmp/opennlp-names.bin FOLDER
 * </pre>
 */
public final class OpenNlpCount {

    private OpenNlpCount() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("train")) {
            train(Path.of(args[1]), args);
        } else if (args.length == 3 && args[0].equals("count")) {
            count(Path.of(args[1]), Path.of(args[2]), System.out);
        } else {
            System.err.println("usage: OpenNlpCount train MODEL CONLL... | count MODEL FOLDER");
            System.exit(2);
        }
    }

    private static void train(Path model, String[] args) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (TaggedSentence sentence : TaggedCorpusReader.read(Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8))) {
                List<Span> names = new ArrayList<>();
                for (NameSpan name : sentence.names()) {
                    names.add(new Span(name.start(), name.end(), name.type().name()));
                }
                samples.add(new NameSample(sentence.tokens().toArray(String[]::new), names.toArray(Span[]::new), true));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        TokenNameFinderModel trained = NameFinderME.train("ind", null, new CollectionObjectStream<>(samples), parameters,
                new TokenNameFinderFactory());
        trained.serialize(model);
    }

    private static void count(Path model, Path folder, PrintStream out) throws IOException {
        SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(resource("id-sentences.bin")));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(resource("id-tokens.bin")));
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(model));
        List<Path> files;
        try (Stream<Path> listed = Files.walk(folder)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("document", "entity", "type", "mentions").build())) {
            for (Path file : files) {
                Map<String, Integer> mentions = new TreeMap<>();
                for (String sentence : sentences.sentDetect(Files.readString(file, StandardCharsets.UTF_8))) {
                    String[] tokens = tokenizer.tokenize(sentence);
                    for (Span name : finder.find(tokens)) {
                        String text = String.join(" ", List.of(tokens).subList(name.getStart(), name.getEnd()));
                        mentions.merge(name.getType() + "\t" + text, 1, Integer::sum);
                    }
                }
                finder.clearAdaptiveData();
                for (Map.Entry<String, Integer> entry : mentions.entrySet()) {
                    String[] typeAndText = entry.getKey().split("\t", 2);
                    csv.printRecord(file.toString(), typeAndText[1], typeAndText[0], entry.getValue());
                }
            }
        }
    }

    private static InputStream resource(String name) {
        return OpenNlpCount.class.getResourceAsStream("/org/warta/text/opennlp/" + name);
    }
}
