package org.warta.quotes;

import java.util.List;

/**
 * The statements of a text in the order their words start, and how many sentences the text has
 * (so that a document read in sections numbers its sentences on from one section to the next).
 */
public record FoundStatements(List<Statement> statements, int sentences) {

    public FoundStatements {
        statements = List.copyOf(statements);
    }
}
