package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.WhiteSpace;
import org.warta.names.rules.NameRules;

/**
 * Two people joined by a hyphen in one word, as candidate pairs are written ("Iwan Kurniawan
 * Sastradipura-Neneng Hasanah", "Hendrawan-Lilis"), are two people when the document names
 * either of them elsewhere; a hyphenated given name ("Son Heung-min", "Park Jun-seo") has a part
 * in lower case, and a name the document never writes apart stays whole.
 */
final class HyphenatedPairs {

    /** Compiled once: {@code String.split} compiles an expression such as this one at every call. */
    private static final Pattern SPACE = Pattern.compile("\\s");

    private HyphenatedPairs() {
    }

    /**
     * {@code mentions} with each person's mention that joins two people by a hyphen cut in two
     * at it, the people named elsewhere being those of {@code mentions} and {@code others}.
     */
    static List<Mention> split(String text, List<Mention> mentions, List<Mention> others) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.text().indexOf('-') > 0)) {
            return mentions;
        }
        Set<String> personWords = new HashSet<>();
        for (List<Mention> list : List.of(mentions, others)) {
            for (Mention mention : list) {
                if (mention.type() == EntityType.PERSON) {
                    personWords.addAll(List.of(WhiteSpace.split(mention.text())));
                }
            }
        }
        List<Mention> split = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            int hyphen = mention.type() == EntityType.PERSON ? pairHyphen(mention.text(), personWords) : -1;
            if (hyphen < 0) {
                split.add(mention);
                continue;
            }
            int at = mention.start() + hyphen;
            split.add(Mention.of(text, mention.sentence(), mention.start(), at, EntityType.PERSON, mention.role()));
            split.add(Mention.of(text, mention.sentence(), at + 1, mention.end(), EntityType.PERSON, ""));
        }
        return split;
    }

    /** Where the hyphen that joins two people in {@code name} stands, or -1. */
    private static int pairHyphen(String name, Set<String> personWords) {
        int wordStart = 0;
        for (String word : SPACE.split(name, -1)) {
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && word.indexOf('-', hyphen + 1) < 0) {
                String before = word.substring(0, hyphen);
                String after = word.substring(hyphen + 1);
                if (NameRules.isNameWord(before) && NameRules.isNameWord(after) && before.length() > 1 && after.length() > 1
                        && (personWords.contains(before) || personWords.contains(after))) {
                    return wordStart + hyphen;
                }
            }
            wordStart += word.length() + 1;
        }
        return -1;
    }
}
