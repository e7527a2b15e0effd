package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.warta.evaluation.CountEvaluation;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.output.IoReason;
import org.warta.report.CountEvaluationReport;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "count",
        description = {"Score the people that 'count --by document' finds against a reader's counts.",
            "GOLD is CSV with the header document,person,mentions[,status], as ../shared/eval/seeds_persons.csv: "
                + "a document by its path or file name, a person's full name without titles, how often a careful "
                + "reader counts them, and optional rows (bylines) that are not scored. A counted entity stands for "
                + "the gold person it shares a word with (Lavrov for Sergei Lavrov). One row:",
            "  gold,documents,required_rows,count_recall,count_precision,exact_rows,strict_rows",
            "exact: the entity with the gold name has the gold count; strict: exact, and no other entity of "
                + "the document shares a word with the person. --rows lists every row compared instead:",
            "  document,person,gold,counted,verdict,counted_as"},
        footer = {"%nExamples:",
            "  warta eval count ../shared/eval/seeds_persons.csv seeds",
            "  warta eval count --rows my-gold.csv articles/ | grep -v strict"},
        mixinStandardHelpOptions = true)
final class EvalCountCommand extends EntityReportCommand {

    @Parameters(index = "0", paramLabel = "GOLD", description = "The reader's counts (CSV).")
    Path gold;

    @Option(names = "--rows", description = "One row a gold person and a spurious entity, instead of the scores.")
    boolean rows;

    @Override
    InputOptions inputOptions() {
        // picocli hands GOLD to both positional parameters: the inputs are the paths after it
        if (inputs.paths.size() < 2) {
            throw new UsageException("give the gold file and at least one PATH");
        }
        inputs.paths = List.copyOf(inputs.paths.subList(1, inputs.paths.size()));
        return inputs;
    }

    @Override
    SectionReport<?> report(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        List<CountEvaluation.GoldRow> goldRows;
        try (var in = TextReaders.open(gold)) {
            goldRows = CountEvaluation.readGold(in);
        } catch (IOException e) {
            throw new RefusedFile(gold.toString(), IoReason.of(e), e);
        }
        var err = spec.commandLine().getErr();
        return new CountEvaluationReport(finder, gold.toString(), goldRows, rows, out,
                document -> err.println(ErrorLine.of(gold.toString(), "no input is the gold document " + document)));
    }
}
