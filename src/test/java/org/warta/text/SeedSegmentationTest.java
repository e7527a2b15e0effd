package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedSegmentationTest {

    static Stream<Path> seeds() throws IOException {
        return Files.list(Path.of("seeds")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void segmentsEverySeedConsistently(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        SegmentationInvariants.check(text, new TextSegmenter().segment(text));
    }

    /** Paragraph by paragraph must give exactly what the whole text at once gives. */
    @ParameterizedTest
    @MethodSource("seeds")
    void segmentsByParagraphAsTheWholeTextWould(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8) + "\r\n \r\nAkhir.\u2029Lagi.\n\t\nSelesai";
        List<Sentence> whole = new SentenceSplitter().split(text, new IndonesianTokenizer().tokenize(text));
        assertEquals(whole, new TextSegmenter().segment(text));
    }
}
