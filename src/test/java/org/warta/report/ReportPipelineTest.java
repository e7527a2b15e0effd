package org.warta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warta.input.InputSource;
import org.warta.input.SectionReader;
import org.warta.text.TextSegmenter;

/** Sections and threads change how the work is done, never the rows. */
class ReportPipelineTest {

    private static List<InputSource> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().map(p -> InputSource.file(p.toString(), p)).toList();
        }
    }

    private static String run(int sectionLimit, int threads, Function<CsvOutput, SectionReport<?>> reportFor)
            throws IOException {
        StringBuilder out = new StringBuilder();
        SectionReport<?> report = reportFor.apply(CsvOutput.of(out));
        try (ReportPipeline pipeline = new ReportPipeline(new SectionReader(sectionLimit), threads)) {
            int failed = pipeline.run(seeds().iterator(), report, (name, reason) -> {
                throw new AssertionError(name + ": " + reason);
            });
            assertEquals(0, failed);
        }
        report.finish();
        return out.toString();
    }

    /** The seeds have blank lines between paragraphs, so cutting them into small sections changes no sentence. */
    @Test
    void tokensAndSentencesAreTheSameReadInSmallSections() throws IOException {
        TextSegmenter segmenter = new TextSegmenter();
        Function<CsvOutput, SectionReport<?>> tokens = out -> new TokenReport(segmenter, out);
        Function<CsvOutput, SectionReport<?>> sentences = out -> new SentenceReport(segmenter, out);
        assertEquals(run(SectionReader.DEFAULT_LIMIT, 1, tokens), run(600, 1, tokens));
        assertEquals(run(SectionReader.DEFAULT_LIMIT, 1, sentences), run(600, 3, sentences));
    }

    @Test
    void tokensAreTheSameOnAnyNumberOfThreads() throws IOException {
        TextSegmenter segmenter = new TextSegmenter();
        Function<CsvOutput, SectionReport<?>> tokens = out -> new TokenReport(segmenter, out);
        String one = run(2_000, 1, tokens);
        assertEquals(one, run(2_000, 2, tokens));
        assertEquals(one, run(2_000, 5, tokens));
    }
}
