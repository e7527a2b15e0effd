package org.warta.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.TitleCase;

/**
 * Finds the statements of one text, each with whom its attribution names (pronouns are resolved
 * afterwards, in text order, by {@link Anaphora}):
 * <ul>
 * <li>quoted words with a verb of saying after them ("“...,” kata Lavrov", "“...,” ujarnya"), or
 * before them ("Fikri mengatakan, “...”", "Menurut X, “...”"), or in a paragraph that has just
 * named their speaker ("“A,” ujar Yosafat. “B.”");</li>
 * <li>retold statements: a subject, a verb of saying and what was said ("Wang mengatakan bahwa
 * ..."); "Menurut X, ..."; and what was said before ", kata X" at the end of a sentence;</li>
 * <li>headlines and "Baca Juga" lines: "Kremlin: Propaganda Nazi", "OJK Ingatkan Soal Kredit
 * Macet".</li>
 * </ul>
 * Quoted words that nothing attributes give no statement: such marks set off titles, terms and
 * irony as often as speech.
 */
final class StatementRules {

    private final AnalysedText text;
    private final List<Mention> mentions;
    private final Speakers speakers;
    private final BitSet headlines = new BitSet();
    private final List<Claim> claims = new ArrayList<>();

    StatementRules(AnalysedText text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
        this.speakers = new Speakers(text);
    }

    /** The statements of the text, in no particular order. */
    List<Claim> claims() {
        for (int s = 0; s < text.sentences(); s++) {
            if (looksLikeHeadline(s)) {
                headlines.set(s);
            }
        }
        BitSet headlineStatements = new BitSet();
        headlines.stream().filter(this::headline).forEach(headlineStatements::set);
        quotations();
        for (int s = 0; s < text.sentences(); s++) {
            if (!headlineStatements.get(s)) {
                retold(s);
            }
        }
        return claims;
    }

    /** Whether sentence {@code s} (counted from 0) stands alone on its line as a headline, caption or link does. */
    boolean isHeadline(int s) {
        return headlines.get(s);
    }

    private boolean looksLikeHeadline(int sentence) {
        int first = text.sentenceStart(sentence);
        int last = text.sentenceEnd(sentence) - 1;
        if (!text.fillsLine(first, last) || text.isQuoted(first)) {
            return false;
        }
        String end = text.word(last);
        return !(end.equals(".") || end.equals("!") || end.equals("?") || end.equals(")"))
                || TitleCase.isTitleCase(text.words(first, last + 1));
    }

    // ---- headlines

    /** Adds the statement headline {@code sentence} makes, if any. */
    private boolean headline(int sentence) {
        int from = withoutLinkLabel(text.sentenceStart(sentence), text.sentenceEnd(sentence));
        int end = text.sentenceEnd(sentence);
        for (int i = from + 1; i < end; i++) {
            if (text.isQuoted(i)) {
                continue;
            }
            String word = text.word(i);
            if (word.equals(":") && i + 1 < end && !text.isQuoted(i + 1) && !listFollows(i + 1, end)) {
                Mention speaker = text.mention(i - 1);
                if (speaker != null && speaker.end() == text.token(i - 1).end() && segmentStart(from, i) >= tokenOf(speaker, from)) {
                    return addContent(i + 1, end, i, ":", Kind.direct, Reference.to(speaker));
                }
            } else if (QuoteWords.isHeadlineVerb(word)) {
                Reference who = headlineSubject(from, i);
                if (who != null) {
                    return addContent(i + 1, end, i, word, Kind.indirect, who);
                }
            }
        }
        return false;
    }

