package org.warta.report;

import org.warta.input.Section;
import org.warta.quotes.FoundStatements;
import org.warta.quotes.QuoteFinder;

/** What the reports of statements share: a section's statements are found on any thread, and a filter keeps some. */
abstract class StatementReport implements SectionReport<FoundStatements> {

    private final QuoteFinder finder;
    final QuoteFilter filter;

    StatementReport(QuoteFinder finder, QuoteFilter filter) {
        this.finder = finder;
        this.filter = filter;
    }

    @Override
    public final FoundStatements analyse(Section section) {
        return finder.find(section.text());
    }
}
