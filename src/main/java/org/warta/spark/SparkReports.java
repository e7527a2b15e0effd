package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.warta.input.FileSelection;
import org.warta.names.EntityType;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.CorpusNames;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;
import org.warta.quotes.Kind;
import org.warta.quotes.QuoteFinder;
import org.warta.report.CoMentionReport;
import org.warta.report.CorpusCountReport;
import org.warta.report.CorpusCounts;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.CsvTable;
import org.warta.report.DocumentCountReport;
import org.warta.report.FoldedReport;
import org.warta.report.MentionReport;
import org.warta.report.PairCounts;
import org.warta.report.QuoteFilter;
import org.warta.report.QuoteReport;
import org.warta.report.SectionReport;

/**
 * warta's reports as a Spark job: every file is read whole (listed on the driver, read by the
 * tasks with one Hadoop configuration a partition), decoded and analysed by the same
 * classes as the CLI, in the tasks of the executor that holds it, with the models loaded once
 * an executor, with the aliases the job was given. Reports per document (counts by document,
 * mentions, quotes) are the CLI's rows. For corpus totals and co-mentions, each document's names
 * and entities are gathered as the CLI's report gathers them; the names are reduced to the
 * driver, folded there as the CLI folds them ({@link EntityFolds}), the folds broadcast, and
 * each document's totals or pairs counted with them and reduced, so that the rows are the
 * CLI's, in its order. Writes OUTPUT/header, OUTPUT/rows (CSV records, no header, in
 * report order) and OUTPUT/errors (document,reason for each file that could not be read) as
 * part files, for outputs of any size; or OUTPUT/report.csv and OUTPUT/errors.csv, one file
 * each with its header, for outputs small enough to open.
 */
