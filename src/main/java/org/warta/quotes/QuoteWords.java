package org.warta.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.names.NameLexicon;
import org.warta.text.WordList;

/** The word lists that tell statements and their speakers, each a resource beside this class. */
final class QuoteWords {

    private static final Set<String> QUOTE_VERBS = load("quote-verbs.txt");
    private static final Set<String> SPEECH_VERBS = load("speech-verbs.txt");
    private static final Set<String> HEADLINE_VERBS = load("headline-verbs.txt");
    private static final Set<String> PRONOUNS = load("pronouns.txt");
    private static final Set<String> UNNAMED = load("unnamed-speakers.txt");
    private static final Set<String> SPEAKER_NOUNS = load("speaker-nouns.txt");
    private static final Set<String> ADVERBS = load("adverbs.txt");
    private static final Set<String> PHRASE_ENDS = load("phrase-ends.txt");
    private static final Set<String> NOT_SAID = load("not-said.txt");
    private static final Set<String> CLAUSE_OPENERS = load("clause-openers.txt");
    private static final Set<String> SOURCE_WORDS = load("source-words.txt");
    private static final Set<String> ACTION_VERBS = load("action-verbs.txt");
    private static final Set<String> AUXILIARIES = load("auxiliaries.txt");
    private static final Pattern PREFIXED_VERB = Pattern.compile("(?:me|ber|di)\\p{Ll}{4,}");
    private static final String CLITIC = "nya";
    /** The first letters of the words a statement's cue can be, and the comma of ", kata X". */
    private static final String CUE_INITIALS = initials();

    private QuoteWords() {
    }

    private static String initials() {
        StringBuilder initials = new StringBuilder(",m"); // the comma of ", kata X"; "menurut"
        for (String verb : SPEECH_VERBS) {
            if (initials.indexOf(verb.substring(0, 1)) < 0) {
                initials.append(verb.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * Whether a word that starts with {@code first} may be the cue of a retold statement (a verb
     * of saying, "menurut", or the comma before ", kata X"): asked of every word, so told by its
     * first letter alone.
     */
    static boolean mayOpenCue(char first) {
        return CUE_INITIALS.indexOf(Character.toLowerCase(first)) >= 0;
    }

    private static Set<String> load(String name) {
        return WordList.load(QuoteWords.class, name);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** A verb written after a quotation, before its speaker: kata, ujar, tutur. */
    static boolean isQuoteVerb(String word) {
        return QUOTE_VERBS.contains(lower(word));
    }

    /** The verbs written after a quotation, in no particular order. */
    static Set<String> quoteVerbs() {
        return QUOTE_VERBS;
    }

    /** A quotation verb with the clitic that points back to the speaker: ujarnya, katanya. */
    static boolean isQuoteVerbWithClitic(String word) {
        String lower = lower(word);
        return lower.endsWith(CLITIC) && QUOTE_VERBS.contains(lower.substring(0, lower.length() - CLITIC.length()));
    }

    /** A verb written after a quotation, with or without the clitic: kata, ujarnya. */
    static boolean isQuoteVerbOrClitic(String word) {
        return isQuoteVerb(word) || isQuoteVerbWithClitic(word);
    }

    /** A verb that reports a statement: mengatakan, menilai, meminta. */
    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(lower(word));
    }

    /** A verb of saying in a headline's bare form: Sebut, Minta, Ingatkan. */
    static boolean isHeadlineVerb(String word) {
        return HEADLINE_VERBS.contains(lower(word));
    }

    /** "menurut", which puts the speaker before what was said. */
    static boolean isAccording(String word) {
        return lower(word).equals("menurut");
    }

    /** "menurutnya". */
    static boolean isAccordingWithClitic(String word) {
        return lower(word).equals("menurut" + CLITIC);
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(lower(word));
    }

    static boolean opensUnnamedSpeaker(String word) {
        return UNNAMED.contains(lower(word));
    }

    /** A noun for a speaker by what it is, or a title or office: pelatih, hakim, produser, kantor, Menteri. */
    static boolean isSpeakerNoun(String word) {
        return SPEAKER_NOUNS.contains(lower(word)) || NameLexicon.isTitle(word);
    }

    static boolean isAdverb(String word) {
        return ADVERBS.contains(lower(word));
    }

    /** A preposition or conjunction after which a speaker's name is over: saat, di, kepada. */
    static boolean endsSpeakerPhrase(String word) {
        return PHRASE_ENDS.contains(lower(word));
    }

    /** A word that, right before a verb of saying, makes it no statement made: yang, untuk, tidak. */
    static boolean makesNoStatement(String word) {
        return NOT_SAID.contains(lower(word));
    }

    /** A word that opens a clause naming where a report was taken from: kutip, dilansir, seperti. */
    static boolean namesSource(String word) {
        return SOURCE_WORDS.contains(lower(word));
    }

    /** A verb of saying that also names an action, and reports words only before a clause: mencatat, memastikan. */
    static boolean alsoNamesAnAction(String word) {
        return ACTION_VERBS.contains(lower(word));
    }

    /** A word that carries a clause's predicate: a prefixed verb (menilai, berlaku, dievaluasi; me-, ber-, di-) or an auxiliary (tidak, akan). */
    static boolean carriesPredicate(String word) {
        return AUXILIARIES.contains(word) || PREFIXED_VERB.matcher(word).matches();
    }

    /** "seperti", "sebagaimana": "as" before a source ("seperti dikutip Reuters"). */
    static boolean isAs(String word) {
        String lower = lower(word);
        return lower.equals("seperti") || lower.equals("sebagaimana");
    }

    /** "itu", "tersebut", "ini": a noun phrase that points back to what the text has named. */
    static boolean isDemonstrative(String word) {
        String lower = lower(word);
        return lower.equals("itu") || lower.equals("tersebut") || lower.equals("ini");
    }

    /** A conjunction that opens a clause with a subject of its own: "saat Sinner menang", "namun". */
    static boolean opensClause(String word) {
        return CLAUSE_OPENERS.contains(lower(word));
    }

    /** A word that only links: "dan", "sekaligus". */
    static boolean isConjunction(String word) {
        String lower = lower(word);
        return lower.equals("dan") || lower.equals("sekaligus") || lower.equals("serta") || lower.equals("atau");
    }
}
