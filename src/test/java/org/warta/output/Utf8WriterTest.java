package org.warta.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The writer must write the bytes an OutputStreamWriter for UTF-8 writes, whatever the calls and the buffer. */
class Utf8WriterTest {

    /** One call on a writer: a kind of call and its text, or for a number, its number. */
    record Call(int kind, String text, long number) {

        void on(Writer writer) throws IOException {
            switch (kind) {
                case 0 -> writer.write(text);
                case 1 -> writer.write(("<" + text + ">").toCharArray(), 1, text.length());
                case 2 -> writer.append(new StringBuilder("[" + text + "]"), 1, text.length() + 1);
                case 3 -> text.chars().forEach(c -> write(writer, c));
                case 6 -> writer.append("«" + text + "»", 1, text.length() + 1);
                case 7 -> writer.write("ab" + text + "c", 2, text.length());
                case 8 -> {
                    writer.flush();
                    writer.write(text);
                }
                case 4 -> {
                    if (writer instanceof Utf8Writer utf8) {
                        utf8.writeDecimal(number);
                    } else {
                        writer.write(Long.toString(number));
                    }
                }
                default -> {
                    if (writer instanceof Utf8Writer utf8) {
                        byte[] encoded = ("ab" + text).getBytes(StandardCharsets.UTF_8);
                        utf8.writeUtf8(encoded, 2, encoded.length - 2);
                    } else {
                        writer.write(text);
                    }
                }
            }
        }

        private static void write(Writer writer, int c) {
            try {
                writer.write(c);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Provide
    static Arbitrary<List<Call>> calls() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Lavrov", "“kata”", "é", "\uD83D\uDE00", "\uD83D", "\uDE00", "\r\n", "", "Rp1.000,5"),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(200));
        Arbitrary<String> texts = pieces.list().ofMaxSize(6).map(list -> String.join("", list));
        // bytes already encoded come from whole strings: UTF-8 cannot hold half of a pair
        Arbitrary<Long> numbers = Arbitraries.oneOf(Arbitraries.longs().between(-5, 100_000),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 9L, 10L, 999_999_999_999L));
        Arbitrary<Call> call = Arbitraries.integers().between(0, 8).flatMap(kind -> texts
                .filter(text -> kind != 5 || text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                .flatMap(text -> numbers.map(number -> new Call(kind, text, number))));
        return call.list().ofMaxSize(30);
    }

    @Property(tries = 3000)
    void writesWhatAnOutputStreamWriterWrites(@ForAll("calls") List<Call> calls, @ForAll @IntRange(min = 32, max = 100) int bufferSize)
            throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Utf8Writer inMemory = Utf8Writer.inMemory(bufferSize);
        try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                Utf8Writer writer = new Utf8Writer(actual, bufferSize)) {
            for (Call call : calls) {
                call.on(reference);
                call.on(writer);
                call.on(inMemory);
            }
            reference.flush();
            writer.flush();
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "after flush");
            assertEquals(actual.size(), writer.written());
            // in memory, what a flush would write: a high surrogate at the end still waits
            assertArrayEquals(expected.toByteArray(), inMemory.bytes(), "in memory");
            assertEquals(inMemory.bytes().length, inMemory.written());
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "after close");
    }

    @Test
    void aPairSplitAcrossWritesIsOneCharacterAndALoneHalfIsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes, 32)) {
            writer.write("a\uD83D");
            writer.write("\uDE00b\uDE00");
            writer.write("\uD83D");
            writer.writeUtf8(new byte[] {'c'}, 0, 1);
            writer.write("\uD83D");
        }
        assertEquals("a\uD83D\uDE00b?" + "?c?", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingStreamFailsTheWriteAndTheCloseAndWritingAfterCloseFails() throws IOException {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() throws IOException {
                throw new IOException("close failed");
            }
        };
        Utf8Writer writer = new Utf8Writer(broken, 32);
        writer.write("Kata");
        assertEquals("No space left on device", assertThrows(IOException.class, writer::flush).getMessage());
        IOException closing = assertThrows(IOException.class, writer::close);
        assertEquals("No space left on device", closing.getMessage());
        assertEquals("close failed", closing.getSuppressed()[0].getMessage());
        writer.close(); // again: nothing
        assertEquals("Stream closed", assertThrows(IOException.class, () -> writer.write("x")).getMessage());
    }

    @Test
    void rangesOutsideTheTextAreRefusedBeforeAnythingIsWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes, 32)) {
            assertThrows(IndexOutOfBoundsException.class, () -> writer.write(new char[] {'a', 'b', 'c'}, 2, 5));
            assertThrows(IndexOutOfBoundsException.class, () -> writer.write(new char[] {'a'}, 0, -1));
            assertThrows(IndexOutOfBoundsException.class, () -> writer.write("abc", 1, 3));
            assertThrows(IndexOutOfBoundsException.class, () -> writer.writeUtf8(new byte[2], 1, 2));
            writer.append(null, 0, 2);
        }
        assertEquals("nu", bytes.toString(StandardCharsets.UTF_8), "null is appended as Writer appends it");
    }

    @Test
    void encodedBytesLongerThanTheBufferGoStraightThrough() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String text = "é".repeat(50); // 100 bytes
        try (Utf8Writer writer = new Utf8Writer(bytes, 32)) {
            writer.write("x");
            writer.writeUtf8(text.getBytes(StandardCharsets.UTF_8), 0, 100);
            writer.write("y");
        }
        assertEquals("x" + text + "y", bytes.toString(StandardCharsets.UTF_8));
    }
}
