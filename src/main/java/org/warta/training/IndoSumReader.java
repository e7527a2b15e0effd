package org.warta.training;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the IndoSum articles ({@code *.jsonl}, one article a line, each paragraph a list of
 * sentences, each sentence a list of tokens) as paragraphs of detokenized sentences. The five
 * folds overlap, so an article is read once, by its id.
 */
public final class IndoSumReader {

    /** One paragraph: its sentences, each already detokenized. */
    public record Paragraph(List<String> sentences) {
    }

    private IndoSumReader() {
    }

    /** Every paragraph of every distinct article, its sentences detokenized. */
    public static List<Paragraph> read(Path directory) throws IOException {
        List<Paragraph> paragraphs = new ArrayList<>();
        forEachParagraph(directory, sentences -> paragraphs.add(
                new Paragraph(sentences.stream().map(Detokenizer::join).toList())));
        return paragraphs;
    }

    /** Hands on every paragraph of every distinct article as its sentences' tokens. */
    public static void forEachParagraph(Path directory, Consumer<List<List<String>>> handler) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        Set<Object> seen = new HashSet<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    Map<String, Object> article = JSON.std.mapFrom(line);
                    if (!seen.add(article.get("id"))) {
                        continue;
                    }
                    for (Object paragraph : (List<?>) article.get("paragraphs")) {
                        List<List<String>> sentences = new ArrayList<>();
                        for (Object sentence : (List<?>) paragraph) {
                            sentences.add(((List<?>) sentence).stream().map(Object::toString).toList());
                        }
                        handler.accept(sentences);
                    }
                }
            }
        }
    }
}
