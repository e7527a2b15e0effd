package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.Mention;

/**
 * The organisations and places a document names, which are not people where the tagger took
 * them into a person's name: the short name in brackets after an organisation's or place's name
 * ("Universitas Hasanuddin (Unhas)", "PT Panen Kita Sejahtera (Panenku)"), and the names the
 * tagger found on their own as organisations or places and never as people ("Pelindo", "Lumen
 * Capital").
 */
final class Bodies {

    /** Each name of a body or place, with its type. */
    private final Map<String, EntityType> names;
    /** The short names in brackets: a person's mention that ends in one is the body's. */
    private final Set<String> shortNames;

    private Bodies(Map<String, EntityType> names, Set<String> shortNames) {
        this.names = names;
        this.shortNames = shortNames;
    }

    static Bodies of(List<TaggedSentence> sentences, List<Mention> mentions) {
        Map<String, EntityType> names = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON) {
                people.add(mention.text());
            } else {
                names.putIfAbsent(mention.text(), mention.type());
            }
        }
        names.keySet().removeAll(people);
        Set<String> shortNames = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON) {
                continue;
            }
            TaggedSentence sentence = sentences.get(mention.sentence() - 1);
            int open = sentence.tokenAt(mention.end());
            List<String> words = sentence.words();
            if (open + 2 < words.size() && words.get(open).equals("(") && words.get(open + 2).equals(")")
                    && Character.isUpperCase(words.get(open + 1).codePointAt(0))) {
                shortNames.add(words.get(open + 1));
                names.put(words.get(open + 1), mention.type());
            }
        }
        return new Bodies(names, shortNames);
    }

    /** Whether {@code word} is a body's short name, never a word of a person's name ("Unhas"). */
    boolean isShortName(String word) {
        return shortNames.contains(word);
    }

    /** Whether {@code word} is the name of a body or place of the document ("Unhas", "Pelindo"). */
    boolean isName(String word) {
        return names.containsKey(word);
    }

    /**
     * {@code mentions} with the people's mentions that hold a body: one that is or ends in a
     * body's short name is the body's ("Kemahasiswaan Unhas", "Agritech Panenku"); one that starts
     * with a body's or place's name after a role is cut there ("Direktur Utama | Pelindo | Hermawan
     * Situmorang", "CEO | Panenku | Kevin Wijaya Halim", "Partner | Lumen Capital | Tan Wei Ming").
     */
    List<Mention> apply(String text, List<Mention> mentions) {
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> applied = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            applied.addAll(mention.type() == EntityType.PERSON ? withoutBody(text, mention) : List.of(mention));
        }
        return applied;
    }

    /** A person's mention as the body's, or cut after the body it starts with, or as it is. */
    private List<Mention> withoutBody(String text, Mention mention) {
        String name = mention.text();
        String lastWord = name.substring(lastSpace(name, name.length()) + 1);
        if (shortNames.contains(lastWord)) {
            return List.of(mention.withType(names.get(lastWord)));
        }
        int cut = bodyPrefixEnd(name, !mention.role().isEmpty(), wordBefore(text, mention.start()));
        if (cut < 0) {
            return List.of(mention);
        }
        int rest = cut;
        while (Character.isWhitespace(name.charAt(rest))) {
            rest++;
        }
        EntityType type = names.getOrDefault(name.substring(0, cut).strip(), EntityType.ORGANIZATION);
        return List.of(Mention.of(text, mention.sentence(), mention.start(), mention.start() + cut, type, ""),
                Mention.of(text, mention.sentence(), mention.start() + rest, mention.end(), EntityType.PERSON, mention.role()));
    }

    /**
     * Where the longest body's or place's name that {@code name} starts with ends, at a space,
     * or -1: any such name after a role, only a short name in brackets otherwise; or where a
     * body's name that began with the word before ends ("Lumen" + "Capital Tan Wei Ming").
     */
    private int bodyPrefixEnd(String name, boolean afterRole, String wordBefore) {
        for (int end = lastSpace(name, name.length()); end > 0; end = lastSpace(name, end)) {
            String prefix = name.substring(0, end).strip();
            if (shortNames.contains(prefix) || (afterRole && names.containsKey(prefix))
                    || (!wordBefore.isEmpty() && names.containsKey(wordBefore + " " + prefix))) {
                return end;
            }
        }
        return -1;
    }

    /** The word right before {@code offset} on its line, or "". */
    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The last white space of {@code text} before {@code end}, or -1. */
    private static int lastSpace(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
