package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCommandsTest {

    private static final String ARTICLE = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Beijing, Selasa. "
            + "Lavrov bertemu Menteri Luar Negeri China Wang Yi.\n\n\"Kami sepakat,\" kata Lavrov. Wang setuju.\n";

    @TempDir
    Path dir;

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("berita.txt"), ARTICLE, StandardCharsets.UTF_8);
    }

    @Test
    void countsByDocumentWithTheFirstRoleInMentionOrder() throws IOException {
        Path file = article();
        CliRun run = CliRun.of("count", "--by", "document", "--type", "PERSON", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("document,entity,type,mentions,role\r\n"), run.out());
        List<String> rows = run.rows().stream()
                .map(r -> r.get("entity") + "|" + r.get("type") + "|" + r.get("mentions") + "|" + r.get("role")).toList();
        assertEquals(List.of("Sergei Lavrov|PERSON|3|Menteri Luar Negeri Rusia",
                "Wang Yi|PERSON|2|Menteri Luar Negeri China"), rows);
    }

    @Test
    void countsTheCorpusAndFiltersByMinimumMentions() throws IOException {
        Path file = article();
        Path copy = Files.copy(file, dir.resolve("salinan.txt"));
        CliRun run = CliRun.of("count", "--min-mentions", "4", file.toString(), copy.toString());
        assertEquals("entity,type,mentions,documents", run.out().lines().findFirst().orElseThrow());
        List<CSVRecord> rows = run.rows();
        assertEquals("Sergei Lavrov", rows.get(0).get("entity"));
        assertEquals("6", rows.get(0).get("mentions"));
        assertEquals("2", rows.get(0).get("documents"));
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("mentions")) >= 4), run.out());
        for (int i = 1; i < rows.size(); i++) {
            int before = Integer.parseInt(rows.get(i - 1).get("mentions"));
            int after = Integer.parseInt(rows.get(i).get("mentions"));
            assertTrue(before > after || (before == after
                    && rows.get(i - 1).get("entity").compareTo(rows.get(i).get("entity")) <= 0), run.out());
        }
    }

    @Test
    void listsMentionsWithCodePointOffsetsEntityAndRole() throws IOException {
        Path file = article();
        CliRun run = CliRun.of("mentions", "--type", "PERSON", file.toString());
        CSVRecord first = run.rows().get(0);
        assertEquals("Sergei Lavrov", first.get("text"));
        assertEquals("Menteri Luar Negeri Rusia", first.get("role"));
        assertEquals(ARTICLE.substring(Integer.parseInt(first.get("start")), Integer.parseInt(first.get("end"))),
                first.get("text"));
        CSVRecord wang = run.rows().stream().filter(r -> r.get("text").equals("Wang")).findFirst().orElseThrow();
        assertEquals("Wang Yi", wang.get("entity"));
        assertEquals("4", wang.get("sentence"));
    }

    @Test
    void mergesAliasesAcrossTheCorpus() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Presiden Joko Widodo tiba. Kata Jokowi, semua baik.\n");
        Path aliases = Files.writeString(dir.resolve("aliases.csv"), "alias,entity\nJokowi,Joko Widodo\n");
        CliRun run = CliRun.of("count", "--type", "PERSON", "--aliases", aliases.toString(), file.toString());
        assertEquals("Joko Widodo", run.rows().get(0).get("entity"));
        assertEquals("2", run.rows().get(0).get("mentions"));
    }

    @Test
    void anAliasesFileSavedByASpreadsheetIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Presiden Joko Widodo tiba. Kata Jokowi, semua baik.\n");
        Path aliases = Files.writeString(dir.resolve("aliases.csv"), "\uFEFFalias,entity\r\nJokowi,Joko Widodo\r\n");
        CliRun run = CliRun.of("count", "--type", "PERSON", "--aliases", aliases.toString(), file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2", run.rows().get(0).get("mentions"));
    }

    @Test
    void aBadAliasesFileIsRefusedWithItsLineBeforeAnyInputIsRead() throws IOException {
        Path aliases = Files.writeString(dir.resolve("aliases.csv"), "alias,entity\nJokowi,Joko Widodo\nJokowi,\n");
        CliRun run = CliRun.of("count", "--aliases", aliases.toString(), dir.resolve("tidak-ada.txt").toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("warta: " + aliases + ": line 3: the entity is missing"), run.errorLines());
        assertEquals("", run.out());
    }

    @Test
    void tagsConllTokensUnchangedWithIob2Tags() throws IOException {
        Path conll = Files.writeString(dir.resolve("in.txt"),
                "Presiden NOUN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\ntiba VERB O\r\n\r\ndi O\nJakarta O\n");
        CliRun run = CliRun.of("tag", "--conll", conll.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\ntiba\tO\n\ndi\tO\nJakarta\tB-LOC\n\n", run.out());
        assertTrue(CliRun.of("tag", "--conll", "--long-types", conll.toString()).out().contains("Joko\tB-PERSON\n"));
    }

    @Test
    void aBrokenModelFileIsOneClearError() throws IOException {
        Path model = Files.writeString(dir.resolve("bad.bin"), "not a model");
        CliRun run = CliRun.of("count", "--model", model.toString(), article().toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.err().startsWith("warta: " + model + ": not a warta name model"), run.err());
    }

    @Test
    void rejectsAnUnknownTypeAsAUsageError() throws IOException {
        assertEquals(2, CliRun.of("count", "--type", "MISC", article().toString()).exitCode());
    }

    /** Documents analysed on several threads at once still give the one-thread rows, in the same order. */
    @Test
    void countsAndMentionsAreTheSameOnAnyNumberOfThreads() {
        String others = "src/test/resources/org/warta/names/other-news";
        for (String[] command : List.of(new String[] {"count", "--by", "document"}, new String[] {"count"},
                new String[] {"mentions"})) {
            String one = CliRun.of(CliRun.concat(command, "--threads", "1", "seeds", others)).out();
            String three = CliRun.of(CliRun.concat(command, "--threads", "3", "seeds", others)).out();
            assertTrue(one.lines().count() > 50, one);
            assertEquals(one, three, String.join(" ", command));
        }
    }
}
