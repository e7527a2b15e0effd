package org.warta.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.warta.evaluation.Throughput;
import org.warta.input.InputCollector;
import org.warta.input.InputSource;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.input.UnreadableInputException;
import org.warta.names.entities.EntityFinder;
import org.warta.output.Utf8Writer;
import org.warta.quotes.QuoteFinder;
import org.warta.report.CorpusCountReport;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.CsvTable;
import org.warta.report.QuoteFilter;
import org.warta.report.QuoteReport;
import org.warta.report.ReportPipeline;
import org.warta.report.ScoreTable;
import org.warta.report.SectionReport;
import org.warta.report.SentenceReport;
import org.warta.report.TokenReport;
import org.warta.text.IndonesianTokenizer;
import org.warta.text.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        description = {"Measure throughput in MB/s inside the JVM over texts read into memory first: the tokenizer "
                + "alone, segmentation, and the report each command writes (rows formatted, then discarded).",
            "Warm-up passes (for two seconds at least), then timed passes; the median and the best count.",
            "Rows: stage,threads,mb_per_s,best_mb_per_s,megabytes,runs."},
        footer = {"%nExample:",
            "  python3 ../shared/bench/indosum_text.py /tmp/indosum      # the IndoSum benchmark text",
            "  warta bench /tmp/indosum/articles"},
        mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    /**
     * tokens: the tokenizer alone (words, as a word breaker finds them); segment: tokens and
     * sentences, no rows; tokenize: warta tokenize; sentences: warta tokenize --sentences;
     * count: warta count; quotes: warta quotes.
     */
    enum Stage { tokens, segment, tokenize, sentences, count, quotes }

    @ParentCommand
    Warta root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories to measure on.")
    List<String> paths;

    @Option(names = "--stage", split = ",", description = "Stages to measure: ${COMPLETION-CANDIDATES} (default: all).")
    List<Stage> stages = List.of(Stage.values());

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "Thread counts to measure with (default: 1 and the number of processors).")
    List<Integer> threads = List.of(1, Runtime.getRuntime().availableProcessors());

    @Mixin
    EntityOptions entities;

    @Option(names = "--engine", description = "Segmenter for the tokenize and sentences stages: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Engine engine = Engine.rules;

    @Option(names = "--warmup", description = "Untimed passes first, at least this many and for at least two seconds "
            + "(default: ${DEFAULT-VALUE}).")
    int warmups = 3;

    @Option(names = "--runs", description = "Timed passes; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Override
    public Integer call() {
        if (warmups < 0 || runs < 1 || threads.stream().anyMatch(n -> n < 1)) {
            throw new UsageException("--warmup must be 0 or more, --runs and --threads 1 or more");
        }
        List<Section> sections = new ArrayList<>();
        SectionReader reader = new SectionReader();
        int failed = 0;
        for (var source : new InputCollector(root.standardInput()).collect(paths)) {
            try {
                reader.read(source, sections::add);
            } catch (UnreadableInputException e) {
                spec.commandLine().getErr().println(ErrorLine.of(source.name(), e.getMessage()));
                failed++;
            }
        }
        long bytes = sections.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Map<Integer, List<Section>> sectionsByLimit = new HashMap<>(Map.of(SectionReader.DEFAULT_LIMIT, sections));
        CsvTable table = new CsvTable(spec.commandLine().getOut(), "stage", "threads", "mb_per_s", "best_mb_per_s",
                "megabytes", "runs");
        for (Stage stage : stages) {
            Function<CsvOutput, SectionReport<?>> reportFor = reportFor(stage);
            int limit = reportFor.apply(discarded()).sectionLimit();
            List<Section> stageSections = sectionsByLimit.computeIfAbsent(limit, l -> recut(sections, l));
            for (int count : threads) {
                Throughput.Result result;
                try (ReportPipeline pipeline = new ReportPipeline(reader, count)) {
                    result = Throughput.measure(() -> {
                        SectionReport<?> report = reportFor.apply(discarded());
                        pipeline.run(stageSections, report);
                        report.finish();
                    }, bytes, warmups, runs);
                }
                table.row(stage, count, ScoreTable.twoDecimals(result.megabytesPerSecond()),
                        ScoreTable.twoDecimals(result.bestMegabytesPerSecond()), ScoreTable.twoDecimals(bytes / 1e6), runs);
                table.flush();
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** The documents of {@code sections} cut again, into sections of at most {@code limit} characters. */
    private static List<Section> recut(List<Section> sections, int limit) {
        SectionReader reader = new SectionReader(limit);
        List<Section> recut = new ArrayList<>();
        StringBuilder document = new StringBuilder();
        for (Section section : sections) {
            document.append(section.text());
            if (section.last()) {
                try {
                    reader.read(InputSource.bytes(section.document(),
                            document.toString().getBytes(StandardCharsets.UTF_8)), recut::add);
                } catch (UnreadableInputException e) {
                    throw new IllegalStateException("text decoded once could not be decoded again", e);
                }
                document.setLength(0);
            }
        }
        return recut;
    }

    /** A stage with no rows: the analysis of each section, and nothing written. */
    private static SectionReport<Integer> analysisOnly(ToIntFunction<Section> analysis) {
        return new SectionReport<>() {
            @Override
            public Integer analyse(Section section) {
                return analysis.applyAsInt(section);
            }

            @Override
            public void write(Section section, Integer result) {
                // nothing to write: only the analysis is measured
            }

            @Override
            public void finish() {
                // nothing held
            }

            @Override
            public int sectionLimit() {
                return SectionReader.SENTENCE_LIMIT; // cut as for the reports of tokens and sentences
            }
        };
    }

    /** The stage's report; the models are loaded here, once, not in the timed passes. */
    private Function<CsvOutput, SectionReport<?>> reportFor(Stage stage) {
        return switch (stage) {
            case tokens -> {
                IndonesianTokenizer tokenizer = new IndonesianTokenizer();
                yield out -> analysisOnly(section -> tokenizer.tokenize(section.text()).size());
            }
            case segment -> {
                Segmenter segmenter = engine.segmenter();
                yield out -> analysisOnly(section -> segmenter.segment(section.text()).size());
            }
            case tokenize -> {
                Segmenter segmenter = engine.segmenter();
                yield out -> new TokenReport(segmenter, out);
            }
            case sentences -> {
                Segmenter segmenter = engine.segmenter();
                yield out -> new SentenceReport(segmenter, out);
            }
            case count -> {
                EntityFinder finder = entities.finder();
                CountFilter filter = entities.filter();
                yield out -> new CorpusCountReport(finder, filter, out);
            }
            case quotes -> {
                QuoteFinder finder = new QuoteFinder(entities.finder());
                yield out -> new QuoteReport(finder, QuoteFilter.ALL, out);
            }
        };
    }

    /** Rows written as a report writes them (through a {@link Utf8Writer}) and then dropped. */
    private static CsvOutput discarded() {
        return CsvOutput.of(new Utf8Writer(OutputStream.nullOutputStream(), 1 << 16));
    }
}
