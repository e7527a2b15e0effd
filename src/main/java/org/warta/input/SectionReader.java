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
 * <p>An input is either read whole or refused. A file of up to {@code wholeLimit} characters is
 * decoded once, kept, and cut from memory; before the first section of a longer one the rest of
 * it is decoded once to check it, then read again, so that it never has to be held whole.
 * Standard input cannot be read twice, so there a bad byte far into a long input ends it with an
 * error after the sections before it.
 */
public final class SectionReader {

    /** The default limit: a million characters, about 2 MB in memory, context enough for names. */
    public static final int DEFAULT_LIMIT = 1 << 20;

    /**
     * A limit for reports that look no further than a sentence: sections this small leave little
     * to copy when garbage is collected, and let several threads share one long document.
     */
    public static final int SENTENCE_LIMIT = 1 << 16;

    /** How long a file may be and still be read in one pass: 16 million characters, 32 MB in memory. */
    public static final int DEFAULT_WHOLE_LIMIT = 1 << 24;

    /** Receives the sections of one input, in order. */
    @FunctionalInterface
    public interface SectionSink {
        void accept(Section section);
    }

    private final int limit;
    private final int wholeLimit;
    private final boolean lenient;

    /**
     * A reader of sections of at most {@code limit} characters that reads a file of up to
     * {@code wholeLimit} characters in one pass; {@code lenient}: see {@link TextDecoder}.
     */
    SectionReader(int limit, int wholeLimit, boolean lenient) {
        if (limit < 2) {
            throw new IllegalArgumentException("section limit " + limit);
        }
        this.limit = limit;
        this.wholeLimit = Math.max(limit, wholeLimit);
        this.lenient = lenient;
    }

    /** A reader of sections of at most {@code limit} characters; {@code lenient}: see {@link TextDecoder}. */
    public SectionReader(int limit, boolean lenient) {
        this(limit, DEFAULT_WHOLE_LIMIT, lenient);
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
            if (!fillBeyond(decoder, text, source.reopenable() ? wholeLimit : limit)) {
                emit(source.name(), decoder, text, false, sink);
                return;
            }
            if (!source.reopenable()) {
                emit(source.name(), decoder, text, true, sink);
                return;
            }
            decoder.checkRest();
        }
        try (InputStream in = source.open()) {
            TextDecoder decoder = new TextDecoder(in, lenient);
            StringBuilder text = new StringBuilder();
            emit(source.name(), decoder, text, fillBeyond(decoder, text, limit), sink);
        }
    }

    /**
     * Cuts {@code text}, and when there is {@code more} what the decoder still has, into
     * sections. Cut sections are stepped over, not deleted, until more text has to be read.
     */
    private void emit(String name, TextDecoder decoder, StringBuilder text, boolean more, SectionSink sink)
            throws IOException, UnreadableInputException {
        if (!more && text.length() <= limit) {
            sink.accept(Section.whole(name, text.toString()));
            return;
        }
        int number = 0;
        long codePoints = 0;
        int from = 0;
        while (from < text.length()) {
            int cut = text.length() - from > limit ? cutPoint(text, from, limit) : text.length();
            String piece = text.substring(from, cut);
            from = cut;
            if (more && text.length() - from <= limit) {
                text.delete(0, from);
                from = 0;
                more = fillBeyond(decoder, text, limit);
            }
            sink.accept(new Section(name, ++number, codePoints, piece, !more && from == text.length()));
            codePoints += piece.codePointCount(0, piece.length());
        }
    }

    /** Reads until {@code text} holds more than {@code length} characters; false when the input ended first. */
    private static boolean fillBeyond(TextDecoder decoder, StringBuilder text, int length)
            throws IOException, UnreadableInputException {
        while (text.length() <= length) {
            if (!decoder.readInto(text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where to end the section of {@code text} that starts at {@code from}: the best cut at most
     * {@code limit} characters on, never at {@code from} itself.
     */
    static int cutPoint(CharSequence text, int from, int limit) {
        int bound = from + limit;
        int paragraph = from;
        // looking one character past the bound tells a paragraph end at the bound from the text's end
        for (int end = TextSegmenter.paragraphEnd(text, from, bound + 1); end <= bound;
                end = TextSegmenter.paragraphEnd(text, end, bound + 1)) {
            paragraph = end;
        }
        if (paragraph > from) {
            return paragraph;
        }
        int space = from;
        for (int i = bound - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (space == from && (c == ' ' || c == '\t')) {
                space = i + 1;
            }
        }
        if (space > from) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(bound - 1)) ? bound - 1 : bound;
    }
}
