package org.warta.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
