package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.WartaRunner;
import org.warta.input.FileSelection;
import org.warta.names.EntityType;
import org.warta.names.entities.Aliases;
import org.warta.names.entities.CorpusFolding;
import org.warta.report.CoMentionReport;

/**
 * The Spark job on local[2] gives the CLI's rows (counts, mentions, co-mentions, quotes): over the seeds, a few hundred IndoSum articles
 * (when ../shared is there) and a binary file, which must end in the errors output.
 */
class SparkReportsTest {

    private static final int INDOSUM_ARTICLES = 300;

    @TempDir
    static Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    private static JavaSparkContext spark;
    private static Path input;
    private static Path png;

    @BeforeAll
    static void startSparkAndGatherInput() throws IOException, InterruptedException {
        input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, input.resolve(seed.getFileName()));
            }
        }
        Path script = Path.of(System.getProperty("warta.shared", "../shared"), "bench/indosum_text.py");
        if (Files.exists(script)) {
            Path indosum = dir.resolve("indosum");
            Process python = new ProcessBuilder("python3", script.toString(), indosum.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, python.waitFor());
            try (Stream<Path> articles = Files.list(indosum.resolve("articles"))) {
                for (Path article : articles.sorted().limit(INDOSUM_ARTICLES).toList()) {
                    Files.copy(article, input.resolve(article.getFileName()));
                }
            }
        }
        // longer than the sections the name reports read: "Lavrov" is Sergei Lavrov only if both
        // read it in the section that names him in full, 300,000 characters before
        String paragraph = "Cuaca di kota itu cerah pada pagi hari, dan warga berjalan kaki ke pasar.\n\n";
        Files.writeString(input.resolve("panjang.txt"), "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.\n\n"
                + paragraph.repeat(300_000 / paragraph.length()) + "Lavrov mengatakan kunjungan itu penting.\n");
        // binary: left out of the folder by both, as media by extension and as binary by its bytes
        Files.write(input.resolve("gambar"), PNG);
        Files.write(input.resolve("foto.png"), PNG);
        // named as a file: read, refused, one row of the errors
        png = Files.write(dir.resolve("sampul.png"), PNG);
        // an old report beside the articles: neither the CLI nor the job reads it as news
        Files.writeString(input.resolve("laporan.csv"), "entity,type,mentions,documents\nJoko Widodo,PERSON,3,1\n");
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("warta-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.close();
        }
    }

    private static List<List<String>> sparkRows(SparkReports.Report report, CoMentionReport.Window window, String part)
            throws IOException {
        return sparkRows(report, window, CorpusFolding.FOUND, part);
    }

    private static List<List<String>> sparkRows(SparkReports.Report report, CoMentionReport.Window window, CorpusFolding folding,
            String part) throws IOException {
        Path output = dir.resolve("out-" + report + "-" + window + "-" + folding.aliases().entries().size());
        if (!Files.exists(output)) {
            new SparkReports(report, EnumSet.allOf(EntityType.class), 1, window, folding)
                    .run(spark, List.of(input.toString(), png.toString()), FileSelection.DEFAULT, output.toString(), false);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve(part))) {
            for (Path file : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                rows.addAll(parse(Files.readString(file, StandardCharsets.UTF_8), false));
            }
        }
        return rows;
    }

    private static List<List<String>> cliRows(String... command) throws IOException {
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = input.toString();
        args[command.length + 1] = png.toString();
        return parse(WartaRunner.stdoutOfAnyRun(args), true);
    }

    private static List<List<String>> parse(String csv, boolean header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = header ? CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get() : CSVFormat.RFC4180;
        for (CSVRecord record : format.parse(new StringReader(csv))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** Documents by file name: the CLI prints paths as given, Spark as URIs. */
    private static List<List<String>> byFileName(List<List<String>> rows) {
        return rows.stream().map(row -> {
            List<String> named = new ArrayList<>(row);
            named.set(0, Path.of(row.get(0).replaceFirst("^file:", "")).getFileName().toString());
            return (List<String>) named;
        }).sorted(Comparator.comparing(Object::toString)).toList();
    }

    @Test
    void countsByDocumentAndMentionsAreTheClisRowForRow() throws IOException {
        List<List<String>> byDocument = byFileName(sparkRows(SparkReports.Report.count_by_document, null, "rows"));
        assertTrue(byDocument.size() > 50, "rows: " + byDocument.size());
        assertEquals(byFileName(cliRows("count", "--by", "document")), byDocument);
        assertEquals(byFileName(cliRows("mentions")), byFileName(sparkRows(SparkReports.Report.mentions, null, "rows")));
    }

    @Test
    void quotesAreTheClisRowForRow() throws IOException {
        List<List<String>> quotes = byFileName(sparkRows(SparkReports.Report.quotes, null, "rows"));
        assertTrue(quotes.size() > 40, "rows: " + quotes.size());
        assertEquals(byFileName(cliRows("quotes")), quotes);
    }

    @Test
    void corpusTotalsAndCoMentionsAreTheClisInTheClisOrder() throws IOException {
        assertEquals(cliRows("count"), sparkRows(SparkReports.Report.count_by_corpus, null, "rows"));
        assertEquals(cliRows("cooccur"),
                sparkRows(SparkReports.Report.cooccur, CoMentionReport.Window.sentence, "rows"));
    }

    /**
     * An aliases file (a spelling, a nickname with its type, a person kept apart, the form of a
     * country) shipped to the executors: the corpus rows and co-mentions are still the CLI's with
     * the same file, and the file's names are in them.
     */
    @Test
    void withAnAliasesFileCorpusTotalsAndCoMentionsAreTheClis() throws IOException {
        Path file = Files.writeString(dir.resolve("aliases.csv"), "\uFEFFalias,entity,type\r\nPutin,Vladimir Putin,PERSON\r\n"
                + "Sergey Lavrov,Sergei Lavrov,\r\nAS,Amerika Serikat,LOCATION\r\nKremlin,Kremlin,ORGANIZATION\r\n");
        Aliases aliases;
        try (var in = Files.newBufferedReader(file)) {
            in.skip(1);
            aliases = Aliases.read(in);
        }
        CorpusFolding folding = new CorpusFolding(aliases, true);
        List<List<String>> counts = sparkRows(SparkReports.Report.count_by_corpus, null, folding, "rows");
        assertEquals(cliRows("count", "--aliases", file.toString()), counts);
        assertTrue(counts.stream().anyMatch(row -> row.subList(0, 2).equals(List.of("Vladimir Putin", "PERSON"))), counts::toString);
        assertTrue(counts.stream().noneMatch(row -> row.get(0).equals("AS") || row.get(0).equals("Putin")), counts::toString);
        assertEquals(cliRows("cooccur", "--aliases", file.toString()),
                sparkRows(SparkReports.Report.cooccur, CoMentionReport.Window.sentence, folding, "rows"));
    }

    @Test
    void aBinaryFileEndsInTheErrorsAndTheJobSucceeds() throws IOException {
        List<List<String>> errors = byFileName(sparkRows(SparkReports.Report.count_by_document, null, "errors"));
        assertEquals(List.of(List.of("sampul.png", "binary data, not text (NUL byte at byte offset 8)")), errors);
    }

    /** With a single file: the report and the errors, each one CSV with its header, the part files' rows. */
    @Test
    void aSingleFileHoldsTheHeaderAndThePartFilesRows() throws IOException {
        Path output = dir.resolve("out-single");
        new SparkReports(SparkReports.Report.quotes, EnumSet.allOf(EntityType.class), 1, null, CorpusFolding.FOUND)
                .run(spark, List.of(input.toString(), png.toString()), FileSelection.DEFAULT, output.toString(), true);
        List<List<String>> report = parse(Files.readString(output.resolve("report.csv")), false);
        assertEquals(List.of("document", "sentence", "start", "end", "speaker", "type", "role", "cue", "kind", "quote"), report.get(0));
        assertEquals(sparkRows(SparkReports.Report.quotes, null, "rows"), report.subList(1, report.size()));
        List<List<String>> errors = parse(Files.readString(output.resolve("errors.csv")), false);
        assertEquals(List.of("document", "reason"), errors.get(0));
        assertEquals(sparkRows(SparkReports.Report.quotes, null, "errors"), errors.subList(1, errors.size()));
        try (Stream<Path> written = Files.list(output)) {
            assertEquals(List.of("errors.csv", "report.csv"),
                    written.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
    }
}
