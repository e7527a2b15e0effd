package org.warta.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.warta.cli.ErrorLine;
import org.warta.cli.TextReaders;
import org.warta.input.FileSelection;
import org.warta.names.EntityType;
import org.warta.names.entities.Aliases;
import org.warta.names.entities.CorpusFolding;
import org.warta.output.IoReason;
import org.warta.report.CoMentionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code spark-submit --class org.warta.spark.WartaSparkJob target/warta.jar count --by document
 * --input 'hdfs:///news/**&#47;*.txt' --output hdfs:///reports/counts}: warta's reports on a cluster.
 * Thin: the work is {@link SparkReports}'.
 */
@Command(name = "warta-spark", mixinStandardHelpOptions = true,
        description = {"warta's reports as a Spark job: count, mentions, cooccur or quotes over whole text files.",
            "Writes OUTPUT/header, OUTPUT/rows (CSV records in report order) and OUTPUT/errors (document,reason),",
            "or with --single-file OUTPUT/report.csv and OUTPUT/errors.csv."})
public final class WartaSparkJob implements Callable<Integer> {

    /** The report, as the CLI names it. */
    enum Name { count, mentions, cooccur, quotes }

    /** What a count row counts within. */
    enum Scope { corpus, document }

    @Parameters(index = "0", description = "${COMPLETION-CANDIDATES}")
    Name name;

    @Option(names = "--by", description = "For count: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Scope by = Scope.corpus;

    @Option(names = "--window", description = "For cooccur: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CoMentionReport.Window window = CoMentionReport.Window.sentence;

    @Option(names = "--type", split = ",", description = "Only these types, of entities or of speakers (default: all).")
    Set<EntityType> types = EnumSet.allOf(EntityType.class);

    @Option(names = "--min", paramLabel = "N", description = "Least mentions (count) or count (cooccur) (default: ${DEFAULT-VALUE}).")
    int minimum = 1;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = {"Files to read (repeatable): a path, folder or glob Hadoop understands. A file named is always read;",
                "a folder gives, as to the CLI, its files that are not hidden, not data, reports or media by extension and not binary."})
    List<String> inputs;

    @Option(names = {"-g", "--glob"}, paramLabel = "GLOB",
            description = "Choose the files a folder gives, as the CLI's --glob does (repeatable; !GLOB leaves out).")
    List<String> globs = new ArrayList<>();

    @Option(names = "--output", required = true, description = "Directory to write (must not exist).")
    String output;

    @Option(names = "--single-file",
            description = "Write OUTPUT/report.csv and OUTPUT/errors.csv, one file each with its header, for outputs small enough to open.")
    boolean singleFile;

    @Option(names = "--master", description = "Spark master when not run by spark-submit, e.g. local[2].")
    String master;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "CSV with the header alias,entity, as warta count --aliases reads it; read here, shipped to the executors.")
    Path aliases;

    @Option(names = "--no-auto-aliases", description = "Fold names across the corpus only as --aliases says.")
    boolean noAutoAliases;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WartaSparkJob()).execute(args));
    }

    @Override
    public Integer call() {
        Aliases given = Aliases.NONE;
        if (aliases != null) {
            try (var in = TextReaders.open(aliases)) {
                given = Aliases.read(in);
            } catch (IOException e) {
                System.err.println(ErrorLine.of(aliases.toString(), IoReason.of(e)));
                return 2;
            }
        }
        FileSelection selection;
        try {
            selection = new FileSelection(globs);
        } catch (IllegalArgumentException e) {
            System.err.println("warta-spark: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("warta " + name);
        if (master != null) {
            conf.setMaster(master);
        }
        SparkReports.Report report = switch (name) {
            case count -> by == Scope.corpus ? SparkReports.Report.count_by_corpus : SparkReports.Report.count_by_document;
            case mentions -> SparkReports.Report.mentions;
            case cooccur -> SparkReports.Report.cooccur;
            case quotes -> SparkReports.Report.quotes;
        };
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            new SparkReports(report, types, minimum, window, new CorpusFolding(given, !noAutoAliases))
                    .run(spark, inputs, selection, output, singleFile);
        }
        return 0;
    }
}
