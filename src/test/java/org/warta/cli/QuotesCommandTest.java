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

/** {@code warta quotes} through the command line: columns, offsets, the speaker table and the filters. */
class QuotesCommandTest {

    /** An emoji (two UTF-16 units, one code point) before the quotes, so that offsets must count code points. */
    private static final String ARTICLE = "😀 Menteri Luar Negeri Rusia Sergei Lavrov tiba di Beijing, Selasa.\n\n"
            + "“Kami sepakat memperdalam kerja sama,” kata Lavrov.\n\n"
            + "Lavrov mengatakan bahwa Putin menyarankan penguatan keamanan Eurasia.\n\n"
            + "\"Kami punya keprihatinan mendalam,\" kata seorang pejabat senior AS.\n";

    @TempDir
    Path dir;

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("berita.txt"), ARTICLE, StandardCharsets.UTF_8);
    }

    private static String codePoints(String text, String start, String end) {
        return text.substring(text.offsetByCodePoints(0, Integer.parseInt(start)), text.offsetByCodePoints(0, Integer.parseInt(end)));
    }

    @Test
    void listsEachStatementWithItsSpeakerCueKindAndCodePointOffsets() throws IOException {
        CliRun run = CliRun.of("quotes", article().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("document,sentence,start,end,speaker,type,role,cue,kind,quote\r\n"), run.out());
        List<String> rows = run.rows().stream().map(r -> r.get("speaker") + "|" + r.get("type") + "|" + r.get("cue") + "|"
                + r.get("kind") + "|" + r.get("quote")).toList();
        assertEquals(List.of("Sergei Lavrov|PERSON|kata|direct|Kami sepakat memperdalam kerja sama,",
                "Sergei Lavrov|PERSON|mengatakan|indirect|Putin menyarankan penguatan keamanan Eurasia",
                "||kata|direct|Kami punya keprihatinan mendalam,"), rows);
        for (CSVRecord row : run.rows()) {
            assertEquals(row.get("quote"), codePoints(ARTICLE, row.get("start"), row.get("end")));
        }
        assertEquals("2", run.rows().get(0).get("sentence"));
    }

    @Test
    void countsStatementsBySpeaker() throws IOException {
        Path file = article();
        Path copy = Files.copy(file, dir.resolve("salinan.txt"));
        CliRun run = CliRun.of("quotes", "--by", "speaker", file.toString(), copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("speaker,type,quotes,direct,indirect,documents", "Sergei Lavrov,PERSON,4,2,2,2",
                "\"\",,2,2,0,2"), // Commons CSV quotes an empty first cell, so that the row is not taken for a blank line
                run.out().lines().toList());
    }

    @Test
    void filtersByKindTypeAndSpeaker() throws IOException {
        Path file = article();
        assertEquals(List.of("Kami sepakat memperdalam kerja sama,", "Kami punya keprihatinan mendalam,"),
                CliRun.of("quotes", "--kind", "direct", file.toString()).rows().stream().map(r -> r.get("quote")).toList());
        assertEquals(2, CliRun.of("quotes", "--type", "PERSON", file.toString()).rows().size());
        assertEquals(2, CliRun.of("quotes", "--speaker", "lavrov", file.toString()).rows().size());
        assertEquals(0, CliRun.of("quotes", "--speaker", "Wang Yi", file.toString()).rows().size());
        CliRun jsonl = CliRun.of("quotes", "--kind", "indirect", "--format", "jsonl", file.toString());
        assertTrue(jsonl.out().contains("\"speaker\":\"Sergei Lavrov\"") && jsonl.out().contains("\"kind\":\"indirect\""), jsonl.out());
    }

    @Test
    void refusesAnEmptySpeakerName() throws IOException {
        CliRun run = CliRun.of("quotes", "--speaker", " ", article().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("warta: --speaker needs a name", run.errorLines().get(0));
    }
}
