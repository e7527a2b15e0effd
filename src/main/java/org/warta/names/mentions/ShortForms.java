package org.warta.names.mentions;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.NameLexicon;
import org.warta.names.WhiteSpace;
import org.warta.names.rules.NameRules;
import org.warta.text.Token;

/**
 * A short form in brackets after a name, which the document then uses for it: a person's
 * nickname ("Hendrawan Sasmita (Aweng)", "Joko Widodo (Jokowi)", "Basuki Tjahaja Purnama (Ahok)",
 * "Mohammed bin Salman (MBS)") or a body's or place's acronym ("Komisi Pemilihan Umum (KPU)",
 * "Universitas Hasanuddin (Unhas)", "Amerika Serikat (AS)"). Every mention of the short form in
 * that document, the bracketed one included, counts for the name before the brackets.
 */
final class ShortForms {

    /** Words that an acronym may pass over: the legal forms of a company ("PT Pelabuhan Indonesia (Pelindo)"). */
    private static final Set<String> LEGAL_FORMS = Set.of("pt", "cv", "tbk", "persero");

    private ShortForms() {
    }

    /**
     * The short forms that {@code mentions} are given in brackets, each with the mention of the
     * name it stands for; adds a person's mention wherever the document writes a nickname and no
     * mention is (an acronym the tagger left out is most often part of a role: "Menkeu AS"). A person's nickname is one capitalised name word that news does not write in lower case
     * and the document does not name as an organisation or place ("(Golkar)" is a party); in
     * capitals it is the name's initials ("MBS"), not a party's ("(PDIP)"). A body's or place's
     * short form is a short form of its name of two words or more ("KPU", "Unhas", "Jabar", "Panenku"),
     * or a body's acronym in capitals ("SCO"), that the document does not name as a person; a
     * short form of only the name's last words takes them from it as a name of their own ("OJK").
     */
    static Map<String, Mention> find(String text, List<TaggedSentence> sentences, List<Mention> mentions) {
        Set<String> persons = new HashSet<>();
        Set<String> otherNames = new HashSet<>();
        BitSet covered = new BitSet(text.length());
        for (Mention mention : mentions) {
            covered.set(mention.start(), mention.end());
            (mention.type() == EntityType.PERSON ? persons : otherNames).add(mention.text());
        }
        Map<String, Mention> shortForms = new HashMap<>();
        for (int m = 0, count = mentions.size(); m < count; m++) {
            Mention named = mentions.get(m);
            TaggedSentence sentence = sentences.get(named.sentence() - 1);
            int open = sentence.tokenAt(named.end());
            List<String> words = sentence.words();
            if (open + 2 >= words.size() || !words.get(open).equals("(") || !words.get(open + 2).equals(")")) {
                continue;
            }
            String shortForm = words.get(open + 1);
            int tail = named.type() == EntityType.PERSON || isAbbreviation(shortForm, named.text()) ? -1
                    : abbreviatedTail(text, sentence, named, open, shortForm);
            if (tail >= 0) { // "Lembaga Jasa Keuangan Lainnya | Otoritas Jasa Keuangan (OJK)"
                List<Token> tokens = sentence.tokens();
                mentions.set(m, Mention.of(text, named.sentence(), named.start(), tokens.get(tail - 1).end(), named.type(), named.role()));
                named = Mention.of(text, named.sentence(), tokens.get(tail).start(), named.end(), named.type(), "");
                mentions.add(named);
            }
            boolean fits = named.type() == EntityType.PERSON
                    ? isNickname(shortForm, named.text()) && !otherNames.contains(shortForm)
                    : (isAbbreviation(shortForm, named.text()) || isTranslatedAcronym(shortForm, named)) && !persons.contains(shortForm);
            if (fits) {
                shortForms.putIfAbsent(shortForm, named);
            }
        }
        if (!shortForms.isEmpty()) {
            for (TaggedSentence sentence : sentences) {
                for (Token token : sentence.tokens()) {
                    Mention named = shortForms.get(token.text());
                    if (named != null && named.type() == EntityType.PERSON && !covered.get(token.start())) {
                        mentions.add(Mention.of(text, sentence.number(), token.start(), token.end(), named.type(), ""));
                    }
                }
            }
        }
        return shortForms;
    }

