package org.warta.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.text.Segmenter;
import org.warta.text.Sentence;
import org.warta.text.Token;
import org.warta.text.WordList;

/**
 * {@code token,count,documents}: how often each word (or run of {@code n} words) occurs, case
 * folded, and in how many documents. Tokens without a letter (numbers, dates, punctuation) are
 * left out and break runs; runs never cross a sentence end. Unless stop words are kept, a run
 * with an Indonesian stop word in it ({@code stopwords.txt}: yang, dan, di, ...) is left out.
 * Rows by count descending, then token; only the counts are kept between documents.
 */
public final class FrequencyReport implements SectionReport<Map<String, Integer>> {

    private static final Set<String> STOP_WORDS = WordList.load(FrequencyReport.class, "stopwords.txt");

    private final Segmenter segmenter;
    private final int n;
    private final boolean keepStopWords;
    private final int top;
    private final int minCount;
    private final CsvTable table;
    private final Map<String, int[]> counts = new HashMap<>();
    private final Set<String> inDocument = new HashSet<>();

    /** At most {@code top} rows are written ({@link Integer#MAX_VALUE} for all). */
    public FrequencyReport(Segmenter segmenter, int n, boolean keepStopWords, int top, int minCount, CsvOutput out) {
        this.segmenter = segmenter;
        this.n = n;
        this.keepStopWords = keepStopWords;
        this.top = top;
        this.minCount = minCount;
        this.table = new CsvTable(out, "token", "count", "documents");
    }

    @Override
    public Map<String, Integer> analyse(Section section) {
        Map<String, Integer> grams = new HashMap<>();
        for (Sentence sentence : segmenter.segment(section.text())) {
            List<String> run = new ArrayList<>();
            for (Token token : sentence.tokens()) {
                if (!hasLetter(token.text())) {
                    run.clear();
                    continue;
                }
                run.add(token.text().toLowerCase(Locale.ROOT));
                if (run.size() > n) {
                    run.remove(0);
                }
                if (run.size() == n && (keepStopWords || run.stream().noneMatch(STOP_WORDS::contains))) {
                    grams.merge(String.join(" ", run), 1, Integer::sum);
                }
            }
        }
        return grams;
    }

    private static boolean hasLetter(String token) {
        return token.codePoints().anyMatch(Character::isLetter);
    }

    @Override
    public void write(Section section, Map<String, Integer> grams) {
        if (section.number() == 1) {
            inDocument.clear();
        }
        grams.forEach((gram, count) -> {
            int[] total = counts.computeIfAbsent(gram, g -> new int[2]);
            total[0] += count;
            if (inDocument.add(gram)) {
                total[1]++;
            }
        });
    }

    /** Tokens and sentences need no context beyond their paragraph. */
    @Override
    public int sectionLimit() {
        return SectionReader.SENTENCE_LIMIT;
    }

    @Override
    public void finish() {
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        int written = 0;
        for (Map.Entry<String, int[]> row : rows) {
            if (row.getValue()[0] < minCount || written == top) {
                break;
            }
            table.row(row.getKey(), row.getValue()[0], row.getValue()[1]);
            written++;
        }
        table.finish();
    }
}
