package org.warta.quotes;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.EntityFinder;
import org.warta.text.Sentence;

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
        List<Sentence> sentences = new ArrayList<>();
        FoundMentions found = entities.find(text, sentences::add);
        return new FoundStatements(statements(text, sentences, found.mentions()), sentences.size());
    }

    /** The statements of {@code text}, given its sentences and its resolved mentions (in order). */
    static List<Statement> statements(String text, List<Sentence> sentences, List<Mention> mentions) {
        AnalysedText analysed = new AnalysedText(text, sentences, mentions);
        StatementRules rules = new StatementRules(analysed, mentions);
        List<Claim> claims = rules.claims();
        return new Anaphora(analysed, rules::isHeadline).resolve(claims);
    }
}
