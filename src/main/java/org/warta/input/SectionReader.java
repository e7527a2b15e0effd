package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.warta.text.TextSegmenter;

/**
 * Reads an input as a sequence of {@link Section}s of about {@code limit} characters, in bounded
 * memory whatever the input's size. A document within the limit is one section.
 *
 * <p>A longer one is cut, first, where it would be cut into sections of a million characters
 * ({@link #DEFAULT_LIMIT}) whatever the limit: at the last paragraph end (a blank line) before
 * that many, where a sentence always ends, so the cut changes no sentence; a text with no blank
 * line that far is cut at a line break, else after a space, else (one huge "word") at the million
 * itself. Those cuts may end a sentence that runs on, so every report makes the same ones and
 * sees the same sentences. A smaller limit then cuts those sections only at paragraph ends: at the
 * last one within the limit, else the first one after it.
 *
 * <p>An input is either read whole or refused. A file of up to {@code wholeLimit} characters is
 * decoded once, kept, and cut from memory; before the first section of a longer one the rest of
 * it is decoded once to check it, then read again, so that it never has to be held whole. A file
 * that changes between the two readings is refused: its size or time of writing changed by the
 * second, or a block of the second differs from the first (then the sections before that block
 * have been handed on). Anything else (standard input, a pipe, a FIFO) cannot be read twice and
 * is read once, so there a bad byte far into a long input ends it with an error after the
 * sections before it. A document that fails after some of its sections ends with an empty last
 * section, so that reports end it as they end any other.
 */
public final class SectionReader {

    /** The default limit, where every report first cuts a long input: a million characters, about 2 MB in memory. */
    public static final int DEFAULT_LIMIT = 1 << 20;

    /**
     * A limit for reports that find names: a quarter of a million characters, some fifty news
     * articles, is context enough to resolve a short name to the full name written before it,
     * and a section's tokens and tagged sentences are what a thread holds while it analyses it
     * (about 5 MB here, against 15 MB for a million characters). A smaller live set is also a
     * faster one: over one 94 MB file, count took a fifth less time with these sections.
     */
    public static final int CONTEXT_LIMIT = 1 << 18;

    /**
     * A limit for reports that look no further than a sentence: sections this small leave little
     * to copy when garbage is collected, and let several threads share one long document.
     */
    public static final int SENTENCE_LIMIT = 1 << 16;

    /**
     * How long a file may be and still be read in one pass: two million characters, 4 MB in
     * memory. A longer file is decoded twice, which costs far less than analysing it; a larger
     * buffer would only raise the heap every run needs.
     */
    public static final int DEFAULT_WHOLE_LIMIT = 1 << 21;

    /** Receives the sections of one input, in order. */
    @FunctionalInterface
    public interface SectionSink {
        void accept(Section section);
    }

    private final int limit;
    private final int cutLimit;
    private final int wholeLimit;
    private final boolean lenient;

    /**
     * A reader of sections of about {@code limit} characters, cut first where sections of
     * {@code cutLimit} would be, that reads a file of up to {@code wholeLimit} characters in one
     * pass; {@code lenient}: see {@link TextDecoder}.
     */
    SectionReader(int limit, int cutLimit, int wholeLimit, boolean lenient) {
        if (limit < 2) {
            throw new IllegalArgumentException("section limit " + limit);
        }
        this.limit = limit;
        this.cutLimit = Math.max(limit, cutLimit);
        this.wholeLimit = Math.max(this.cutLimit, wholeLimit);
        this.lenient = lenient;
    }

    /** A reader of sections of about {@code limit} characters that reads a file of up to {@code wholeLimit} in one pass. */
    SectionReader(int limit, int wholeLimit, boolean lenient) {
        this(limit, DEFAULT_LIMIT, wholeLimit, lenient);
    }

