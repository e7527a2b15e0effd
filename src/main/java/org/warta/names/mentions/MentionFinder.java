package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.TitleCase;
import org.warta.names.WhiteSpace;
import org.warta.names.Words;
import org.warta.names.rules.Ages;
import org.warta.names.rules.NameRules;
import org.warta.names.rules.NameTagger;
import org.warta.names.rules.Roles;
import org.warta.text.Sentence;
import org.warta.text.TextSegmenter;
import org.warta.text.Token;

/**
 * Finds the mentions of people, organisations and places in a document: sentences and tokens,
 * then the name tagger on each sentence, then the roles written before people's names.
 *
 * <p>Headlines and captions set in title case make capitals meaningless, so a name found in a
 * title-case sentence is kept only when the body of the same document (its other sentences)
 * names it too. A word of a person's name is the same person wherever else the document writes
 * it ("Putin menyarankan ..." after "Presiden Vladimir Putin"), so such words are mentions
 * even where the tagger missed them. Two words glued together by a page layout
 * ("ChinaPresiden") are read as two when one of them is a country or a title.
 *
 * <p>Thread-safe: the tagger keeps per-thread state.
 */
public final class MentionFinder {

    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Mentions in the order they start, the longer first of two that start together. */
    private static final Comparator<Mention> BY_START_LONGEST_FIRST =
            Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed());

    private final TextSegmenter segmenter;
    private final NameTagger tagger;

    public MentionFinder(TextSegmenter segmenter, NameTagger tagger) {
        this.segmenter = segmenter;
        this.tagger = tagger;
    }

    private static String[] words(String name) {
        return WhiteSpace.split(name);
    }

    /**
     * What the body of a document names: its mentions by type and text, its people's words, the
     * words of its other names, and (found once, when a headline asks) the capitalised words it
     * writes inside a sentence that the tagger left out of every name.
     */
    private static final class Body {

        private final Set<String> names = new HashSet<>();
        private final Set<String> personWords = new HashSet<>();
        private final Set<String> otherWords = new HashSet<>();
        private final BitSet covered = new BitSet();
        private final List<TaggedSentence> sentences;
        private Set<String> untaggedWords;

        Body(List<Mention> body, List<TaggedSentence> sentences) {
            this.sentences = sentences;
            for (Mention mention : body) {
                names.add(key(mention));
                (mention.type() == EntityType.PERSON ? personWords : otherWords).addAll(Arrays.asList(words(mention.text())));
                covered.set(mention.start(), mention.end());
            }
        }

        static String key(Mention mention) {
            return mention.type() + " " + mention.text();
        }

        /** Whether the body writes every word of {@code name} inside a sentence, in no name but a person's. */
        boolean writes(String[] name) {
            if (untaggedWords == null) {
                untaggedWords = new HashSet<>();
                for (TaggedSentence sentence : sentences) {
                    for (int i = 1; i < sentence.titleStart(); i++) {
                        Token token = sentence.tokens().get(i);
                        if (!covered.get(token.start()) && NameRules.isUncommonName(token.text())) {
                            untaggedWords.add(token.text());
                        }
                    }
                }
            }
            return Arrays.stream(name).allMatch(w -> untaggedWords.contains(w) && !otherWords.contains(w));
        }
    }

    /** The mentions of {@code text}, in order, each referring to its own text, or a short form's to the name it stands for. */
    public FoundMentions find(String text) {
        return find(text, sentence -> { });
    }

    /** As {@link #find(String)}, handing each sentence of the text to {@code eachSentence} as it is read. */
    public FoundMentions find(String text, Consumer<Sentence> eachSentence) {
        tagger.startDocument();
        List<TaggedSentence> sentences = new ArrayList<>();
        List<Mention> body = new ArrayList<>();
        List<Mention> headlines = new ArrayList<>();
        int[] tokenCount = {0};
        segmenter.forEachSentence(text, sentence -> {
            eachSentence.accept(sentence);
            tokenCount[0] += sentence.tokens().size(); // as warta tokenize counts them, before names are unglued
            List<Token> tokens = NameTokens.of(sentence, text);
            Words words = wordsOf(tokens);
            int titleStart = TitleCase.titleStart(words);
            TaggedSentence tagged = new TaggedSentence(sentences.size() + 1, tokens, words, tagger.tag(words, titleStart), titleStart);
            sentences.add(tagged);
            for (NameSpan name : tagged.names()) {
                (name.start() >= tagged.titleStart() ? headlines : body).add(mention(text, tagged, name));
            }
        });
        removeInitials(sentences, body, headlines);
        Bodies bodies = Bodies.of(sentences, body);
        List<Mention> bodyPeople = HyphenatedPairs.split(text, bodies.apply(text, body), headlines);
        List<Mention> headlinePeople = HyphenatedPairs.split(text, bodies.apply(text, headlines), bodyPeople);
        List<Mention> all = new ArrayList<>(bodyPeople);
        Body named = new Body(bodyPeople, sentences);
        for (Mention mention : headlinePeople) {
            Mention confirmed = confirmed(text, mention, named);
            if (confirmed != null) {
                all.add(confirmed);
            }
        }
        all = joinTouchingPersons(text, withoutOverlaps(all), strayFirstNames(sentences, all));
        addPersonWords(text, sentences, all, bodies);
        Map<String, Mention> shortForms = ShortForms.find(text, sentences, all);
        List<Mention> mentions = joinTouchingPersons(text, withFirstNames(text, sentences, withoutOverlaps(all), bodies), Set.of());
        return new FoundMentions(ShortForms.resolve(mentions, shortForms), sentences.size(), tokenCount[0]);
    }

    private static Words wordsOf(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return Words.wrapping(words);
    }

    /**
     * Removes the people's mentions that are initials the document gives elsewhere ("MS
     * menjadi eksekutor" after "berinisial RN (27) dan MS (41)").
     */
    private static void removeInitials(List<TaggedSentence> sentences, List<Mention> body, List<Mention> headlines) {
        Predicate<Mention> mayBeInitials = m -> m.type() == EntityType.PERSON && m.text().length() <= 3 && NameRules.isAcronym(m.text());
        if (body.stream().noneMatch(mayBeInitials) && headlines.stream().noneMatch(mayBeInitials)) {
            return;
        }
        Set<String> initials = new HashSet<>();
        for (TaggedSentence sentence : sentences) {
            for (int i = 0; i < sentence.words().size(); i++) {
                if (Ages.isInitials(sentence.words(), i)) {
                    initials.add(sentence.words().get(i));
                }
            }
        }
        body.removeIf(m -> mayBeInitials.test(m) && initials.contains(m.text()));
        headlines.removeIf(m -> mayBeInitials.test(m) && initials.contains(m.text()));
    }

    /**
     * Extends each person's mention over the word before it when that word starts a name
     * ("Nikolai" before a "Patrushev" that the tagger took for a place), but not over the name of
     * a body of the document ("Unhas" before "Tenriawaru Palaloi"); in a headline, where a
     * capital says nothing, only when news never writes that word in lower case ("Sergei" of
     * "Sergei Lavrov", not "Comeback" of "Ada Comeback Park Jun-seo").
     */
    private static List<Mention> withFirstNames(String text, List<TaggedSentence> sentences, List<Mention> mentions, Bodies bodies) {
        BitSet covered = new BitSet(text.length());
        mentions.forEach(m -> covered.set(m.start(), m.end()));
        List<Mention> extended = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            TaggedSentence sentence = sentences.get(mention.sentence() - 1);
            List<Token> tokens = sentence.tokens();
            int first = sentence.tokenAt(mention.start());
            boolean startsName = first > 0 && !bodies.isName(sentence.words().get(first - 1))
                    && (first >= sentence.titleStart() ? NameRules.isUncommonName(sentence.words().get(first - 1))
                            : NameRules.startsName(sentence.words(), first - 1));
            if (mention.type() == EntityType.PERSON && startsName && first < tokens.size()
                    && tokens.get(first).start() == mention.start() && !covered.get(tokens.get(first - 1).start())) {
                String role = roleBefore(text, sentence, first - 1);
                mention = Mention.of(text, mention.sentence(), tokens.get(first - 1).start(), mention.end(), mention.type(), role);
            }
            extended.add(mention);
        }
        return extended;
    }

    /**
     * The mentions in order of where they start, each kept only where no mention before it
     * reaches: of two that start together, the longer.
     */
    private static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(BY_START_LONGEST_FIRST);
        List<Mention> kept = new ArrayList<>(sorted.size());
        for (Mention mention : sorted) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= mention.start()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * The words the tagger took once, on their own, for an organisation or place right before a
     * person's name, after a word in lower case that is no title, and that news never writes in
     * lower case: a first name the tagger cut off ("jarak jauh Bagas" + "Wicaksono"). A body or
     * place after a role ("pemain Arsenal Bukayo Saka"), in a longer name or named again is not one.
     */
    private static Set<Mention> strayFirstNames(List<TaggedSentence> sentences, List<Mention> mentions) {
        Map<String, Integer> named = new HashMap<>();
        mentions.stream().filter(m -> m.type() != EntityType.PERSON).forEach(m -> named.merge(m.text(), 1, Integer::sum));
        Set<Mention> stray = new HashSet<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.type() == EntityType.PERSON || mentions.get(i + 1).type() != EntityType.PERSON || named.get(mention.text()) != 1
                    || !NameRules.isUncommonName(mention.text()) || NameLexicon.isBodyWord(mention.text())) {
                continue;
            }
            TaggedSentence sentence = sentences.get(mention.sentence() - 1);
            int first = sentence.tokenAt(mention.start());
            String before = first > 0 ? sentence.words().get(first - 1) : "";
            if (!before.isEmpty() && Character.isLowerCase(before.codePointAt(0)) && !NameLexicon.isTitle(before)
                    && NameLexicon.regionAt(sentence.words(), first) == 0) {
                stray.add(mention);
            }
        }
        return stray;
    }

    /**
     * Joins person mentions that only white space separates ("Dong" + "Jun"), keeping the first's
     * role, and a stray first name to the person's name after it.
     */
    private static List<Mention> joinTouchingPersons(String text, List<Mention> mentions, Set<Mention> strayFirstNames) {
        List<Mention> joined = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Mention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && (last.type() == EntityType.PERSON || strayFirstNames.contains(last)) && mention.type() == EntityType.PERSON
                    && last.sentence() == mention.sentence() && text.substring(last.end(), mention.start()).isBlank()) {
                joined.set(joined.size() - 1,
                        Mention.of(text, last.sentence(), last.start(), mention.end(), EntityType.PERSON, last.role()));
            } else {
                joined.add(mention);
            }
        }
        return joined;
    }

    /**
     * Adds, as mentions of people, the words of people's names that no mention covers yet (two
     * of them joined by a hyphen are two people, "Hendrawan-Lilis"), and makes a person of a
     * mention the tagger typed otherwise when it is made of such words.
     */
    private static void addPersonWords(String text, List<TaggedSentence> sentences, List<Mention> mentions, Bodies bodies) {
        Set<String> nameWords = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON) {
                for (String word : words(mention.text())) {
                    if (word.length() >= 2 && NameRules.isNameWord(word) && !bodies.isShortName(word)) {
                        nameWords.add(word);
                    }
                }
            }
        }
        if (nameWords.isEmpty()) {
            return;
        }
        mentions.replaceAll(m -> m.type() != EntityType.PERSON && nameWords.containsAll(Arrays.asList(words(m.text())))
                ? m.withType(EntityType.PERSON) : m);
        BitSet covered = new BitSet(text.length());
        mentions.forEach(m -> covered.set(m.start(), m.end()));
        for (TaggedSentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int end = i;
                while (end < tokens.size() && nameWords.contains(tokens.get(end).text())
                        && !covered.get(tokens.get(end).start())) {
                    end++;
                }
                if (end > i) {
                    mentions.add(mention(text, sentence, new NameSpan(i, end, EntityType.PERSON)));
                    i = end - 1;
                } else if (!covered.get(tokens.get(i).start())) {
                    addPairOfPersonWords(text, sentence.number(), tokens.get(i), nameWords, mentions);
                }
            }
        }
    }

    /** Adds the two people of a word that joins two people's name words by a hyphen ("Hendrawan-Lilis"). */
    private static void addPairOfPersonWords(String text, int sentence, Token token, Set<String> nameWords, List<Mention> mentions) {
        int hyphen = token.text().indexOf('-');
        if (hyphen > 0 && nameWords.contains(token.text().substring(0, hyphen)) && nameWords.contains(token.text().substring(hyphen + 1))) {
            mentions.add(Mention.of(text, sentence, token.start(), token.start() + hyphen, EntityType.PERSON, ""));
            mentions.add(Mention.of(text, sentence, token.start() + hyphen + 1, token.end(), EntityType.PERSON, ""));
        }
    }

    /** The role written before the name that starts at token {@code nameStart}, or "". */
    private static String roleBefore(String text, TaggedSentence sentence, int nameStart) {
        int roleStart = Roles.roleStart(sentence.words(), nameStart);
        return roleStart == nameStart ? ""
                : text.substring(sentence.tokens().get(roleStart).start(), sentence.tokens().get(nameStart - 1).end());
    }

    private static Mention mention(String text, TaggedSentence sentence, NameSpan name) {
        String role = name.type() == EntityType.PERSON ? roleBefore(text, sentence, name.start()) : "";
        return Mention.of(text, sentence.number(), sentence.tokens().get(name.start()).start(),
                sentence.tokens().get(name.end() - 1).end(), name.type(), role);
    }

    /** A headline person the body need not confirm: two words at least, none a common word (Xi Jinping). */
    private static boolean isSelfEvident(Mention headline) {
        String[] parts = words(headline.text());
        return parts.length >= 2 && Arrays.stream(parts).allMatch(NameRules::isUncommonName);
    }

    /**
     * The headline's mention as far as the body confirms it: the same name, or for a person the
     * longest run of its words that the body's people have ("Son Heung-min" of "Son Heung-min
     * Bawa Tottenham"), or the whole name when the body writes its words, news never writing
     * them in lower case, inside a sentence outside any name the tagger found ("Tantang Djokovic"
     * over "Sinner akan menghadapi Djokovic"); a person of two uncommon words stands without the
     * body; null when the body does not name it.
     */
    private static Mention confirmed(String text, Mention headline, Body body) {
        if (body.names.contains(Body.key(headline))) {
            return headline;
        }
        Set<String> personWords = body.personWords;
        if (headline.type() != EntityType.PERSON) {
            return null;
        }
        int bestStart = -1;
        int bestEnd = -1;
        int runStart = -1;
        Matcher word = WORD.matcher(headline.text());
        while (word.find()) {
            if (personWords.contains(word.group())) {
                runStart = runStart < 0 ? word.start() : runStart;
                if (word.end() - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = word.end();
                }
            } else {
                runStart = -1;
            }
        }
        if (bestStart < 0) {
            boolean written = Arrays.stream(words(headline.text())).allMatch(NameRules::isUncommonName) && body.writes(words(headline.text()));
            return written || isSelfEvident(headline) ? headline : null;
        }
        return Mention.of(text, headline.sentence(), headline.start() + bestStart, headline.start() + bestEnd,
                EntityType.PERSON, headline.role());
    }
}
