package org.warta.quotes;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.NameLexicon;

/**
 * Reads who a phrase names as the maker of a statement, from its mentions and words: the speaker
 * written after a verb ("kata Menteri Luar Negeri Rusia Sergei Lavrov pada Sabtu"), after
 * "Menurut", or as the subject before a verb ("Ekonom dari Indef, Nurul Fadhilah Rangkuti,
 * menilai").
 */
final class Speakers {

    private final AnalysedText text;

    Speakers(AnalysedText text) {
        this.text = text;
    }

    /**
     * The speaker written from token {@code from} on, as far as the phrase goes (a comma, a full
     * stop, or a preposition that says when, where or how). {@code unnamed} is what a phrase that
     * names no one and points back to no one gives ("kata badan keamanan Rusia"); null for none.
     */
    Reference after(int from, int limit, Reference unnamed) {
        int end = phraseEnd(from, limit);
        if (end == from) {
            return null;
        }
        Reference named = named(from, end, unnamed);
        if (named != null && !named.speaker().isKnown() && end + 1 < limit && text.word(end).equals(",")) {
            // "terang peneliti keamanan, Yudhi Kukuh": the name set after the description
            Mention apposition = text.mention(end + 1);
            if (apposition != null && apposition.type() == EntityType.PERSON) {
                return Reference.to(apposition);
            }
        }
        return named;
    }

    /** Where the speaker's phrase that starts at {@code from} ends. */
    int phraseEnd(int from, int limit) {
        int end = from;
        while (end < limit && (!isPunctuation(text.word(end)) || isTitleStop(end, limit)) && !text.isQuoted(end)
                && !(text.mention(end) == null && QuoteWords.endsSpeakerPhrase(text.word(end)))) {
            end++;
        }
        return end;
    }

    private Reference named(int from, int end, Reference unnamed) {
        String first = text.word(from);
        if (end - from == 1 && QuoteWords.isPronoun(first)) {
            return Reference.BACK;
        }
        Mention person = lastPerson(from, end);
        if (person != null) {
            return Reference.to(person);
        }
        if (endsWithDemonstrative(from, end)) {
            return Reference.BACK;
        }
        Mention named = mentionAfterTitles(from, end);
        if (named != null) {
            return Reference.to(named);
        }
        if (QuoteWords.opensUnnamedSpeaker(first)) {
            return Reference.UNNAMED;
        }
        return describes(from, end) ? Reference.BACK : unnamed;
    }

    /**
     * Whether [from, to) describes a speaker named before instead of naming one: a noun for a
     * speaker alone ("Jaksa menyebut") or followed by words in lower case ("kata hakim ketua",
     * "kata badan keamanan Rusia"). Capitalised words after it ("Dewan Keamanan Rusia") are a
     * name the finder did not find, not a description.
     */
    private boolean describes(int from, int to) {
        return QuoteWords.isSpeakerNoun(text.word(from)) && !isIntroduction(text.word(from))
                && (to - from == 1 || Character.isLowerCase(text.word(from + 1).codePointAt(0)));
    }

    /** A name the finder did not find: a capitalised word that news does not write in lower case, and no title. */
    private boolean isUnfoundName(int from) {
        String first = text.word(from);
        return Character.isUpperCase(first.codePointAt(0)) && !NameLexicon.isCommonWord(first)
                && !QuoteWords.isSpeakerNoun(first) && !isIntroduction(first) && text.mention(from) == null;
    }

    /**
     * The subject of the verb at token {@code verb}, read back from it to the start of its
     * sentence, or null when the words before the verb name no speaker. Of the parts between
     * commas, the subject is the name that a description in lower case follows ("Aweng, mantan
     * Wali Kota Tasikmalaya dua periode, menyebut", "Wartini (38), warga Kapanewon Depok, Sleman,
     * mengaku", "Park Jun-seo, yang hadir ..., menyebut"), else the last part ("Ekonom dari Indef,
     * Nurul Fadhilah Rangkuti, menilai"). Degrees, adverbs and a parenthetical "kata X" are
     * passed over.
     */
    Reference subject(int sentenceStart, int verb) {
        List<int[]> parts = new ArrayList<>();
        for (int[] part : parts(sentenceStart, verb)) {
            int to = withoutTrailingAdverbs(part[0], part[1]);
            if (to > part[0] && !QuoteWords.isQuoteVerb(text.word(part[0]))) {
                parts.add(new int[] {part[0], to});
            }
        }
        while (!parts.isEmpty() && isDegree(parts.get(parts.size() - 1)[0], parts.get(parts.size() - 1)[1])) {
            parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty()) {
            return null;
        }
        int[] last = parts.get(parts.size() - 1);
        if (last[1] - last[0] == 1 && QuoteWords.isDemonstrative(text.word(last[0]))) {
            // "Petani jagung asal Kecamatan Paron, Ngawi, itu menyebut": the whole phrase points back
            return QuoteWords.isSpeakerNoun(text.word(parts.get(0)[0])) ? Reference.BACK : null;
        }
        for (int k = 1; k < parts.size(); k++) {
            if (isDescription(parts.get(k)[0]) && isName(parts.get(k - 1)[0], parts.get(k - 1)[1])) {
                return subjectPart(parts.get(k - 1)[0], parts.get(k - 1)[1]);
            }
        }
        return subjectPart(parts.get(parts.size() - 1)[0], parts.get(parts.size() - 1)[1]);
    }