    /** A reader of sections of about {@code limit} characters; {@code lenient}: see {@link TextDecoder}. */
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
        Sections sections = new Sections(source.name(), sink);
        try {
            readSections(source, sections);
        } catch (IOException e) {
            sections.endEarly();
            throw UnreadableInputException.of(e);
        } catch (UnreadableInputException e) {
            sections.endEarly();
            throw e;
        }
    }

    private void readSections(InputSource source, Sections sections) throws IOException, UnreadableInputException {
        if (!source.reopenable()) {
            try (InputStream in = source.open()) {
                TextDecoder decoder = new TextDecoder(in, lenient);
                StringBuilder text = new StringBuilder();
                emit(decoder, text, fillBeyond(decoder, text, cutLimit), sections);
            }
            return;
        }
        InputSource.Version before = source.version();
        long size = before == null ? -1 : before.size();
        BlockFingerprints fingerprints = new BlockFingerprints();
        try (InputStream in = source.open()) {
            TextDecoder decoder = new TextDecoder(fingerprints.recording(in), lenient, size);
            StringBuilder text = textFor(size, wholeLimit);
            if (!fillBeyond(decoder, text, wholeLimit)) {
                emit(decoder, text, false, sections);
                return;
            }
            decoder.checkRest();
        }
        if (!Objects.equals(before, source.version())) {
            throw BlockFingerprints.changed();
        }
        try (InputStream in = fingerprints.verifying(source.open())) {
            TextDecoder decoder = new TextDecoder(in, lenient);
            StringBuilder text = textFor(size, cutLimit);
            emit(decoder, text, fillBeyond(decoder, text, cutLimit), sections);
        }
    }

    /**
     * A builder for the text of an input of {@code expectedBytes} bytes (negative when unknown)
     * that is read up to about {@code limit} characters at a time: as long as the text can be,
     * for UTF-8 has no more characters than bytes, so that it need not grow by copying itself
     * again and again (over a 7 MB file, the copies were a twentieth of {@code tokenize}).
     */
    private static StringBuilder textFor(long expectedBytes, int limit) {
        return new StringBuilder((int) Math.max(16, Math.min(expectedBytes + 1, (long) limit + TextDecoder.BLOCK)));
    }

    /**
     * Cuts {@code text}, and when there is {@code more} what the decoder still has, into
     * sections. Cut sections are stepped over, not deleted, until more text has to be read; the
     * text always reaches past the next cut of {@code cutLimit}, so that it is made where it
     * would be made for any limit.
     */
    private void emit(TextDecoder decoder, StringBuilder text, boolean more, Sections sections)
            throws IOException, UnreadableInputException {
        if (!more && text.length() <= limit) {
            sections.add(text.toString(), true);
            return;
        }
        int from = 0;
        while (from < text.length()) {
            // the text as far as the next cut may reach, as a string, which is scanned faster than the builder
            String ahead = text.substring(from, Math.min(text.length(), from + cutLimit + 1));
            int cut = ahead.length() > cutLimit ? cutPoint(ahead, 0, cutLimit) : ahead.length();
            for (int at = 0; at < cut; ) {
                int end = cut - at > limit ? paragraphCut(ahead, at, limit, cut) : cut;
                String piece = ahead.substring(at, end);
                from += end - at;
                at = end;
                if (more && text.length() - from <= cutLimit) {
                    text.delete(0, from);
                    from = 0;
                    more = fillBeyond(decoder, text, cutLimit);
                }
                sections.add(piece, !more && from == text.length());
            }
        }
    }

    /** Numbers the sections of one document and places them in it, as they are handed on. */
    private static final class Sections {

        private final String document;
        private final SectionSink sink;
        private Section previous;

        Sections(String document, SectionSink sink) {
            this.document = document;
            this.sink = sink;
        }

        void add(String text, boolean last) {
            previous = previous == null ? new Section(document, 1, 0, text, last)
                    : new Section(document, previous.number() + 1, previous.codePointStart()
                            + previous.text().codePointCount(0, previous.text().length()), text, last);
            sink.accept(previous);
        }

        /** Ends a document that failed after some of its sections were handed on. */
        void endEarly() {
            if (previous != null && !previous.last()) {
                add("", true);
            }
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
     * Where to end a section that starts at {@code from} before {@code bound}, a cut already
     * made: at the last paragraph end at most {@code limit} characters on; failing that, at the
     * first one after; failing that, at the bound.
     */
    static int paragraphCut(String text, int from, int limit, int bound) {
        int last = from;
        for (int end = TextSegmenter.paragraphEnd(text, from, bound); end < bound;
                end = TextSegmenter.paragraphEnd(text, end, bound)) {
            if (end - from > limit) {
                return last > from ? last : end;
            }
            last = end;
        }
        return last > from ? last : bound;
    }

    /**
     * Where to end the section of {@code text} that starts at {@code from}: the best cut at most
     * {@code limit} characters on, never at {@code from} itself.
     */
    static int cutPoint(String text, int from, int limit) {
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
