package org.warta.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text by warta's rules: UTF-8 with or without a byte order mark,
 * or UTF-16 when a byte order mark says so. Anything else is refused with a reason a user can
 * act on: a NUL byte means binary data, an invalid UTF-8 sequence is named by its byte offset.
 * Line ends are left as they are, so offsets count every character of the file.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableInputException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrictly(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrictly(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableInputException("binary data, not text (NUL byte at byte offset " + i + ")");
            }
        }
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return decodeStrictly(bytes, bom, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String decodeStrictly(byte[] bytes, int from, Charset charset, String label)
            throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableInputException("not valid " + label + " text (bad byte sequence at byte offset "
                    + in.position() + ")");
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