public final class SparkReports implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] ERRORS_HEADER = {"document", "reason"};

    /** The reports the job writes. */
    public enum Report { count_by_document, count_by_corpus, mentions, cooccur, quotes }

    private final Report report;
    private final Set<EntityType> types;
    private final int minimum;
    private final CoMentionReport.Window window;
    private final CorpusFolding folding;

    /**
     * {@code minimum} is the least mentions for counts, the least count for co-mentions;
     * {@code window} matters for co-mentions only; {@code folding} says how names fold (its
     * aliases also name each document's entities).
     */
    public SparkReports(Report report, Set<EntityType> types, int minimum, CoMentionReport.Window window, CorpusFolding folding) {
        this.report = report;
        this.types = Set.copyOf(types);
        this.minimum = minimum;
        this.window = window;
        this.folding = folding;
    }

    /**
     * Runs the report over the files {@code inputs} name (paths, folders or globs, a folder's
     * files chosen by {@code selection}) and writes it under {@code output}: as part files, or
     * with {@code singleFile} as OUTPUT/report.csv and OUTPUT/errors.csv, each one file with its
     * header.
     */
    public void run(JavaSparkContext spark, List<String> inputs, FileSelection selection, String output, boolean singleFile) {
        List<InputFiles.Listed> files = InputFiles.list(spark.hadoopConfiguration(), inputs, selection);
        SerializableFunction reportFor = perDocument();
        JavaRDD<DocumentRows.Result> results = spark.parallelize(files, Math.max(1, spark.defaultParallelism() * 4))
                .mapPartitions(listed -> InputFiles.read(listed, reportFor));
        results.cache();
        JavaRDD<String> errors = results.filter(r -> r.failure() != null).map(r -> line(List.of(r.document(), r.failure())));
        JavaRDD<String> rows = switch (report) {
            case count_by_document, mentions, quotes -> results.flatMap(r -> r.rows().iterator()).map(SparkReports::line);
            case count_by_corpus, cooccur -> spark.parallelize(foldedRows(spark, results).stream().map(SparkReports::line).toList(), 1);
        };
        if (singleFile) {
            writeSingleFile(spark, errors, ERRORS_HEADER, output, "errors.csv");
            writeSingleFile(spark, rows, header(), output, "report.csv");
        } else {
            errors.saveAsTextFile(output + "/errors");
            rows.saveAsTextFile(output + "/rows");
            spark.parallelize(List.of(line(List.of(header()))), 1).saveAsTextFile(output + "/header");
        }
        results.unpersist();
    }

    /**
     * The header line, then the lines in their order, as one file {@code output/name}: the tasks
     * write part files, which the driver joins in their order (where coalescing to one partition
     * may put the partitions without a preferred location, such as a header's, after the rest).
     */
    private static void writeSingleFile(JavaSparkContext spark, JavaRDD<String> lines, String[] header, String output, String name) {
        Path parts = new Path(output, "_" + name);
        lines.saveAsTextFile(parts.toString());
        try {
            FileSystem fs = parts.getFileSystem(spark.hadoopConfiguration());
            FileStatus[] written = fs.listStatus(parts, path -> path.getName().startsWith("part-"));
            Arrays.sort(written, Comparator.comparing(status -> status.getPath().getName()));
            try (OutputStream out = fs.create(new Path(output, name), false)) {
                out.write((line(List.of(header)) + "\n").getBytes(StandardCharsets.UTF_8));
                for (FileStatus part : written) {
                    try (InputStream in = fs.open(part.getPath())) {
                        in.transferTo(out);
                    }
                }
            }
            fs.delete(parts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + "/" + name, e);
        }
    }

    private String[] header() {
        return switch (report) {
            case count_by_document -> new String[] {"document", "entity", "type", "mentions", "role"};
            case count_by_corpus -> new String[] {"entity", "type", "mentions", "documents"};
            case mentions -> new String[] {"document", "sentence", "start", "end", "text", "entity", "type", "role"};
            case cooccur -> new String[] {"entity_a", "type_a", "entity_b", "type_b", "count", "documents"};
            case quotes -> new String[] {"document", "sentence", "start", "end", "speaker", "type", "role", "cue", "kind", "quote"};
        };
    }

    /** The CLI report that one document's rows come from (on an executor, with its models). */
    private SerializableFunction perDocument() {
        Report chosen = report;
        Set<EntityType> kept = types;
        int least = minimum;
        CoMentionReport.Window within = window;
        CorpusFolding folds = folding;
        return out -> switch (chosen) {
            case count_by_document -> new DocumentCountReport(finder(folds), new CountFilter(kept, least), out);
            case mentions -> new MentionReport(finder(folds), new CountFilter(kept, 1), out);
            case count_by_corpus -> new CorpusCountReport(finder(folds), folds, new CountFilter(kept, least), out);
            case cooccur -> new CoMentionReport(finder(folds), folds, within, kept, least, out);
            case quotes -> new QuoteReport(new QuoteFinder(finder(folds)),
                    new QuoteFilter(EnumSet.allOf(Kind.class), kept, List.of()), out);
        };
    }

    private static EntityFinder finder(CorpusFolding folding) {
        return ExecutorModels.finder(folding.aliases());
    }

    /** A function Spark can ship to executors. */
    interface SerializableFunction extends Function<CsvOutput, SectionReport<?>>, Serializable {
    }

    /**
     * The corpus totals or co-mentions: the documents' names reduced and folded on the driver,
     * then each document's totals or pairs, counted with the folds, reduced.
     */
    private List<List<String>> foldedRows(JavaSparkContext spark, JavaRDD<DocumentRows.Result> results) {
        JavaRDD<FoldedReport.Gathered> gathered = results.filter(r -> r.gathered() != null).map(DocumentRows.Result::gathered);
        CorpusNames names = gathered.aggregate(new CorpusNames(), (all, one) -> all.merge(one.names()), CorpusNames::merge);
        Broadcast<EntityFolds> folds = spark.broadcast(folding.of(names));
        Set<EntityType> kept = types;
        List<List<Object>> rows = report == Report.count_by_corpus
                ? gathered.map(g -> CorpusCountReport.counts(folds.value(), g.windows()))
                        .fold(new CorpusCounts(), CorpusCounts::merge).rows(new CountFilter(kept, minimum))
                : gathered.map(g -> CoMentionReport.pairs(kept, folds.value(), g.windows()))
                        .fold(new PairCounts(kept), PairCounts::merge).rows(minimum);
        return rows.stream().map(row -> row.stream().map(String::valueOf).toList()).toList();
    }

    /** One record as the CLI writes it; "\r" kept, since the text file adds the "\n" of CRLF. */
    private static String line(List<String> cells) {
        StringBuilder record = new StringBuilder();
        new CsvTable(new CsvOutput(record, CsvOutput.Format.csv, false, false)).row(cells.toArray());
        return record.substring(0, record.length() - 1);
    }
}
