package org.warta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The baseline that {@code warta tokenize} is timed against as a whole process: a plain Java
 * program that splits a file into sentences and words with the JDK's BreakIterator and prints
 * the same columns (document,sentence,index,token,start,end; code-point offsets) with the same
 * CSV library. Run: {@code java -cp target/warta.jar:target/test-classes
 * org.warta.bench.BreakIteratorTokenize FILE > /dev/null}.
 */
public final class BreakIteratorTokenize {

    private BreakIteratorTokenize() {
    }

    public static void main(String[] args) throws IOException {
        Locale indonesian = Locale.forLanguageTag("id");
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder()
                .setHeader("document", "sentence", "index", "token", "start", "end").get().print(out)) {
            for (String name : args) {
                String text = Files.readString(Path.of(name), StandardCharsets.UTF_8);
                BreakIterator sentences = BreakIterator.getSentenceInstance(indonesian);
                BreakIterator words = BreakIterator.getWordInstance(indonesian);
                sentences.setText(text);
                words.setText(text);
                int sentenceEnd = sentences.next();
                int sentence = 1;
                int index = 0;
                int charsCounted = 0;
                long codePoints = 0;
                for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
                    if (Character.isWhitespace(text.charAt(from))) {
                        continue;
                    }
                    while (sentenceEnd != BreakIterator.DONE && from >= sentenceEnd) {
                        sentenceEnd = sentences.next();
                        sentence++;
                        index = 0;
                    }
                    long start = codePoints + text.codePointCount(charsCounted, from);
                    long end = start + text.codePointCount(from, to);
                    codePoints = end;
                    charsCounted = to;
                    printer.printRecord(name, sentence, ++index, text.substring(from, to), start, end);
                }
            }
        }
    }
}
