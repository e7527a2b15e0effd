package org.warta.evaluation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;

/**
 * Scores names as conlleval does: a name is correct when the system finds the same tokens with
 * the same type. Gives a score for each type and one over all of them.
 */
public final class NerEvaluation {

    /** Per-type scores, and the overall one. */
    public record Result(Map<EntityType, Score> byType, Score overall) {
    }

    private NerEvaluation() {
    }

    /** Scores {@code tagger}, which gives the names of a sentence's tokens, on gold sentences. */
    public static Result evaluate(List<TaggedSentence> gold, Function<List<String>, List<NameSpan>> tagger) {
        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            counts.put(type, new long[3]);
        }
        for (TaggedSentence sentence : gold) {
            Set<NameSpan> expected = new HashSet<>(sentence.names());
            for (NameSpan name : expected) {
                counts.get(name.type())[0]++;
            }
            for (NameSpan name : tagger.apply(sentence.tokens())) {
                counts.get(name.type())[1]++;
                if (expected.contains(name)) {
                    counts.get(name.type())[2]++;
                }
            }
        }
        Map<EntityType, Score> byType = new EnumMap<>(EntityType.class);
        long[] all = new long[3];
        counts.forEach((type, c) -> {
            byType.put(type, new Score(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        return new Result(byType, new Score(all[0], all[1], all[2]));
    }
}