    /** Whether a list follows a colon ("Empoli: Skorupski; Zambelli, Cosic, ..."): a line-up, not words said. */
    private boolean listFollows(int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.word(i).equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** Past "Baca Juga:" and the like that open a link line. */
    private int withoutLinkLabel(int from, int end) {
        int i = from;
        String first = QuoteWords.lower(text.word(i));
        if ((first.equals("baca") || first.equals("lihat")) && i + 1 < end && QuoteWords.lower(text.word(i + 1)).equals("juga")) {
            i += 2;
        }
        while (i < end && (text.word(i).equals(":") || text.word(i).equals("|"))) {
            i++;
        }
        return i;
    }

    private int tokenOf(Mention mention, int from) {
        int i = text.tokenFrom(mention.start() - mention.role().length() - (mention.role().isEmpty() ? 0 : 1));
        return Math.max(i, from);
    }

    /** The first token of the comma-separated segment that ends before token {@code before}. */
    private int segmentStart(int from, int before) {
        int i = before;
        while (i > from && !text.word(i - 1).equals(",")) {
            i--;
        }
        return i;
    }

    /**
     * Who a headline's verb at {@code verb} has as its subject: the name right before it, a title
     * the document gives a person ("Mendikdasmen Minta ..."), or, for a verb that opens its part,
     * the first person of the line ("Menkeu AS Yellen Kunjungan ke China, Kritik ...").
     */
    private Reference headlineSubject(int from, int verb) {
        int start = segmentStart(from, verb);
        if (start == verb) {
            for (int i = from; i < verb; i++) {
                Mention mention = text.mention(i);
                if (mention != null && mention.type() == EntityType.PERSON) {
                    return Reference.to(mention);
                }
            }
            return null;
        }
        Mention before = text.mention(verb - 1);
        boolean titled = QuoteWords.isSpeakerNoun(text.word(start)) && text.mention(start) == null;
        if (before != null && before.end() == text.token(verb - 1).end() && (before.type() == EntityType.PERSON || !titled)) {
            return Reference.to(before);
        }
        // "Mendikdasmen Minta ...", "Kapolda Metro Jaya Minta ...": an office, whose holder the document may name
        return titled ? personWithRole(start, verb) : null;
    }

    /** The person the document gives the role written in [from, to) ("Mendikdasmen"), or null. */
    private Reference personWithRole(int from, int to) {
        String role = text.text.substring(text.token(from).start(), text.token(to - 1).end()).toLowerCase(Locale.ROOT);
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON && !mention.role().isEmpty()
                    && (" " + mention.role().toLowerCase(Locale.ROOT) + " ").contains(" " + role + " ")) {
                return Reference.to(mention);
            }
        }
        return null;
    }

    // ---- quotations

    private void quotations() {
        Claim carriesOn = null; // the last quotation attributed after it, whose speaker the next may keep
        for (QuotationMarks.Passage passage : text.passages) {
            if (text.text.substring(passage.start(), passage.end()).isBlank()) {
                carriesOn = null;
                continue;
            }
            Claim claim = attributedAfter(passage);
            Claim next = claim;
            if (claim == null) {
                claim = attributedBefore(passage);
            }
            if (claim == null && carriesOn != null) {
                claim = continuing(passage, carriesOn);
                next = claim;
            }
            if (claim != null) {
                claims.add(claim);
            }
            carriesOn = next;
        }
    }

    /** "“...,” kata X", "“...,” ujarnya", "“...,” X menambahkan". */
    private Claim attributedAfter(QuotationMarks.Passage passage) {
        int i = text.tokenFrom(passage.after());
        if (i >= text.size() || !text.sameLine(passage.after(), text.token(i).start())) {
            return null;
        }
        if (Speakers.isDash(text.word(i)) || text.word(i).equals(",")) {
            i++;
        }
        if (i >= text.size() || text.isQuoted(i)) {
            return null;
        }
        int limit = text.sentenceEnd(text.sentenceOf(i));
        String word = text.word(i);
        if (QuoteWords.isQuoteVerbWithClitic(word)) {
            return quoted(passage, i, Reference.BACK);
        }
        if (QuoteWords.isQuoteVerb(word)) {
            Reference who = speakers.after(i + 1, limit, Reference.UNNAMED);
            return quoted(passage, i, who == null ? Reference.BACK : who);
        }
        Mention speaker = text.mention(i);
        if (speaker != null && speaker.start() == text.token(i).start()) {
            int verb = i;
            while (verb < limit && text.mention(verb) == speaker) {
                verb++;
            }
            while (verb < limit && QuoteWords.isAdverb(text.word(verb))) {
                verb++;
            }
            if (verb < limit && QuoteWords.isSpeechVerb(text.word(verb))) {
                return quoted(passage, verb, Reference.to(speaker));
            }
        }
        return null;
    }

    /** "Fikri mengatakan, “...”", "Menurut X, “...”", "Name: “...”". */
    private Claim attributedBefore(QuotationMarks.Passage passage) {
        int open = text.tokenFrom(passage.open());
        int sentenceStart = text.sentenceStart(text.sentenceOf(open));
        int verb = open - 1;
        if (verb >= sentenceStart && (text.word(verb).equals(",") || text.word(verb).equals(":"))) {
            verb--;
        }
        if (verb < sentenceStart || text.isQuoted(verb)) {
            return null;
        }
        String word = text.word(verb);
        if (QuoteWords.isSpeechVerb(word) || QuoteWords.isQuoteVerb(word)) {
            Reference who = speakers.subject(sentenceStart, verb);
            return who == null ? null : quoted(passage, verb, who);
        }
        if (text.word(open - 1).equals(":") && text.mention(verb) != null) {
            return quoted(passage, open - 1, Reference.to(text.mention(verb)));
        }
        int according = sentenceStart;
        while (according < verb && !QuoteWords.isAccording(text.word(according))) {
            according++;
        }
        if (according < verb && text.word(open - 1).equals(",") && (according == sentenceStart
                || text.word(according - 1).equals(","))) {
            Reference who = speakers.after(according + 1, open - 1, null);
            return who == null ? null : quoted(passage, according, who);
        }
        return null;
    }

    /**
     * "“A,” kata X. “B.”": a quotation right after the sentence that attributed the one before it,
     * in the same paragraph, or as a paragraph of its own right after that sentence's paragraph
     * (news sets a speaker's next words apart without naming them again).
     */
    private Claim continuing(QuotationMarks.Passage passage, Claim previous) {
        int open = text.tokenFrom(passage.open());
        int sentence = text.sentenceOf(open);
        if (open != text.sentenceStart(sentence) || sentence == 0 || text.sentenceOf(previous.cueToken()) != sentence - 1) {
            return null;
        }
        boolean sameParagraph = text.sameLine(previous.end(), passage.open());
        boolean nextParagraph = text.endsLine(open - 1) && text.fillsLine(open, text.tokenFrom(passage.after()) - 1);
        if (!sameParagraph && !nextParagraph) {
            return null;
        }
        return new Claim(passage.start(), passage.end(), previous.cueToken(), previous.cue(), Kind.direct, previous.who());
    }

    private Claim quoted(QuotationMarks.Passage passage, int cue, Reference who) {
        return new Claim(passage.start(), passage.end(), cue, text.word(cue), Kind.direct, who);
    }

    // ---- retold statements

    private void retold(int sentence) {
        int start = text.sentenceStart(sentence);
        int end = text.sentenceEnd(sentence);
        for (int i = start; i < end; i++) {
            if (text.isQuoted(i)) {
                continue;
            }
            if (!QuoteWords.mayOpenCue(text.firstChar(i))) {
                continue;
            }
            String word = text.word(i);
            boolean clauseStart = i == start || text.word(i - 1).equals(",") || text.word(i - 1).endsWith(".");
            if (QuoteWords.isAccordingWithClitic(word) && clauseStart) {
                if (addContent(i + 1, end, i, word, Kind.indirect, Reference.BACK)) {
                    return;
                }
            } else if (QuoteWords.isAccording(word) && clauseStart) {
                if (according(i, end)) {
                    return;
                }
            } else if (QuoteWords.isSpeechVerb(word)) {
                int before = i - 1;
                while (before >= start && QuoteWords.isAdverb(text.word(before))) {
                    before--;
                }
                if (before >= start && QuoteWords.makesNoStatement(text.word(before))) {
                    continue;
                }
                Reference who = speakers.subject(start, i);
                int said = who == null ? -1 : saidFrom(i, end);
                if (said >= 0 && addContent(said, end, i, word, Kind.indirect, who)) {
                    return;
                }
            } else if (word.equals(",") && i + 1 < end && QuoteWords.isQuoteVerb(text.word(i + 1)) && i > start
                    && !text.isQuoted(i - 1) && toSentenceEnd(i + 1, end)) {
                Reference who = speakers.after(i + 2, end, Reference.UNNAMED);
                if (who != null) {
                    add(new Claim(text.token(withoutListNumber(start, i)).start(), text.token(i - 1).end(), i + 1,
                            text.word(i + 1), Kind.indirect, who));
                    return;
                }
            }
        }
    }

    /**
     * Where what the verb of saying at {@code verb} reports starts, or -1 when no words said follow
     * it: past a phrase that says to whom or where ("kepada Dailymail, Rooney datang ...") up to
     * its comma or a "bahwa"; a reflexive "diri" ("memastikan diri juara") and, after a verb that
     * also names an action, words with no predicate ("mencatat putaran terbaik") are no words said.
     */
    private int saidFrom(int verb, int end) {
        int from = verb + 1;
        if (from >= end || QuoteWords.lower(text.word(from)).equals("diri")) {
            return -1;
        }
        if (QuoteWords.endsSpeakerPhrase(text.word(from))) {
            for (int i = from + 1; i < end && !text.isQuoted(i); i++) {
                if (text.word(i).equals(",") || QuoteWords.lower(text.word(i)).equals("bahwa")) {
                    return i + 1;
                }
            }
            return hasPredicate(from, end) ? from : -1;
        }
        boolean clauseMarked = text.word(from).equals(",") || text.word(from).equals(":")
                || QuoteWords.lower(text.word(from)).equals("bahwa");
        return !QuoteWords.alsoNamesAnAction(text.word(verb)) || clauseMarked || hasPredicate(from, end) ? from : -1;
    }

    private boolean hasPredicate(int from, int end) {
        for (int i = from; i < end; i++) {
            if (QuoteWords.carriesPredicate(text.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Menurut X, ...", "Menurut juru bicara ..., Rahmat Hidayat Panjaitan, ...". */
    private boolean according(int i, int end) {
        int comma = i + 1;
        while (comma < end && !text.word(comma).equals(",")) {
            comma++;
        }
        if (comma >= end) {
            return false;
        }
        Reference who = speakers.after(i + 1, comma, null);
        int next = comma + 1;
        int apposition = next;
        while (apposition < end && !text.word(apposition).equals(",")) {
            apposition++;
        }
        Mention named = text.mention(next);
        if (apposition < end && named != null && named.type() == EntityType.PERSON && (who == null || !who.speaker().isKnown()
                || who.speaker().type() != EntityType.PERSON) && text.mention(apposition - 1) == named) {
            who = Reference.to(named);
            next = apposition + 1;
        }
        return who != null && addContent(next, end, i, text.word(i), Kind.indirect, who);
    }

    /** Whether the speaker's phrase from the verb at {@code verb} runs to the end of its sentence. */
    private boolean toSentenceEnd(int verb, int end) {
        int i = speakers.phraseEnd(verb + 1, end);
        while (i < end && !text.word(i).equals(",")) {
            i++;
        }
        return i >= end - 1;
    }

    /** Past a list number that opens a line ("3. Membantu Rusia ..."). */
    private int withoutListNumber(int start, int end) {
        if (start + 2 < end && text.word(start).chars().allMatch(Character::isDigit) && text.word(start + 1).equals(".")) {
            return start + 2;
        }
        return start;
    }

    /**
     * Adds the statement whose words run from token {@code from} to the end of the sentence
     * ({@code end}): past a leading "bahwa" or comma, without the closing full stop or a closing
     * clause that names the source ("..., kutip Reuters"). False when
     * no words are left, or they open a quotation (which is a statement of its own).
     */
    private boolean addContent(int from, int end, int cue, String cueWord, Kind kind, Reference who) {
        int first = from;
        while (first < end && (text.word(first).equals(",") || text.word(first).equals(":")
                || QuoteWords.lower(text.word(first)).equals("bahwa"))) {
            first++;
        }
        int last = end - 1;
        for (int i = first + 1; i < end - 1; i++) {
            if (!text.word(i).equals(",") || text.isQuoted(i)) {
                continue;
            }
            int source = i + 1 < end - 1 && QuoteWords.isAs(text.word(i + 1)) ? i + 2 : i + 1;
            if (QuoteWords.namesSource(text.word(source))) {
                last = i; // "..., kutip Reuters": where the report comes from, not what was said
                break;
            }
        }
        while (last >= first && Speakers.isPunctuation(text.word(last)) && !text.word(last).equals(")")) {
            last--;
        }
        if (last < first || (text.isQuoted(first) && QuotationMarks.isMark(text.word(first).charAt(0)))) {
            return false;
        }
        add(new Claim(text.token(first).start(), text.token(last).end(), cue, cueWord, kind, who));
        return true;
    }

    private void add(Claim claim) {
        claims.add(claim);
    }
}
