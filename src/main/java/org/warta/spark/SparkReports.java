package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.warta.names.EntityType;
import org.warta.quotes.Kind;
import org.warta.quotes.QuoteFinder;
import org.warta.report.CoMentionReport;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.CsvTable;
import org.warta.report.DocumentCountReport;
import org.warta.report.MentionReport;
import org.warta.report.QuoteFilter;
import org.warta.report.QuoteReport;
import org.warta.report.SectionReport;
import scala.Tuple2;

/**
 * warta's reports as a Spark job: every file is read whole (listed on the driver, read by the
 * tasks with one Hadoop configuration a partition), decoded and analysed by the same
 * classes as the CLI, in the tasks of the executor that holds it, with the models loaded once
 * an executor. Reports per document (counts by document, mentions, quotes) are the CLI's rows;
 * corpus totals and co-mentions are summed over documents with a reduce, since short names are
 * resolved within a document. Writes OUTPUT/header, OUTPUT/rows (CSV records, no header, in
 * report order) and OUTPUT/errors (document,reason for each file that could not be read).
 */
public final class SparkReports implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reports the job writes. */
    public enum Report { count_by_document, count_by_corpus, mentions, cooccur, quotes }

    private final Report report;
    private final Set<EntityType> types;
    private final int minimum;
    private final CoMentionReport.Window window;

    /**
     * {@code minimum} is the least mentions for counts, the least count for co-mentions;
     * {@code window} matters for co-mentions only.
     */
    public SparkReports(Report report, Set<EntityType> types, int minimum, CoMentionReport.Window window) {
        this.report = report;
        this.types = Set.copyOf(types);
        this.minimum = minimum;
        this.window = window;
    }

    /** Runs the report over the files {@code input} names (a path or glob) and writes it under {@code output}. */
    public void run(JavaSparkContext spark, String input, String output) {
        List<String> files = InputFiles.list(spark.hadoopConfiguration(), input);
        SerializableFunction reportFor = perDocument();
        JavaRDD<DocumentRows.Result> results = spark.parallelize(files, Math.max(1, spark.defaultParallelism() * 4))
                .mapPartitions(paths -> InputFiles.read(paths, reportFor));
        results.cache();
        results.filter(r -> r.failure() != null).map(r -> line(List.of(r.document(), r.failure())))
                .saveAsTextFile(output + "/errors");
        JavaRDD<List<String>> rows = switch (report) {
            case count_by_document, mentions, quotes -> results.flatMap(r -> r.rows().iterator());
            case count_by_corpus -> corpusTotals(results);
            case cooccur -> pairTotals(results);
        };
        rows.map(SparkReports::line).saveAsTextFile(output + "/rows");
        spark.parallelize(List.of(line(List.of(header()))), 1).saveAsTextFile(output + "/header");
        results.unpersist();
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
        return out -> switch (chosen) {
            case count_by_document -> new DocumentCountReport(ExecutorModels.finder(), new CountFilter(kept, least), out);
            case mentions -> new MentionReport(ExecutorModels.finder(), new CountFilter(kept, 1), out);
            case count_by_corpus -> new DocumentCountReport(ExecutorModels.finder(), new CountFilter(kept, 1), out);
            case cooccur -> new CoMentionReport(ExecutorModels.finder(), within, kept, 1, out);
            case quotes -> new QuoteReport(new QuoteFinder(ExecutorModels.finder()),
                    new QuoteFilter(EnumSet.allOf(Kind.class), kept, List.of()), out);
        };
    }

    /** A function Spark can ship to executors. */
    interface SerializableFunction extends Function<CsvOutput, SectionReport<?>>, Serializable {
    }

    /** entity,type,mentions,documents: the documents' counts summed, as the CLI's corpus report. */
    private JavaRDD<List<String>> corpusTotals(JavaRDD<DocumentRows.Result> results) {
        return sortedTotals(results.flatMap(r -> r.rows().iterator())
                .mapToPair(row -> new Tuple2<>(row.subList(1, 3), new long[] {Long.parseLong(row.get(3)), 1})));
    }

    /** entity_a,type_a,entity_b,type_b,count,documents: each document's pairs summed. */
    private JavaRDD<List<String>> pairTotals(JavaRDD<DocumentRows.Result> results) {
        return sortedTotals(results.flatMap(r -> r.rows().iterator())
                .mapToPair(row -> new Tuple2<>(row.subList(0, 4), new long[] {Long.parseLong(row.get(4)), Long.parseLong(row.get(5))})));
    }

    /**
     * Sums count and documents by key, keeps the totals of at least the minimum, and gives the
     * rows (key, count, documents) by count descending, then by the key's names and types.
     */
    private JavaRDD<List<String>> sortedTotals(JavaPairRDD<List<String>, long[]> counted) {
        int least = minimum;
        return counted.mapToPair(c -> new Tuple2<>(List.copyOf(c._1()), c._2()))
                .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})
                .filter(total -> total._2()[0] >= least)
                .map(total -> {
                    List<String> row = new ArrayList<>(total._1());
                    row.add(Long.toString(total._2()[0]));
                    row.add(Long.toString(total._2()[1]));
                    return row;
                })
                .mapToPair(row -> new Tuple2<>(row, true))
                .sortByKey(new ReportOrder(), true)
                .keys();
    }

    /** One record as the CLI writes it; "\r" kept, since the text file adds the "\n" of CRLF. */
    private static String line(List<String> cells) {
        StringBuilder record = new StringBuilder();
        new CsvTable(new CsvOutput(record, CsvOutput.Format.csv, false, false)).row(cells.toArray());
        return record.substring(0, record.length() - 1);
    }

    /**
     * The order of summed rows (names and types, then count and documents): count descending,
     * then each name, and each type as EntityType orders them.
     */
    private static final class ReportOrder implements Comparator<List<String>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(List<String> a, List<String> b) {
            int counts = a.size() - 2;
            int order = Long.compare(Long.parseLong(b.get(counts)), Long.parseLong(a.get(counts)));
            for (int i = 0; order == 0 && i < counts; i++) {
                order = i % 2 == 1
                        ? Integer.compare(EntityType.valueOf(a.get(i)).ordinal(), EntityType.valueOf(b.get(i)).ordinal())
                        : a.get(i).compareTo(b.get(i));
            }
            return order;
        }
    }
}
