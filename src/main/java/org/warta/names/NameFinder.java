package org.warta.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name finder: OpenNLP's NameFinderME with warta's model. The model is shared;
 * NameFinderME is not thread-safe, so each thread gets its own. Call {@link #startDocument()}
 * between documents: the finder remembers earlier decisions within one.
 */
public final class NameFinder {

    public static final String BUNDLED_MODEL = "id-names.bin";

    private final ThreadLocal<NameFinderME> finders;

    public NameFinder(TokenNameFinderModel model) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The finder with the model bundled in the jar. */
    public static NameFinder bundled() {
        try (InputStream in = NameFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled name model is missing; run 'warta train names'");
            }
            return new NameFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled name model", e);
        }
    }

    /** The finder with the model in {@code file}. */
    public static NameFinder load(Path file) throws IOException {
        return new NameFinder(new TokenNameFinderModel(file));
    }

    /** The names in one sentence's tokens. */
    public List<NameSpan> find(List<String> tokens) {
        Span[] spans = finders.get().find(tokens.toArray(String[]::new));
        List<NameSpan> names = new ArrayList<>(spans.length);
        for (Span span : spans) {
            names.add(new NameSpan(span.getStart(), span.getEnd(), EntityType.valueOf(span.getType())));
        }
        return names;
    }

    /** Forgets what the finder learned from the document before. */
    public void startDocument() {
        finders.get().clearAdaptiveData();
    }
}
