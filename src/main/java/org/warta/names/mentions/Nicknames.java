package org.warta.names.mentions;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.NameLexicon;
import org.warta.names.rules.NameRules;
import org.warta.text.Token;

/**
 * A nickname in brackets after a person's full name ("Hendrawan Sasmita (Aweng)", "Joko Widodo
 * (Jokowi)", "Basuki Tjahaja Purnama (Ahok)", "Mohammed bin Salman (MBS)"): every mention of
 * the nickname in that document, the bracketed one included, counts for the full name.
 */
final class Nicknames {

    private Nicknames() {
    }

    /**
     * The nicknames that {@code mentions} give people in brackets, each to the full name it stands
     * for; adds a person's mention wherever the document writes a nickname and no mention is. A nickname is one
     * capitalised name word that news does not write in lower case and the document does not
     * name as an organisation or place ("(Golkar)" is a party); in capitals it is the name's
     * initials ("MBS"), not a party's ("(PDIP)").
     */
    static Map<String, String> find(String text, List<TaggedSentence> sentences, List<Mention> mentions) {
        Set<String> otherNames = new HashSet<>();
        BitSet covered = new BitSet(text.length());
        for (Mention mention : mentions) {
            covered.set(mention.start(), mention.end());
            if (mention.type() != EntityType.PERSON) {
                otherNames.add(mention.text());
            }
        }
        Map<String, String> nicknames = new HashMap<>();
        for (int m = 0, count = mentions.size(); m < count; m++) {
            Mention person = mentions.get(m);
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            TaggedSentence sentence = sentences.get(person.sentence() - 1);
            int open = sentence.tokenAt(person.end());
            List<String> words = sentence.words();
            if (open + 2 >= words.size() || !words.get(open).equals("(") || !words.get(open + 2).equals(")")) {
                continue;
            }
            String nickname = words.get(open + 1);
            if (isNickname(nickname, person.text()) && !otherNames.contains(nickname)) {
                nicknames.putIfAbsent(nickname, person.text());
            }
        }
        if (!nicknames.isEmpty()) {
            for (TaggedSentence sentence : sentences) {
                for (Token token : sentence.tokens()) {
                    if (nicknames.containsKey(token.text()) && !covered.get(token.start())) {
                        mentions.add(Mention.of(text, sentence.number(), token.start(), token.end(), EntityType.PERSON, ""));
                    }
                }
            }
        }
        return nicknames;
    }

    private static boolean isNickname(String word, String fullName) {
        if (!NameRules.isNameWord(word) || word.length() < 2 || NameLexicon.isCommonWord(word) || fullName.contains(word)) {
            return false;
        }
        return !NameRules.isAcronym(word) || word.equals(initials(fullName));
    }

    /** The first letters of a name's words, in capitals: "MBS" of "Mohammed bin Salman". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
        return initials.toString();
    }

    /** {@code mentions} with each mention of a nickname as a person's, referring to the full name. */
    static List<Mention> resolve(List<Mention> mentions, Map<String, String> nicknames) {
        if (nicknames.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> nicknames.containsKey(m.text())
                ? m.withType(EntityType.PERSON).withEntity(nicknames.get(m.text())) : m).toList();
    }
}
