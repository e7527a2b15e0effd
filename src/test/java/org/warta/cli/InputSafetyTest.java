package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs as scripts meet them: pipes and FIFOs named as paths, files that change while they are
 * read, deep trees, folders holding more than news, lists of files, invalid bytes read leniently.
 */
class InputSafetyTest {

    @TempDir
    Path dir;

    private static List<String> column(CliRun run, String name) {
        return run.rows().stream().map(r -> r.get(name)).toList();
    }

    @Test
    void lenientOffsetsCountTheReplacementsAsPythonsErrorsReplaceDoes() throws IOException {
        // "Budi " + an encoded surrogate + an overlong "/" + a truncated sequence + " tiba."
        byte[] bytes = HexFormat.of().parseHex("4275646920" + "eda080" + "c0af" + "e282" + "2074696261 2e".replace(" ", ""));
        Path file = TestFiles.write(dir, "rusak.txt", bytes);
        CliRun run = CliRun.of("tokenize", "--lenient", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        // Python: open(path, encoding='utf-8', errors='replace').read() == 'Budi \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd tiba.'
        String r = "\uFFFD";
        assertEquals(List.of("Budi", r, r, r, r, r, r, "tiba", "."), column(run, "token"));
        assertEquals(List.of("0", "5", "6", "7", "8", "9", "10", "12", "16"), column(run, "start"));
    }

    /** {@code warta count <(zcat news.txt.gz)}: a pipe or FIFO named as a path is read once, however long. */
    @Test
    void aFifoLongerThanAFileIsReadInOnePassIsReadOnceToItsEnd() throws Exception {
        Path fifo = dir.resolve("berita.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] blank = "\n".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
                for (int written = 0; written < 17_000_000; written += blank.length) {
                    out.write(blank);
                }
                out.write("Akhir kata tiba.\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("tokenize", fifo.toString()));
        writer.join();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Akhir", "kata", "tiba", "."), column(run, "token"));
    }

    /**
     * A folder deeper than a thread's stack allows for recursion is walked with a stack of its
     * own. Run as a user runs it, in a JVM of its own, cold (its first frames the interpreter's
     * large ones) and with a small stack, so that a walk that recursed once a level would
     * overflow it whatever the JIT has compiled in this JVM.
     */
    @Test
    void aVeryDeepTreeIsWalkedWithoutOverflowingTheStack() throws Exception {
        Path top = dir.resolve("dalam");
        Path deepest = top;
        for (int i = 0; i < 1_000; i++) {
            deepest = deepest.resolve("d");
        }
        Files.createDirectories(deepest);
        TestFiles.write(deepest, "bawah.txt", "Budi tiba.");
        TestFiles.write(top, "atas.txt", "Ani pergi.");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process warta = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xss256k", "-cp",
                System.getProperty("java.class.path"), Warta.class.getName(), "tokenize", "--sentences", top.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(warta.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, warta.waitFor(), out);
        CliRun run = new CliRun(0, out, "");
        assertEquals(List.of(top + "/atas.txt", deepest + "/bawah.txt"), column(run, "document"));
    }

    @Test
    void anEmptyPathIsAnErrorThatNamesIt() throws IOException {
        Path good = TestFiles.write(dir, "baik.txt", "Baik.");
        CliRun run = CliRun.of("tokenize", "--sentences", "", good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: \"\": empty path, not a file or folder (an unset variable?)"), run.errorLines());
        assertEquals(List.of(good.toString()), column(run, "document"));
    }

    @Test
    void threadsAreBoundedByTheProcessors() throws IOException {
        for (int i = 0; i < 300; i++) {
            TestFiles.write(dir, "banyak/" + i + ".txt", "Kalimat ke-" + i + ".");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        threads.resetPeakThreadCount();
        CliRun run = CliRun.of("tokenize", "--sentences", "--threads", "100000", dir.resolve("banyak").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(300, run.rows().size());
        int most = 4 * Runtime.getRuntime().availableProcessors();
        assertTrue(threads.getPeakThreadCount() - before <= most, "threads started: " + (threads.getPeakThreadCount() - before));
    }

    /** Long unpunctuated text is cut where no sentence ends: every report must cut it at the same places. */
    @Test
    void everyReportGivesTheSameSentencesOnLongTextWithoutPunctuation() throws IOException {
        String[] words = "kata demi kata rakyat menunggu presiden datang ke kota untuk bertemu warga yang lama menanti"
                .split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 150_000; i++) {
            text.append(i % 19 == 0 ? "Joko Widodo" : words[i % words.length]).append(' ');
        }
        Path file = TestFiles.write(dir, "tanpa-titik.txt", text.toString());
        List<CSVRecord> sentences = CliRun.of("tokenize", "--sentences", file.toString()).rows();
        List<CSVRecord> mentions = CliRun.of("mentions", file.toString()).rows();
        assertTrue(mentions.size() > 100, "mentions: " + mentions.size());
        for (CSVRecord mention : mentions) {
            long start = Long.parseLong(mention.get("start"));
            CSVRecord sentence = sentences.stream().filter(s -> Long.parseLong(s.get("start")) <= start
                    && start < Long.parseLong(s.get("end"))).findFirst().orElseThrow();
            assertEquals(sentence.get("sentence"), mention.get("sentence"), "the mention at " + start);
        }
        CSVRecord summary = CliRun.of("summary", file.toString()).rows().get(0);
        assertEquals(String.valueOf(sentences.size()), summary.get("sentences"));
    }

    /** A folder of news as it comes: articles beside old reports, data, archives and binaries. */
    private Path newsFolder() throws IOException {
        Path news = dir.resolve("berita");
        TestFiles.write(news, "a.txt", "Presiden tiba.");
        TestFiles.write(news, "b", "Menteri pergi.");
        TestFiles.write(news, "laporan-lama.csv", "entity,type,mentions\nRusia,LOCATION,54\n");
        TestFiles.write(news, "data.json", "{\"judul\": \"Berita\"}");
        TestFiles.write(news, "halaman.HTML", "<p>Berita</p>");
        TestFiles.write(news, "arsip.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        TestFiles.write(news, "gambar", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        TestFiles.write(news, "utf16.txt", "\uFEFFDia datang.".getBytes(StandardCharsets.UTF_16LE));
        TestFiles.write(news, ".tersembunyi.txt", "Rahasia.");
        TestFiles.write(news, "lama/c.txt", "Warga menunggu.");
        return news;
    }

    @Test
    void aFolderGivesItsTextFilesNotItsReportsDataArchivesOrBinaries() throws IOException {
        Path news = newsFolder();
        CliRun run = CliRun.of("tokenize", "--sentences", news.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(news + "/a.txt", news + "/b", news + "/lama/c.txt", news + "/utf16.txt"), column(run, "document"));
        CliRun named = CliRun.of("tokenize", "--sentences", news.resolve("laporan-lama.csv").toString());
        assertEquals(0, named.exitCode(), named.err());
        assertEquals(2, named.rows().size(), "a file named is read whatever its extension");
    }

    @Test
    void globsChooseTheFilesAFolderGivesAsRipgrepDoes() throws IOException {
        Path news = newsFolder();
        CliRun csv = CliRun.of("tokenize", "--sentences", "--glob", "*.csv", "-g", "*.html", news.toString());
        assertEquals(List.of(news + "/laporan-lama.csv", news + "/laporan-lama.csv"), column(csv, "document"),
                "an include glob reads what it matches, whatever its extension; as in ripgrep, case counts");
        CliRun notOld = CliRun.of("tokenize", "--sentences", "-g", "!lama/", "-g", "!b", news.toString());
        assertEquals(List.of(news + "/a.txt", news + "/utf16.txt"), column(notOld, "document"));
        CliRun lastWins = CliRun.of("tokenize", "--sentences", "-g", "*.txt", "-g", "!lama/*.txt", "-g", "lama/c.*",
                news.toString());
        assertEquals(List.of(news + "/a.txt", news + "/lama/c.txt", news + "/utf16.txt"), column(lastWins, "document"));
        CliRun bad = CliRun.of("tokenize", "-g", "[a-", news.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("warta: --glob '[a-': "), bad.err());
    }

    @Test
    void aFolderThatGivesNothingSaysWhatItSkippedWhenNothingAtAllIsRead() throws IOException {
        Path news = newsFolder();
        CliRun run = CliRun.of("tokenize", "--sentences", "-g", "!*.txt", "-g", "!b", news.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: " + news + ": no input files (10 skipped: 1 hidden, 4 by extension, 4 by --glob, 1 binary)"),
                run.errorLines());
        assertEquals(List.of(), run.rows());
        Path empty = Files.createDirectories(dir.resolve("kosong"));
        CliRun emptyRun = CliRun.of("count", empty.toString());
        assertEquals(1, emptyRun.exitCode());
        assertEquals(List.of("warta: " + empty + ": no input files (the folder holds no files)"), emptyRun.errorLines());
        CliRun withOthers = CliRun.of("tokenize", empty.toString(), news.resolve("a.txt").toString());
        assertEquals(0, withOthers.exitCode(), "a folder without files among other inputs is no error");
    }

    /** {@code warta count seeds ./seeds/}: each file once, under the first name it was given. */
    @Test
    void aFileNamedTwiceByAnyPathIsReadOnceUnderItsFirstName() throws IOException {
        Path news = newsFolder();
        Files.createSymbolicLink(dir.resolve("tautan.txt"), news.resolve("a.txt"));
        CliRun run = CliRun.of("tokenize", "--sentences", news.resolve("lama").toString(), news + "/./lama/",
                dir.resolve("tautan.txt").toString(), news.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(news + "/lama/c.txt", dir + "/tautan.txt", news + "/b", news + "/utf16.txt"),
                column(run, "document"));
        CliRun seeds = CliRun.of("count", "--by", "document", "--type", "PERSON", "seeds", "./seeds/");
        assertEquals(0, seeds.exitCode(), seeds.err());
        assertTrue(column(seeds, "document").stream().allMatch(d -> d.startsWith("seeds/")), "the first name given");
        assertEquals(WartaRunner.stdout("count", "--by", "document", "--type", "PERSON", "seeds"), seeds.out());
    }

    @Test
    void filesFromReadsAListOfPathsByLineOrByNulAndStandardInputToo() throws IOException {
        Path news = newsFolder();
        Path list = TestFiles.write(dir, "daftar.txt", news + "/a.txt\r\n\n" + news + "/lama\r\n");
        CliRun lines = CliRun.of("tokenize", "--sentences", "--files-from", list.toString(), news.resolve("b").toString());
        assertEquals(0, lines.exitCode(), lines.err());
        assertEquals(List.of(news + "/b", news + "/a.txt", news + "/lama/c.txt"), column(lines, "document"));
        String odd = "baris\nbaru.txt";
        TestFiles.write(news, odd, "Nama aneh.");
        byte[] nulList = (news + "/" + odd + "\0" + news + "/a.txt\0").getBytes(StandardCharsets.UTF_8);
        CliRun nul = CliRun.withInput(nulList, "tokenize", "--sentences", "--files-from", "-", "-0");
        assertEquals(0, nul.exitCode(), nul.err());
        assertEquals(List.of(news + "/" + odd, news + "/a.txt"), column(nul, "document"));
        byte[] unnamable = (news + "/a.txt\na\0b\n").getBytes(StandardCharsets.UTF_8);
        CliRun notAPath = CliRun.withInput(unnamable, "tokenize", "--sentences", "--files-from", "-");
        assertEquals(1, notAPath.exitCode(), "a name no file can have fails alone");
        assertEquals(List.of("warta: a\\x00b: not a path (Nul character not allowed)"), notAPath.errorLines());
        assertEquals(List.of(news + "/a.txt"), column(notAPath, "document").stream().distinct().toList());
        CliRun missing = CliRun.of("tokenize", "--files-from", dir.resolve("tidak-ada.txt").toString());
        assertEquals(List.of("warta: " + dir.resolve("tidak-ada.txt") + ": no such file"), missing.errorLines());
        CliRun empty = CliRun.withInput(new byte[0], "tokenize", "--files-from", "-");
        assertEquals(List.of("warta: -: no input files (the list is empty)"), empty.errorLines());
        assertEquals(2, CliRun.of("tokenize", "--files-from", "-", "-").exitCode(), "standard input cannot be both");
    }

    /** An input that fails after some of its sections (read once, as standard input) still ends as a document. */
    @Test
    void aDocumentThatFailsMidwayEndsBeforeTheNextBegins() throws IOException {
        byte[] good = ("Presiden Joko Widodo tiba.\n\n" + "warga menunggu di jalan.\n\n".repeat(90_000))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF;
        Path file = TestFiles.write(dir, "berita.txt", "Menteri Sri Mulyani tiba.");
        CliRun run = CliRun.withInput(bytes, "summary", "-", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: -: not valid UTF-8 text (bad byte sequence at byte offset " + good.length + ")"),
                run.errorLines());
        assertEquals(List.of("-", file.toString()), column(run, "document"));
        CSVRecord last = run.rows().get(1);
        assertEquals(List.of("25", "1", "5", "1", "Sri Mulyani"), List.of(last.get("characters"), last.get("sentences"),
                last.get("tokens"), last.get("persons"), last.get("top_person")));
    }
}
