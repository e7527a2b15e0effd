package org.warta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.warta.names.model.NameFinder;
import org.warta.text.IndonesianTokenizer;
import org.warta.text.Sentence;
import org.warta.text.TextSegmenter;
import org.warta.text.Token;

/**
 * The name model and the tokenizer alone, over the text files of one folder ({@code -p
 * text=/tmp/indosum/articles}; the seeds by default): one operation is the whole folder, so
 * the score in operations per second times the folder's size is its speed in bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NameModelBenchmark {

    @Param("seeds")
    public String text;

    private List<String> documents;
    private List<List<List<String>>> sentences;
    private NameFinder finder;
    private final IndonesianTokenizer tokenizer = new IndonesianTokenizer();

    @Setup
    public void read() throws IOException {
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(text))) {
            for (Path file : files.sorted().toList()) {
                documents.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        TextSegmenter segmenter = new TextSegmenter();
        sentences = new ArrayList<>();
        for (String document : documents) {
            sentences.add(segmenter.segment(document).stream().map(NameModelBenchmark::words).toList());
        }
        finder = NameFinder.bundled();
    }

    /** The statistical name finder over every sentence, already tokenized, document by document. */
    @Benchmark
    public void findNames(Blackhole sink) {
        for (List<List<String>> document : sentences) {
            finder.startDocument();
            for (List<String> sentence : document) {
                sink.consume(finder.find(sentence));
            }
        }
    }

    @Benchmark
    public void tokenize(Blackhole sink) {
        for (String document : documents) {
            sink.consume(tokenizer.tokenize(document));
        }
    }

    private static List<String> words(Sentence sentence) {
        return sentence.tokens().stream().map(Token::text).toList();
    }
}
