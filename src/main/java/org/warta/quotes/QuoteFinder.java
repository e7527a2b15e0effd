package org.warta.quotes;

import java.util.List;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.EntityFinder;

/**
 * Finds who said what in a text: its statements, quoted and retold, each with its speaker named
 * as {@code warta count} names the entity (the full name the mention resolves to), or empty when
 * the text does not tell who it is. Built on the text's sentences and its mentions resolved to
 * their entities, so it names speakers as well as the name finder finds names, and no better.
 * Thread-safe.
 */
public final class QuoteFinder {

    private final EntityFinder entities;

    public QuoteFinder(EntityFinder entities) {
        this.entities = entities;
    }

    public FoundStatements find(String text) {
        AnalysedText.Tokens tokens = new AnalysedText.Tokens();
        FoundMentions found = entities.find(text, tokens);
        return new FoundStatements(statements(text, tokens, found.mentions()), tokens.sentences());
    }

    /** The statements of {@code text}, given its tokens by sentence and its resolved mentions (in order). */
    static List<Statement> statements(String text, AnalysedText.Tokens tokens, List<Mention> mentions) {
        AnalysedText analysed = new AnalysedText(text, tokens, mentions);
        StatementRules rules = new StatementRules(analysed, mentions);
        List<Claim> claims = rules.claims();
        return new Anaphora(analysed, rules::isHeadline).resolve(claims);
    }
}
