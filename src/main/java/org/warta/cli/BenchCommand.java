package org.warta.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.warta.evaluation.Throughput;
import org.warta.input.Batch;
import org.warta.input.InputCollector;
import org.warta.names.EntityFinder;
import org.warta.report.CsvTable;
import org.warta.report.ScoreTable;
import org.warta.text.Segmenter;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        description = {"Measure throughput in MB/s, one thread, inside the JVM.",
            "Texts are read into memory first; warm-up passes, then timed passes (the median counts).",
            "Rows: stage,mb_per_s,best_mb_per_s,units,megabytes,runs (units: tokens or mentions)."},
        footer = {"%nExample (the IndoSum benchmark text):",
            "  python3 ../shared/bench/indosum_text.py /tmp/indosum && warta bench /tmp/indosum/all.txt"},
        mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    /**
     * The stages that can be measured: tokenize is the sentences and tokens of {@code warta
     * tokenize} (units: tokens); count is the resolved mentions of {@code warta count} (units:
     * mentions).
     */
    enum Stage { tokenize, count }

    @ParentCommand
    Warta root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories to measure on.")
    List<String> paths;

    @Option(names = "--stage", split = ",", description = "Stages to measure: ${COMPLETION-CANDIDATES} (default: all).")
    List<Stage> stages = List.of(Stage.values());

    @Mixin
    EntityOptions entities;

    @Option(names = "--engine", description = "Segmenter for the tokenize stage: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Engine engine = Engine.rules;

    @Option(names = "--warmup", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmups = 3;

    @Option(names = "--runs", description = "Timed passes; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Override
    public Integer call() {
        if (warmups < 0 || runs < 1) {
            throw new UsageException("--warmup must be 0 or more and --runs 1 or more");
        }
        List<String> texts = new ArrayList<>();
        var sources = new InputCollector(root.standardInput()).collect(paths);
        int failed = Batch.run(sources, document -> texts.add(document.text()),
                (name, reason) -> spec.commandLine().getErr().println("warta: " + name + ": " + reason));
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        CsvTable table = new CsvTable(spec.commandLine().getOut(), "stage", "mb_per_s", "best_mb_per_s", "units",
                "megabytes", "runs");
        for (Stage stage : stages) {
            Throughput.Result result = Throughput.measure(texts, bytes, measured(stage), warmups, runs);
            table.row(stage, ScoreTable.twoDecimals(result.megabytesPerSecond()),
                    ScoreTable.twoDecimals(result.bestMegabytesPerSecond()), result.units(),
                    ScoreTable.twoDecimals(bytes / 1e6), runs);
            table.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private ToIntFunction<String> measured(Stage stage) {
        return switch (stage) {
            case tokenize -> {
                if (engine == Engine.opennlp) {
                    Segmenter segmenter = engine.segmenter();
                    yield text -> segmenter.segment(text).stream().mapToInt(s -> s.tokens().size()).sum();
                }
                TextSegmenter segmenter = new TextSegmenter();
                yield text -> {
                    int[] tokens = {0};
                    segmenter.forEachSentence(text, sentence -> tokens[0] += sentence.tokens().size());
                    return tokens[0];
                };
            }
            case count -> {
                EntityFinder finder = entities.finder();
                yield text -> finder.find(text).size();
            }
        };
    }
}
