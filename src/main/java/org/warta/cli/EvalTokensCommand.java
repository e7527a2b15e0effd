package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.evaluation.ConlluReader;
import org.warta.evaluation.Score;
import org.warta.evaluation.SegmentationEvaluation;
import org.warta.report.CsvTable;
import org.warta.text.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tokens",
        description = {"Token and sentence precision, recall and F1 against gold CoNLL-U, scored as in the",
            "CoNLL 2018 shared task (character spans; every 10 sentences joined into a paragraph).",
            "Rows: file,unit,precision,recall,f1,gold,system,correct."},
        footer = {"%nExample:", "  warta eval tokens ../shared/data/ud/id_gsd-ud-dev.conllu"},
        mixinStandardHelpOptions = true)
final class EvalTokensCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "GOLD.conllu", description = "Gold CoNLL-U files with '# text' lines.")
    List<Path> goldFiles;

    @Option(names = "--engine", description = "What segments: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Engine engine = Engine.rules;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CsvTable table = new CsvTable(out, "file", "unit", "precision", "recall", "f1", "gold", "system", "correct");
        Segmenter segmenter = engine.segmenter();
        for (Path file : goldFiles) {
            var gold = SegmentationEvaluation.build(ConlluReader.read(file));
            var result = SegmentationEvaluation.evaluate(gold, segmenter);
            row(table, file, "tokens", result.tokens());
            row(table, file, "sentences", result.sentences());
        }
        table.flush();
        return ExitCodes.OK;
    }

    static void row(CsvTable table, Path file, String unit, Score score) {
        table.row(file, unit, percent(score.precision()), percent(score.recall()), percent(score.f1()),
                score.gold(), score.system(), score.correct());
    }

    static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