    private Reference subjectPart(int from, int to) {
        String first = text.word(from);
        if (to - from == 1 && QuoteWords.isPronoun(first)) {
            return Reference.BACK;
        }
        Mention person = lastPerson(from, beforeRelative(from, to));
        if (person != null) {
            return introducesPerson(from, person) ? Reference.to(person) : null;
        }
        if (endsWithDemonstrative(from, to)) {
            return QuoteWords.isSpeakerNoun(first) ? Reference.BACK : null;
        }
        Mention named = mentionAfterTitles(from, to);
        if (named != null) {
            return Reference.to(named);
        }
        if (QuoteWords.opensUnnamedSpeaker(first) || isUnfoundName(from)) {
            return Reference.UNNAMED; // "Misnati (34), warga ..., mengaku": someone, though no name the finder knows
        }
        if (describes(from, to)) {
            return Reference.BACK;
        }
        // "Dewan Keamanan Rusia mengklaim": an office or body by its name, which the finder did not find
        return QuoteWords.isSpeakerNoun(first) && !isIntroduction(first) ? Reference.UNNAMED : null;
    }

    /** A part that describes the name before it: in lower case ("mantan ...", "warga ..."), or a relative clause. */
    private boolean isDescription(int from) {
        String first = text.word(from);
        return Character.isLowerCase(first.codePointAt(0)) && !QuoteWords.isPronoun(first) && !QuoteWords.isConjunction(first)
                && !NameLexicon.isHonorific(first) && text.mention(from) == null;
    }

    /**
     * A part that names someone: a mention after any titles, or a capitalised word that is no
     * common word (a name the finder missed: better an empty speaker than the place after it),
     * and no circumstance opening it.
     */
    private boolean isName(int from, int to) {
        return !isIntroduction(text.word(from))
                && (lastPerson(from, to) != null || mentionAfterTitles(from, to) != null || isUnfoundName(from));
    }

    /** The mention in [from, to) that only titles, honorifics and their full stops come before, or null. */
    private Mention mentionAfterTitles(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.mention(i) != null) {
                return text.mention(i);
            }
            String word = text.word(i);
            if (!word.equals(".") && !QuoteWords.isSpeakerNoun(word) && !NameLexicon.isHonorific(word)) {
                return null;
            }
        }
        return null;
    }

    private boolean endsWithDemonstrative(int from, int to) {
        return to - from > 1 && QuoteWords.isDemonstrative(text.word(to - 1));
    }

    /** The parts of [from, to) between commas, brackets left out, as [start, end) token ranges. */
    private List<int[]> parts(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            String word = text.word(i);
            if (word.equals("(")) {
                depth++;
            } else if (word.equals(")") && depth > 0) {
                depth--;
            } else if (depth == 0 && (word.equals(",") || word.equals(";") || isDash(word))) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }

    private int withoutTrailingAdverbs(int from, int to) {
        int end = to;
        while (end > from && (QuoteWords.isAdverb(text.word(end - 1)) || text.word(end - 1).equals(")")
                || text.isQuoted(end - 1))) {
            if (text.word(end - 1).equals(")")) {
                int open = end - 1;
                while (open > from && !text.word(open).equals("(")) {
                    open--;
                }
                end = open;
            } else {
                end--;
            }
        }
        return end;
    }

    /** "S.H.", "M.Sc.", "Sp.A(K)", "MKM": a degree after a name, written between commas. */
    private boolean isDegree(int from, int to) {
        if (to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = text.word(i);
            boolean abbreviation = word.contains(".") || word.chars().allMatch(Character::isUpperCase);
            if (!isPunctuation(word) && !abbreviation || NameLexicon.isFunctionWord(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isRelative(int from) {
        return QuoteWords.lower(text.word(from)).equals("yang");
    }

    private int beforeRelative(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (isRelative(i) && text.mention(i) == null) {
                return i;
            }
        }
        return to;
    }

    /** A part that opens a sentence with a circumstance, not a speaker: "Di sisi lain", "Sementara itu". */
    private static boolean isIntroduction(String first) {
        return NameLexicon.isFunctionWord(first) && !QuoteWords.isPronoun(first);
    }

    /**
     * Whether the words before {@code person} in its part introduce it as the speaker ("Pelatih
     * Persebaya", "Juru Bicara KPK", "dr."), rather than make it the owner of something else
     * ("Gol Marcelinho pada menit ke-88 memastikan kemenangan").
     */
    private boolean introducesPerson(int from, Mention person) {
        int first = from;
        while (isIntroduction(text.word(first)) || QuoteWords.isConjunction(text.word(first))) {
            first++;
        }
        int introduced = person.role().isEmpty() ? person.start() : person.start() - person.role().length() - 1;
        if (text.token(first).start() >= introduced) {
            return true;
        }
        String word = text.word(first);
        boolean sentenceStart = first == text.sentenceStart(text.sentenceOf(first));
        return QuoteWords.isSpeakerNoun(word) || NameLexicon.isHonorific(word) || text.mention(first) != null
                || !NameLexicon.isCommonWord(word) || !sentenceStart && Character.isUpperCase(word.codePointAt(0));
    }

    /** The last person mentioned in [from, to), or null. */
    private Mention lastPerson(int from, int to) {
        Mention last = null;
        for (int i = from; i < to; i++) {
            Mention mention = text.mention(i);
            if (mention != null && mention.type() == EntityType.PERSON) {
                last = mention;
            }
        }
        return last;
    }

    /** The full stop of a title before a name ("dr. Bayu"), which does not end the phrase. */
    private boolean isTitleStop(int i, int limit) {
        return text.word(i).equals(".") && i > 0 && NameLexicon.isHonorific(text.word(i - 1)) && i + 1 < limit
                && text.mention(i + 1) != null;
    }

    static boolean isDash(String word) {
        return word.equals("-") || word.equals("–") || word.equals("—");
    }

    static boolean isPunctuation(String word) {
        return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
    }
}
