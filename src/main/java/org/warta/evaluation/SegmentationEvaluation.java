package org.warta.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.text.Sentence;
import org.warta.text.Segmenter;
import org.warta.text.Token;

/**
 * Scores tokens and sentences against gold CoNLL-U as the CoNLL 2018 shared task does: both are
 * character spans of one document, and a unit is correct when the system has the same span.
 * The document joins every {@value #SENTENCES_PER_PARAGRAPH} consecutive {@code # text} lines
 * with single spaces into a paragraph and separates paragraphs by a blank line, so that the
 * sentence splitter has to find boundaries inside running text as well as at paragraph ends.
 */
public final class SegmentationEvaluation {

    public static final int SENTENCES_PER_PARAGRAPH = 10;

    /** Token and sentence scores of one evaluation. */
    public record Result(Score tokens, Score sentences) {
    }

    /** The document built from gold sentences, with the gold spans in it (UTF-16 indices). */
    public record GoldDocument(String text, Set<Long> tokens, Set<Long> sentences) {
    }

    private SegmentationEvaluation() {
    }

    public static GoldDocument build(List<ConlluSentence> gold) {
        StringBuilder text = new StringBuilder();
        Set<Long> tokens = new HashSet<>();
        Set<Long> sentences = new HashSet<>();
        for (int i = 0; i < gold.size(); i++) {
            if (i > 0) {
                text.append(i % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            }
            ConlluSentence sentence = gold.get(i);
            int base = text.length();
            text.append(sentence.text());
            sentences.add(span(base, text.length()));
            for (ConlluSentence.TokenSpan token : sentence.surfaceSpans()) {
                tokens.add(span(base + token.start(), base + token.end()));
            }
        }
        return new GoldDocument(text.toString(), tokens, sentences);
    }

    public static Result evaluate(GoldDocument gold, Segmenter segmenter) {
        List<Sentence> found = segmenter.segment(gold.text());
        long tokenCount = 0;
        long tokensCorrect = 0;
        long sentencesCorrect = 0;
        for (Sentence sentence : found) {
            if (gold.sentences().contains(span(sentence.start(), sentence.end()))) {
                sentencesCorrect++;
            }
            for (Token token : sentence.tokens()) {
                tokenCount++;
                if (gold.tokens().contains(span(token.start(), token.end()))) {
                    tokensCorrect++;
                }
            }
        }
        return new Result(new Score(gold.tokens().size(), tokenCount, tokensCorrect),
                new Score(gold.sentences().size(), found.size(), sentencesCorrect));
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }
}
