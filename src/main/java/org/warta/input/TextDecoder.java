package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text by warta's rules, a block at a time so that an input of any
 * size can be read in bounded memory: UTF-8 with or without a byte order mark, or UTF-16 when a
 * byte order mark says so. Anything else is refused with a reason a user can act on: a NUL byte
 * means binary data, an invalid UTF-8 sequence is named by its byte offset. Line ends are left
 * as they are, so offsets count every character of the input. Not thread-safe.
 */
public final class TextDecoder {

    /** The most bytes read, and characters decoded, at a time. */
    static final int BLOCK = 1 << 16;
    /** The smallest block: room for a byte order mark and any UTF-8 sequence left over from a fill. */
    private static final int SMALLEST_BLOCK = 1 << 9;
    private static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final boolean lenient;
    private final ByteBuffer bytes;
    /** As long as {@link #bytes}: no byte decodes to more than one character, nor does a replaced sequence. */
    private final CharBuffer chars;
    private CharsetDecoder decoder;
    private String label;
    private boolean utf8;
    private boolean binaryCheck;
    /** Byte offset in the input of {@code bytes}' first byte. */
    private long offset;
    private boolean endOfInput;
    private boolean done;

    /**
     * A decoder of {@code in}; when {@code lenient}, an invalid byte sequence becomes U+FFFD
     * (the replacement character) instead of an error, one for each maximal subpart as Unicode
     * recommends and Python's {@code errors='replace'} does, and offsets count each as one character.
     */
    public TextDecoder(InputStream in, boolean lenient) {
        this(in, lenient, -1);
    }

    /**
     * A decoder of an input expected to hold {@code expectedBytes} bytes (negative when unknown),
     * whose blocks need be no larger: a folder of short articles is read a file at a time, and
     * blocks of the full size for each would be most of what reading allocates.
     */
    public TextDecoder(InputStream in, boolean lenient, long expectedBytes) {
        this.in = in;
        this.lenient = lenient;
        int block = expectedBytes < 0 ? BLOCK : (int) Math.max(SMALLEST_BLOCK, Math.min(BLOCK, expectedBytes + 1));
        bytes = ByteBuffer.allocate(block);
        chars = CharBuffer.allocate(block);
        bytes.flip();
    }

    /**
     * Appends the next piece of text to {@code text}; false when the input is done and nothing
     * was appended.
     */
    public boolean readInto(StringBuilder text) throws IOException, UnreadableInputException {
        if (!decodeNext()) {
            return false;
        }
        text.append(chars.array(), 0, chars.position()); // in bulk: as a CharSequence it would go a char at a time
        chars.clear();
        return true;
    }

    /** Decodes the rest of the input only to check it, keeping none of its text. */
    public void checkRest() throws IOException, UnreadableInputException {
        while (decodeNext()) {
            chars.clear();
        }
    }

    /** Decodes the next block into {@code chars}; false when the input was already done. */
    private boolean decodeNext() throws IOException, UnreadableInputException {
        if (done) {
            return false;
        }
        if (decoder == null) {
            fill();
            start();
        } else if (!endOfInput) {
            fill();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        while (result.isError() && lenient && utf8 && chars.hasRemaining()) {
            chars.put(REPLACEMENT);
            bytes.position(bytes.position() + maximalSubpart(bytes));
            result = decoder.decode(bytes, chars, endOfInput);
        }
        if (result.isError() && lenient && utf8) {
            return true; // no room left for the replacement: the next call makes it
        }
        if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
            done = !result.isOverflow();
        }
        if (result.isError()) {
            throw new UnreadableInputException("not valid " + label + " text (bad byte sequence at byte offset "
                    + (offset + bytes.position()) + ")");
        }
        return true;
    }

    /** Chooses the decoding from the byte order mark, if any, and skips the mark. */
    private void start() throws UnreadableInputException {
        Charset charset = StandardCharsets.UTF_8;
        label = "UTF-8";
        if (bytes.limit() >= 2 && isUtf16ByteOrderMark(bytes.get(0), bytes.get(1))) {
            charset = bytes.get(0) == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            label = "UTF-16";
            bytes.position(2);
        } else {
            binaryCheck = true;
            checkForNul(0);
            if (startsWith(0xEF, 0xBB, 0xBF)) {
                bytes.position(3);
            }
        }
        utf8 = charset.equals(StandardCharsets.UTF_8);
        // UTF-8 errors are always reported to decodeNext, which replaces them as Unicode recommends
        CodingErrorAction onError = lenient && !utf8 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /**
     * How many bytes, from the position of {@code bytes}, one U+FFFD replaces: the maximal
     * subpart of an ill-formed UTF-8 sequence (Unicode Standard, chapter 3, "U+FFFD Substitution
     * of Maximal Subparts", as Python's {@code errors='replace'} does it), that is the longest
     * start of a well-formed sequence (table 3-7), or the one byte that cannot start one. Java's
     * own replacement differs: it takes an encoded surrogate (ED A0 80) as one, not three.
     */
    static int maximalSubpart(ByteBuffer bytes) {
        int at = bytes.position();
        int lead = bytes.get(at) & 0xFF;
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondLow = lead == 0xE0 ? 0xA0 : secondLow; // shorter forms are overlong
            secondHigh = lead == 0xED ? 0x9F : secondHigh; // beyond are surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondLow = lead == 0xF0 ? 0x90 : secondLow; // shorter forms are overlong
            secondHigh = lead == 0xF4 ? 0x8F : secondHigh; // beyond is past U+10FFFF
        } else {
            return 1; // 80..C1 and F5..FF start no sequence
        }
        int subpart = 1;
        while (subpart < length && at + subpart < bytes.limit()) {
            int next = bytes.get(at + subpart) & 0xFF;
            if (next < (subpart == 1 ? secondLow : 0x80) || next > (subpart == 1 ? secondHigh : 0xBF)) {
                break;
            }
            subpart++;
        }
        return subpart;
    }

    /** Whether a text's first two bytes are a UTF-16 byte order mark, big- or little-endian. */
    static boolean isUtf16ByteOrderMark(byte first, byte second) {
        int a = first & 0xFF;
        int b = second & 0xFF;
        return a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE;
    }

    /** Reads until the byte buffer is full or the input ends. */
    private void fill() throws IOException, UnreadableInputException {
        offset += bytes.position();
        bytes.compact();
        int kept = bytes.position();
        while (bytes.hasRemaining()) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
                break;
            }
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        if (binaryCheck) {
            checkForNul(kept);
        }
    }

    private void checkForNul(int from) throws UnreadableInputException {
        byte[] array = bytes.array();
        for (int i = from; i < bytes.limit(); i++) {
            if (array[i] == 0) {
                throw new UnreadableInputException("binary data, not text (NUL byte at byte offset " + (offset + i) + ")");
            }
        }
    }

    private boolean startsWith(int... prefix) {
        if (bytes.limit() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
