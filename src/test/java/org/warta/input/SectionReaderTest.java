package org.warta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionReaderTest {

    @TempDir
    Path folder;

    private List<Section> read(String text, int limit) throws IOException, UnreadableInputException {
        return read(text, limit, SectionReader.DEFAULT_WHOLE_LIMIT);
    }

    private List<Section> read(String text, int limit, int wholeLimit) throws IOException, UnreadableInputException {
        Path file = folder.resolve("doc.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        new SectionReader(limit, wholeLimit, false).read(InputSource.file("doc.txt", file), sections::add);
        return sections;
    }

    @Test
    void aDocumentWithinTheLimitIsOneSection() throws Exception {
        assertEquals(List.of(Section.whole("doc.txt", "Satu.\n\nDua.")), read("Satu.\n\nDua.", 100));
        assertEquals(List.of(Section.whole("doc.txt", "")), read("", 100));
    }

    @Test
    void cutsAtTheLastParagraphEndThenALineBreakThenASpaceThenTheLimit() {
        assertEquals(11, SectionReader.cutPoint("Satu dua.\n\nTiga empat.\n\nLima", 0, 20));
        assertEquals(24, SectionReader.cutPoint("Satu dua.\n\nTiga empat.\n\nLima", 0, 26));
        assertEquals(10, SectionReader.cutPoint("Satu dua.\nTiga empat lima enam", 0, 20));
        assertEquals(14, SectionReader.cutPoint("Satu dua tiga empat lima enam", 0, 18));
        assertEquals(20, SectionReader.cutPoint("x".repeat(40), 0, 20));
        String emoji = "x".repeat(19) + "\uD83D\uDE00" + "x";
        assertEquals(19, SectionReader.cutPoint(emoji, 0, 20), "never between the halves of a surrogate pair");
    }

    @Test
    void cutsCountTheLimitFromWhereTheSectionStarts() {
        String text = "Nol.\n\nSatu dua.\n\nTiga empat.\n\nLima";
        assertEquals(17, SectionReader.cutPoint(text, 6, 20));
        assertEquals(30, SectionReader.cutPoint(text, 6, 24));
        assertEquals(30, SectionReader.cutPoint(text, 17, 13), "a paragraph end right at the limit");
        assertEquals(29, SectionReader.cutPoint(text, 17, 12), "no paragraph end within the limit: after a line break");
        assertEquals(22, SectionReader.cutPoint(text, 17, 11), "nor a line break: after a space");
    }

    @Test
    void sectionsCoverTheDocumentInOrderWithTheirCodePointStarts() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Kalimat ke-").append(i).append(" tentang \uD83D\uDE00 Lavrov.").append(i % 7 == 0 ? "\n\n" : " ");
        }
        List<Section> readInOnePass = read(text.toString(), 1000);
        assertSectionsCover(text.toString(), 1000, readInOnePass);
        assertEquals(readInOnePass, read(text.toString(), 1000, 1000), "read in one pass or streamed, the same cuts");
    }

    private static void assertSectionsCover(String text, int limit, List<Section> sections) {
        assertTrue(sections.size() > 10, "sections: " + sections.size());
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            assertEquals(i + 1, section.number());
            assertEquals(i == sections.size() - 1, section.last());
            assertEquals(joined.codePointCount(0, joined.length()), section.codePointStart());
            assertTrue(section.text().length() <= limit);
            joined.append(section.text());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void aLongFileWithABadByteAtTheEndIsRefusedBeforeAnySection() throws IOException {
        Path file = folder.resolve("bad.txt");
        byte[] good = "Kata demi kata. ".repeat(500).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        Files.write(file, bytes);
        for (int wholeLimit : new int[] {1000, SectionReader.DEFAULT_WHOLE_LIMIT}) {
            List<Section> sections = new ArrayList<>();
            var error = assertThrows(UnreadableInputException.class, () -> new SectionReader(1000, wholeLimit, false)
                    .read(InputSource.file("bad.txt", file), sections::add));
            assertEquals(List.of(), sections, "read whole up to " + wholeLimit);
            assertTrue(error.getMessage().contains("byte offset " + good.length), error.getMessage());
        }
    }

    @Test
    void standardInputIsReadOnceSoABadByteLateInItEndsItAfterTheSectionsBefore() {
        byte[] good = "Kata demi kata. ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        List<Section> sections = new ArrayList<>();
        assertThrows(UnreadableInputException.class, () -> new SectionReader(1000)
                .read(InputSource.stream("-", () -> new ByteArrayInputStream(bytes)), sections::add));
        assertTrue(sections.size() >= 5, "sections before the error: " + sections.size());
    }
}
