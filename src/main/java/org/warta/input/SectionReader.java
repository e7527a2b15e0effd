package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.warta.text.TextSegmenter;

/**
 * Reads an input as a sequence of {@link Section}s of at most {@code limit} characters, in
 * bounded memory whatever the input's size. A document within the limit is one section. A longer
 * one is cut at the last paragraph end (a blank line) before the limit, where a sentence always
 * ends, so the cut changes no sentence; a text with no blank line that far is cut at a line break,
 * else after a space, else (one huge "word") at the limit itself.
 *
 * <p>An input is either read whole or refused: before the first section of a document that
 * is longer than the limit is handed on, the rest of it is decoded once to check it, then read
 * again. Standard input cannot be read twice, so there a bad byte far into a long input ends it
 * with an error after the sections before it.
 */
public final class SectionReader {

    /** The default limit: a million characters, about 2 MB in memory. */
    public static final int DEFAULT_LIMIT = 1 << 20;

    /** Receives the sections of one input, in order. */
    @FunctionalInterface
    public interface SectionSink {
        void accept(Section section);
    }

    private final int limit;
    private final boolean lenient;

    /** A reader of sections of at most {@code limit} characters; {@code lenient}: see {@link TextDecoder}. */
    public SectionReader(int limit, boolean lenient) {
        if (limit < 2) {
            throw new IllegalArgumentException("section limit " + limit);
        }
        this.limit = limit;
        this.lenient = lenient;
    }

    public SectionReader(int limit) {
        this(limit, false);
    }

    public SectionReader() {
        this(DEFAULT_LIMIT);
    }

    /** Reads {@code source}, handing each section to {@code sink}. */
    public void read(InputSource source, SectionSink sink) throws UnreadableInputException {
        try {
            readSections(source, sink);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException("permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    private void readSections(InputSource source, SectionSink sink) throws IOException, UnreadableInputException {
        try (InputStream in = source.open()) {
            TextDecoder decoder = new TextDecoder(in, lenient);
            StringBuilder text = new StringBuilder();
            boolean more = fillTo(decoder, text);
            if (!more) {
                sink.accept(Section.whole(source.name(), text.toString()));
                return;
            }
            if (!source.reopenable()) {
                emit(source.name(), decoder, text, sink);
                return;
            }
            decoder.checkRest();
        }
        try (InputStream in = source.open()) {
            TextDecoder decoder = new TextDecoder(in, lenient);
            StringBuilder text = new StringBuilder();
            fillTo(decoder, text);
            emit(source.name(), decoder, text, sink);
        }
    }

    /** Cuts {@code text}, and what the decoder still has, into sections. */
    private void emit(String name, TextDecoder decoder, StringBuilder text, SectionSink sink)
            throws IOException, UnreadableInputException {
        int number = 0;
        long codePoints = 0;
        boolean more = true;
        while (more || text.length() > 0) {
            int cut = text.length() > limit ? cutPoint(text, limit) : text.length();
            String piece = text.substring(0, cut);
            text.delete(0, cut);
            if (more) {
                more = fillTo(decoder, text);
            }
            boolean last = !more && text.length() == 0;
            sink.accept(new Section(name, ++number, codePoints, piece, last));
            codePoints += piece.codePointCount(0, piece.length());
        }
    }

    /** Reads until {@code text} holds more than the limit; false when the input ended first. */
    private boolean fillTo(TextDecoder decoder, StringBuilder text) throws IOException, UnreadableInputException {
        while (text.length() <= limit) {
            if (!decoder.readInto(text)) {
                return false;
            }
        }
        return true;
    }

    /** Where to end a section of {@code text}: the best cut at or before {@code limit}, never 0. */
    static int cutPoint(CharSequence text, int limit) {
        int paragraph = 0;
        for (int end = TextSegmenter.paragraphEnd(text, 0); end <= limit && end < text.length();
                end = TextSegmenter.paragraphEnd(text, end)) {
            paragraph = end;
        }
        if (paragraph > 0) {
            return paragraph;
        }
        int space = 0;
        for (int i = limit - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (space == 0 && (c == ' ' || c == '\t')) {
                space = i + 1;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
