package org.warta.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.input.Section;
import org.warta.quotes.FoundStatements;
import org.warta.quotes.Kind;
import org.warta.quotes.QuoteFinder;
import org.warta.quotes.Speaker;
import org.warta.quotes.Statement;

/**
 * {@code speaker,type,quotes,direct,indirect,documents}: how often each speaker is quoted over
 * the corpus, written when the last document is done; rows by quotes descending, then name. The
 * statements whose speaker the text does not tell make one row with an empty speaker.
 */
public final class SpeakerQuoteReport extends StatementReport {

    /** One speaker's statements so far. */
    private static final class Tally {
        final Speaker speaker;
        int direct;
        int indirect;
        int documents;

        Tally(Speaker speaker) {
            this.speaker = speaker;
        }

        int quotes() {
            return direct + indirect;
        }
    }

    private static final Comparator<Tally> REPORT_ORDER = Comparator.comparingInt(Tally::quotes).reversed()
            .thenComparing(t -> t.speaker.name()).thenComparing(t -> t.speaker.isKnown() ? t.speaker.type().name() : "");

    private final CsvTable table;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Set<String> inDocument = new HashSet<>();

    public SpeakerQuoteReport(QuoteFinder finder, QuoteFilter filter, CsvOutput out) {
        super(finder, filter);
        this.table = new CsvTable(out, "speaker", "type", "quotes", "direct", "indirect", "documents");
    }

    @Override
    public void write(Section section, FoundStatements found) {
        for (Statement statement : found.statements()) {
            if (filter.keeps(statement)) {
                Speaker speaker = statement.speaker();
                String key = speaker.type() + "\t" + speaker.name();
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(speaker));
                if (statement.kind() == Kind.direct) {
                    tally.direct++;
                } else {
                    tally.indirect++;
                }
                if (inDocument.add(key)) {
                    tally.documents++;
                }
            }
        }
        if (section.last()) {
            inDocument.clear();
        }
    }

    @Override
    public void finish() {
        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(REPORT_ORDER);
        for (Tally tally : sorted) {
            Speaker speaker = tally.speaker;
            table.row(speaker.name(), speaker.isKnown() ? speaker.type() : "", tally.quotes(), tally.direct, tally.indirect,
                    tally.documents);
        }
        table.finish();
    }
}
