package org.warta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static String lenient(byte[] bytes) throws IOException, UnreadableInputException {
        return lenient(bytes, -1);
    }

    private static String lenient(byte[] bytes, long expectedBytes) throws IOException, UnreadableInputException {
        TextDecoder decoder = new TextDecoder(new ByteArrayInputStream(bytes), true, expectedBytes);
        StringBuilder text = new StringBuilder();
        while (decoder.readInto(text)) {
            // reads on to the end
        }
        return text.toString();
    }

    /**
     * One U+FFFD for each maximal subpart: the examples of the Unicode Standard, chapter 3
     * (tables 3-8 to 3-11: truncated sequences, overlongs, surrogates, bytes that start nothing),
     * which Python's errors='replace' decodes the same way. {@code R} stands for U+FFFD.
     */
    @ParameterizedTest
    @CsvSource({
        "61 F1 80 80 E1 80 C2 62 80 63 80 BF 64, aRRRbRcRRd",
        "C0 AF E0 80 BF F0 81 82 41, RRRRRRRRA",
        "ED A0 80 ED BF BF ED AF 41, RRRRRRRRA",
        "F4 91 92 93 FF 41 80 BF 42, RRRRRARRB",
        "E1 80 E2 F0 91 92 F1 BF 41, RRRRA",
        "F8 88 80 80 80 FC 84 80 80 80 80 41, RRRRRRRRRRRA",
        "E2 82, R",
        "F0 9F 98, R",
        "41 F0 9F 98 80 E2 82 AC ED 9F BF, A\uD83D\uDE00\u20AC\uD7FF"})
    void replacesEachMaximalSubpartOfAnIllFormedSequenceByOneReplacementCharacter(String hex, String expected)
            throws Exception {
        byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(hex);
        assertEquals(expected.replace('R', '\uFFFD'), lenient(bytes));
    }

    @ParameterizedTest
    @CsvSource({"1", "65535", "65536", "65537"})
    void anEncodedSurrogateIsThreeReplacementsWhereverTheBlocksAreCut(int before) throws Exception {
        byte[] bytes = new byte[before + 4];
        Arrays.fill(bytes, (byte) 'a');
        bytes[before] = (byte) 0xED;
        bytes[before + 1] = (byte) 0xA0;
        bytes[before + 2] = (byte) 0x80;
        String text = lenient(bytes);
        assertEquals(before + 4, text.length());
        assertEquals("a\uFFFD\uFFFD\uFFFDa", text.substring(before - 1));
    }

    /**
     * The expected size only sizes the blocks: a file that is longer than its size said (it grew
     * after it was listed), or shorter, decodes to the same text, with its byte order mark, its
     * characters of two to four bytes and its bad sequences cut across blocks anywhere.
     */
    @ParameterizedTest
    @CsvSource({"0", "1", "510", "511", "512", "513", "2000", "1000000"})
    void theExpectedSizeChangesNothingButTheBlocks(long expectedBytes) throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (int i = 0; text.length() < 1500; i++) {
            text.append("Kata ").append(i).append(" \u00E9t\u00E9 \u20AC \uD83D\uDE00 ");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xE2; // a sequence the input ends inside of
        bytes[good.length + 1] = (byte) 0x82;
        String expected = text.substring(1) + "\uFFFD";
        assertEquals(expected, lenient(bytes));
        assertEquals(expected, lenient(bytes, expectedBytes));
    }
}
