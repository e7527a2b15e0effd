package org.warta.names.entities;

import java.io.Serializable;

/**
 * How a corpus report folds the names of its entities: by the user's aliases file, and by the
 * folds warta finds itself unless {@code auto} is off ({@code --no-auto-aliases}).
 */
public record CorpusFolding(Aliases aliases, boolean auto) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The folds found and the aliases file's, as warta does by default. */
    public static final CorpusFolding FOUND = new CorpusFolding(Aliases.NONE, true);

    public EntityFolds of(CorpusNames names) {
        return EntityFolds.of(names, aliases, auto);
    }
}
