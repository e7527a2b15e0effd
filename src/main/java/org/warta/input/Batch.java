package org.warta.input;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads inputs one after another and hands each document on; an input that cannot be read is
 * reported to the failure listener in its place and the run goes on.
 */
public final class Batch {

    /** Told of each input that could not become a document. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(String name, String reason);
    }

    private Batch() {
    }

    /** Runs {@code sources} through {@code handler}; returns how many inputs failed. */
    public static int run(List<InputSource> sources, Consumer<Document> handler, FailureListener failures) {
        int failed = 0;
        for (InputSource source : sources) {
            Document document;
            try {
                document = source.read();
            } catch (UnreadableInputException e) {
                failures.failed(source.name(), e.getMessage());
                failed++;
                continue;
            }
            handler.accept(document);
        }
        return failed;
    }
}
