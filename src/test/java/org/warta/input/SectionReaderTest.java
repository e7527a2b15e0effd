package org.warta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        assertThrows(UnreadableInputException.class, () -> new SectionReader(1000, 10_000, 10_000, false)
                .read(InputSource.stream("-", () -> new ByteArrayInputStream(bytes)), sections::add));
        assertTrue(sections.size() >= 5, "sections before the error: " + sections.size());
        Section before = sections.get(sections.size() - 2);
        assertEquals(new Section("-", sections.size(), before.codePointStart() + before.text().length(), "", true),
                sections.get(sections.size() - 1), "the document is ended, empty, where the sections handed on end");
        assertTrue(sections.subList(0, sections.size() - 1).stream().noneMatch(Section::last));
    }

    @Test
    void aSmallerLimitCutsOnlyAtParagraphEndsWithinTheCutsOfTheBigOne() {
        String text = "Satu dua.\n\nTiga empat.\n\nLima enam tujuh delapan";
        assertEquals(11, SectionReader.paragraphCut(text, 0, 15, text.length()), "the last paragraph end within the limit");
        assertEquals(24, SectionReader.paragraphCut(text, 0, 26, text.length()));
        assertEquals(11, SectionReader.paragraphCut(text, 0, 5, text.length()), "none within: the first after");
        assertEquals(text.length(), SectionReader.paragraphCut(text, 24, 5, text.length()), "none at all: the bound");
        assertEquals(20, SectionReader.paragraphCut(text, 11, 5, 20), "never past the bound");
    }

    /** Sentences may end at a cut that is not a paragraph end: every limit must make the same such cuts. */
    @Test
    void everyLimitMakesTheSameCutsThatAreNotParagraphEnds() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("kata ke ").append(i).append(i % 500 < 300 ? " " : i % 10 == 0 ? "\n\n" : "\n");
        }
        List<Integer> big = cuts(readCut(text.toString(), 10_000, 10_000));
        List<Integer> small = cuts(readCut(text.toString(), 500, 10_000));
        assertTrue(big.size() > 3 && small.size() > big.size() * 3, big + " " + small);
        assertTrue(small.containsAll(big), "the small sections' cuts include the big ones': " + big + " " + small);
        for (int cut : small) {
            assertTrue(big.contains(cut) || text.substring(cut - 2, cut).equals("\n\n"), "cut at " + cut + " is no paragraph end");
        }
    }

    private List<Section> readCut(String text, int limit, int cutLimit) throws IOException, UnreadableInputException {
        Path file = folder.resolve("doc.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        new SectionReader(limit, cutLimit, SectionReader.DEFAULT_WHOLE_LIMIT, false)
                .read(InputSource.file("doc.txt", file), sections::add);
        assertEquals(text, String.join("", sections.stream().map(Section::text).toList()));
        return sections;
    }

    private static List<Integer> cuts(List<Section> sections) {
        return sections.stream().skip(1).map(s -> (int) s.codePointStart()).toList();
    }

    /** A long file is read twice; a block that changed by the second reading ends it with an error, not with its text. */
    @Test
    void aLongFileThatChangesWhileItIsReadIsRefusedAtTheBlockThatChanged() throws IOException {
        Path file = folder.resolve("tumbuh.txt");
        Files.writeString(file, "Kata demi kata.\n\n".repeat(20_000), StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        var error = assertThrows(UnreadableInputException.class, () -> new SectionReader(1000, 10_000, 10_000, false)
                .read(InputSource.file("tumbuh.txt", file), section -> {
                    if (sections.isEmpty()) {
                        rewriteTheSecondHalf(file);
                    }
                    sections.add(section);
                }));
        assertEquals("cannot read: the file changed while it was read; read it again once it is complete", error.getMessage());
        assertTrue(sections.stream().noneMatch(s -> s.text().contains("KATA")), "nothing of the new version");
        assertEquals("", sections.get(sections.size() - 1).text(), "the document is ended");
        assertTrue(sections.get(sections.size() - 1).last());
    }

    private static void rewriteTheSecondHalf(Path file) {
        try {
            String text = Files.readString(file);
            int half = text.length() / 2;
            Files.writeString(file, text.substring(0, half) + text.substring(half).toUpperCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLongFileWhoseSizeOrTimeChangedAfterTheFirstReadingIsRefusedBeforeAnySection() throws IOException {
        byte[] bytes = "Kata demi kata.\n\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        int[] asked = {0};
        InputSource growing = new InputSource("tumbuh.txt", () -> new ByteArrayInputStream(bytes), true,
                () -> new InputSource.Version(bytes.length + asked[0]++, FileTime.fromMillis(0)));
        List<Section> sections = new ArrayList<>();
        var error = assertThrows(UnreadableInputException.class,
                () -> new SectionReader(1000, 10_000, 10_000, false).read(growing, sections::add));
        assertTrue(error.getMessage().contains("changed while it was read"), error.getMessage());
        assertEquals(List.of(), sections);
    }
}