    /**
     * The token where the part of a body's or place's name starts that {@code shortForm}
     * abbreviates, when it does not abbreviate the whole: the finder joined the name to the
     * words before it ("Lembaga Jasa Keuangan Lainnya Otoritas Jasa Keuangan (OJK)"); or -1.
     */
    private static int abbreviatedTail(String text, TaggedSentence sentence, Mention named, int open, String shortForm) {
        for (int t = sentence.tokenAt(named.start()) + 1; t < open; t++) {
            String tail = text.substring(sentence.tokens().get(t).start(), named.end());
            if (Character.isUpperCase(tail.codePointAt(0)) && isAbbreviation(shortForm, tail)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * An acronym of a body's name in another language, which news writes in brackets after the
     * Indonesian name: "Organisasi Kerjasama Shanghai (SCO)", "Badan Kesehatan Dunia (WHO)".
     */
    private static boolean isTranslatedAcronym(String word, Mention named) {
        return named.type() == EntityType.ORGANIZATION && NameRules.isAcronym(word) && named.text().indexOf(' ') > 0;
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
        for (String word : WhiteSpace.split(name)) {
            initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
        return initials.toString();
    }

    /**
     * Whether {@code word} is a short form of {@code name}, a name of two words or more: read
     * from the start, each of the name's words gives the next letters of the word the start of
     * itself ("K|P|U" of "Komisi Pemilihan Umum", "Un|has" of "Universitas Hasanuddin", "Ja|bar"
     * of "Jawa Barat"), or none when it is written in lower case or is a company's legal form
     * ("dan" of "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "PT"); or it is in
     * capitals, of the first initial and some of the others ("JAFF"); or it starts with the
     * name's first word ("Panenku").
     */
    static boolean isAbbreviation(String word, String name) {
        String[] words = WhiteSpace.splitAtSpacesAndHyphens(name);
        if (words.length < 2 || word.length() < 2 || word.length() >= name.length() || !Character.isUpperCase(word.codePointAt(0))
                || !word.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return abbreviates(word.toLowerCase(Locale.ROOT), 0, words, 0) || isInitialsOf(word, words) || startsLike(word, words);
    }

    /** An acronym in capitals of some of the name's initials, the first among them: "JAFF" of "Jogja-NETPAC Asian Film Festival". */
    private static boolean isInitialsOf(String word, String[] words) {
        if (!NameRules.isAcronym(word) || Character.toUpperCase(words[0].codePointAt(0)) != word.codePointAt(0)) {
            return false;
        }
        int letter = 0;
        for (int w = 0; w < words.length && letter < word.length(); w++) {
            if (Character.toUpperCase(words[w].codePointAt(0)) == word.codePointAt(letter)) {
                letter++;
            }
        }
        return letter == word.length();
    }

    /** A word that starts with the name's first word past a legal form: "Panenku" of "PT Panen Kita Sejahtera". */
    private static boolean startsLike(String word, String[] words) {
        int first = LEGAL_FORMS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        return words[first].length() >= 3 && word.startsWith(words[first]);
    }

    private static boolean abbreviates(String letters, int from, String[] words, int word) {
        if (word == words.length) {
            return from == letters.length();
        }
        String next = words[word];
        String lower = next.toLowerCase(Locale.ROOT);
        if ((Character.isLowerCase(next.codePointAt(0)) || LEGAL_FORMS.contains(lower)) && abbreviates(letters, from, words, word + 1)) {
            return true;
        }
        for (int length = 1; length <= lower.length() && from + length <= letters.length(); length++) {
            if (lower.charAt(length - 1) != letters.charAt(from + length - 1)) {
                break;
            }
            if (abbreviates(letters, from + length, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code mentions} with each mention of a short form as a mention of the name it stands for, and of its type. */
    static List<Mention> resolve(List<Mention> mentions, Map<String, Mention> shortForms) {
        if (shortForms.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> {
            Mention named = shortForms.get(m.text());
            return named == null ? m : m.withType(named.type()).withEntity(named.text());
        }).toList();
    }
}
