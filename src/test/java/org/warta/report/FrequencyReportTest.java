package org.warta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.input.Section;
import org.warta.text.TextSegmenter;

class FrequencyReportTest {

    private static Map<String, Integer> grams(int n, boolean keepStopWords, String text) {
        return new FrequencyReport(new TextSegmenter(), n, keepStopWords, Integer.MAX_VALUE, 1, CsvOutput.of(new StringBuilder()))
                .analyse(Section.whole("d", text));
    }

    @Test
    void foldsCaseAndLeavesOutNumbersPunctuationAndStopWords() {
        assertEquals(Map.of("rusia", 2, "china", 1, "sepakat", 1),
                grams(1, false, "Rusia dan China sepakat, 9/4/2024. RUSIA 1.000"));
    }

    @Test
    void runsOfWordsBreakAtNumbersPunctuationAndSentenceEnds() {
        assertEquals(Map.of("kerja sama", 2, "sama militer", 1),
                grams(2, false, "Kerja sama militer. Kerja sama, 2024 militer."));
        assertEquals(Map.of("rusia dan", 1, "dan china", 1), grams(2, true, "Rusia dan China."));
    }

    @Test
    void writesCountsAndDocumentsInReportOrder() {
        StringBuilder out = new StringBuilder();
        FrequencyReport report = new FrequencyReport(new TextSegmenter(), 1, false, 2, 1, CsvOutput.of(out));
        for (Section section : new Section[] {Section.whole("a", "Rusia Rusia China."), Section.whole("b", "China Beijing.")}) {
            report.write(section, report.analyse(section));
        }
        report.finish();
        assertEquals("token,count,documents\r\nchina,2,2\r\nrusia,2,1\r\n", out.toString());
    }
}
