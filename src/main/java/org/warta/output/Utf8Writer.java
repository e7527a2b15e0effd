package org.warta.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A writer of UTF-8, buffered before a stream or kept in memory, which also takes text already
 * encoded ({@link #writeUtf8}) and numbers as their digits ({@link #writeDecimal}). A report's
 * rows are formatted in memory, in UTF-8, on the threads that found them, and the one thread that
 * writes then copies bytes: through a StringBuilder and an OutputStreamWriter, every character of
 * every row was widened to a char and encoded again on that thread, a third of its time in {@code
 * tokenize}.
 *
 * <p>Characters are encoded as the JDK's UTF-8 encoder in an OutputStreamWriter encodes them: a
 * surrogate pair as one four-byte sequence, even when its halves come in two writes, and a
 * surrogate that is not half of a pair as {@code ?}. Not thread-safe.
 */
public final class Utf8Writer extends Writer {

    /** The most bytes one character can take, a surrogate pair's two taking four. */
    private static final int MAX_BYTES_PER_CHAR = 3;
    /** Room for the longest number's digits (19) or surrogate pair with what came before it. */
    private static final int MIN_BUFFER = 32;
    private static final byte REPLACEMENT = '?';

    /** Where a full buffer goes; null in memory, where the buffer grows instead. */
    private final OutputStream out;
    private byte[] buffer;
    private int count;
    /** Bytes already written out of the buffer to the stream. */
    private long flushed;
    /** A high surrogate that ended the last write, waiting for the low half that may begin the next; 0 when none. */
    private char pendingHigh;
    /** The characters of a string being encoded, copied out of it a buffer's worth at a time. */
    private char[] chars = new char[0];
    private final char[] single = new char[1];
    private boolean closed;

    /** A writer to {@code out} through a buffer of {@code bufferSize} bytes. */
    public Utf8Writer(OutputStream out, int bufferSize) {
        if (bufferSize < MIN_BUFFER) {
            throw new IllegalArgumentException("buffer of " + bufferSize + " bytes");
        }
        this.out = out;
        this.buffer = new byte[bufferSize];
    }

    /** A writer that keeps what it is given in memory ({@link #bytes}), starting with room for {@code expectedBytes}. */
    public static Utf8Writer inMemory(int expectedBytes) {
        return new Utf8Writer(null, Math.max(MIN_BUFFER, expectedBytes));
    }

    /** How many bytes were written, those still buffered included. */
    public long written() {
        return flushed + count;
    }

    /** What an {@link #inMemory} writer holds (a high surrogate still waiting for its low half aside). */
    public byte[] bytes() {
        if (out != null) {
            throw new IllegalStateException("not in memory");
        }
        return Arrays.copyOf(buffer, count);
    }

    /** Writes bytes that are already UTF-8, after whatever characters were written before them. */
    public void writeUtf8(byte[] utf8, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        ensureOpen();
        if (length == 0) {
            return; // a high surrogate before nothing may still meet its low half
        }
        replacePendingHigh();
        if (out != null && length > buffer.length) {
            flushBuffer();
            out.write(utf8, offset, length);
            flushed += length;
            return;
        }
        ensureRoom(length);
        System.arraycopy(utf8, offset, buffer, count, length);
        count += length;
    }

    /** Writes the decimal digits of {@code value}, as {@link Long#toString(long)} has them, without making that string. */
    public void writeDecimal(long value) throws IOException {
        ensureOpen();
        if (value < 0) {
            write(Long.toString(value));
            return;
        }
        replacePendingHigh();
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensureRoom(digits);
        count += digits;
        long rest = value;
        for (int at = count - 1; at >= count - digits; at--) {
            buffer[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    @Override
    public void write(int c) throws IOException {
        single[0] = (char) c;
        write(single, 0, 1);
    }

    /** Writes part of a string; one in ASCII straight into the buffer, the most common and the cheapest case. */
    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        ensureOpen();
        int end = offset + length;
        int from = offset;
        if (pendingHigh == 0 && length <= buffer.length - count) {
            int at = count;
            while (from < end) {
                char c = text.charAt(from);
                if (c >= 0x80) {
                    break;
                }
                buffer[at++] = (byte) c;
                from++;
            }
            count = at;
        }
        if (from == end) {
            return;
        }
        int chunk = Math.min(end - from, buffer.length / MAX_BYTES_PER_CHAR);
        if (chars.length < chunk) {
            chars = new char[chunk];
        }
        for (; from < end; from += chunk) {
            int to = Math.min(end, from + chunk);
            text.getChars(from, to, chars, 0);
            write(chars, 0, to - from);
        }
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        CharSequence chars = text == null ? "null" : text; // as Writer appends null
        Objects.checkFromToIndex(start, end, chars.length());
        if (chars instanceof String string) {
            write(string, start, end - start);
        } else {
            write(chars.subSequence(start, end).toString());
        }
        return this;
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length);
        ensureOpen();
        int i = offset;
        int end = offset + length;
        if (pendingHigh != 0 && i < end) {
            ensureRoom(4);
            if (Character.isLowSurrogate(text[i])) {
                putCodePoint(Character.toCodePoint(pendingHigh, text[i++]));
            } else {
                buffer[count++] = REPLACEMENT;
            }
            pendingHigh = 0;
        }
        while (i < end) {
            // room for the rest of the characters, or as many as fit in an empty buffer, and a
            // byte more for a pair whose low half lies beyond them
            int fits = Math.min(end - i, (buffer.length - 1) / MAX_BYTES_PER_CHAR);
            ensureRoom(fits * MAX_BYTES_PER_CHAR + 1);
            int stop = i + fits;
            while (i < stop) {
                char c = text[i++];
                if (c < 0x80) {
                    buffer[count++] = (byte) c;
                } else if (c < 0x800) {
                    buffer[count++] = (byte) (0xC0 | c >> 6);
                    buffer[count++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    buffer[count++] = (byte) (0xE0 | c >> 12);
                    buffer[count++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buffer[count++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isLowSurrogate(c)) {
                    buffer[count++] = REPLACEMENT;
                } else if (i == end) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(text[i])) {
                    // four bytes, the one left over when the low half was not counted in fits
                    putCodePoint(Character.toCodePoint(c, text[i++]));
                } else {
                    buffer[count++] = REPLACEMENT;
                }
            }
        }
    }

    private void putCodePoint(int codePoint) {
        buffer[count++] = (byte) (0xF0 | codePoint >> 18);
        buffer[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        buffer[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        buffer[count++] = (byte) (0x80 | codePoint & 0x3F);
    }

    /** A high surrogate followed by anything but its low half is not a character. */
    private void replacePendingHigh() throws IOException {
        if (pendingHigh != 0) {
            ensureRoom(1);
            buffer[count++] = REPLACEMENT;
            pendingHigh = 0;
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Makes room for {@code bytes} more, at most a buffer's worth before a stream: flushes the buffer, or in memory grows it. */
    private void ensureRoom(int bytes) throws IOException {
        if (buffer.length - count >= bytes) {
            return;
        }
        if (out == null) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, count + bytes));
        } else {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        if (out != null && count > 0) {
            out.write(buffer, 0, count);
            flushed += count;
            count = 0;
        }
    }

    /** Writes out what is buffered; a high surrogate that ended the last write still waits for its low half. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        flushBuffer();
        if (out != null) {
            out.flush();
        }
    }

    /**
     * Writes out what is buffered, a high surrogate still waiting as {@code ?}, and closes the
     * stream, even when that writing fails (its failure then comes first, the closing's added to
     * it). Closing again does nothing; writing after it fails.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        try {
            replacePendingHigh();
            flushBuffer();
        } catch (IOException e) {
            failure = e;
        }
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
