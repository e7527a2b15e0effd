package org.warta.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.warta.names.EntityType;
import org.warta.quotes.Kind;
import org.warta.quotes.QuoteFinder;
import org.warta.report.CsvOutput;
import org.warta.report.QuoteFilter;
import org.warta.report.QuoteReport;
import org.warta.report.SectionReport;
import org.warta.report.SpeakerQuoteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quotes",
        description = {"Who said what: every statement the text attributes, quoted (direct) or retold (indirect).",
            "  --by statement: document,sentence,start,end,speaker,type,role,cue,kind,quote",
            "  --by speaker:   speaker,type,quotes,direct,indirect,documents (quotes descending)",
            "A speaker is named as count names the entity; ia, dia, ujarnya and Menurutnya are the person meant; "
                + "the speaker is empty when the text does not tell.",
            "The cue is the word that attributes a statement: kata, ujarnya, menilai, Menurut, or : in a headline.",
            "The quote is the words between the quotation marks, or what was said, to the end of its sentence.",
            "Quoted words that nothing attributes are no statement and give no row."},
        footer = {"%nExamples:",
            "  warta quotes seeds",
            "  warta quotes --by speaker seeds",
            "  warta quotes --kind direct --speaker Lavrov --format jsonl seeds"},
        mixinStandardHelpOptions = true)
final class QuotesCommand extends ReportCommand {

    /** What a row stands for. */
    enum Scope { statement, speaker }

    @Mixin
    FinderOptions finding;

    @Option(names = "--by", description = "One row a ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Scope by = Scope.statement;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "Only statements of these kinds: ${COMPLETION-CANDIDATES} (default: both).")
    Set<Kind> kinds = EnumSet.allOf(Kind.class);

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only speakers of these types: ${COMPLETION-CANDIDATES} (default: all, and statements "
                    + "whose speaker the text does not tell).")
    Set<EntityType> types = EnumSet.allOf(EntityType.class);

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only statements by a speaker NAME names, each of its words a word of the speaker's name, "
                    + "case aside (Lavrov, \"sergei lavrov\"); may be given more than once.")
    List<String> speakers = List.of();

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        if (speakers.stream().anyMatch(String::isBlank)) {
            throw new UsageException("--speaker needs a name");
        }
        QuoteFilter filter = new QuoteFilter(kinds, types, speakers);
        QuoteFinder finder = new QuoteFinder(finding.finder());
        return out -> by == Scope.statement ? new QuoteReport(finder, filter, out) : new SpeakerQuoteReport(finder, filter, out);
    }
}
