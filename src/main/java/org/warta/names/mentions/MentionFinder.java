package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.NameSpan;
import org.warta.names.TitleCase;
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
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final TextSegmenter segmenter;
    private final NameTagger tagger;

    public MentionFinder(TextSegmenter segmenter, NameTagger tagger) {
        this.segmenter = segmenter;
        this.tagger = tagger;
    }

    private static String[] words(String name) {
        return WHITE_SPACE.split(name);
    }

    /** What the body of a document names: its mentions by type and text, and its people's words. */
    private record Body(Set<String> names, Set<String> personWords) {

        static Body of(List<Mention> body) {
            Body named = new Body(new HashSet<>(), new HashSet<>());
            for (Mention mention : body) {
                named.names().add(named.key(mention));
                if (mention.type() == EntityType.PERSON) {
                    named.personWords().addAll(Arrays.asList(words(mention.text())));
                }
            }
            return named;
        }

        String key(Mention mention) {
            return mention.type() + " " + mention.text();
        }
    }

    /** One sentence as the tagger saw it. */
    private record Tagged(int number, List<Token> tokens, List<String> words, List<NameSpan> names) {
    }

    /** The mentions of {@code text}, in order, each referring to its own text. */
    public FoundMentions find(String text) {
        return find(text, sentence -> { });
    }

    /** As {@link #find(String)}, handing each sentence of the text to {@code eachSentence} as it is read. */
    public FoundMentions find(String text, Consumer<Sentence> eachSentence) {
        tagger.startDocument();
        List<Tagged> sentences = new ArrayList<>();
        List<Mention> body = new ArrayList<>();
        List<Mention> headlines = new ArrayList<>();
        int[] tokenCount = {0};
        segmenter.forEachSentence(text, sentence -> {
            eachSentence.accept(sentence);
            tokenCount[0] += sentence.tokens().size(); // as warta tokenize counts them, before names are unglued
            List<Token> tokens = NameTokens.of(sentence, text);
            List<String> words = tokens.stream().map(Token::text).toList();
            boolean headline = TitleCase.isTitleCase(words);
            Tagged tagged = new Tagged(sentences.size() + 1, tokens, words, tagger.tag(words));
            sentences.add(tagged);
            for (NameSpan name : tagged.names()) {
                (headline ? headlines : body).add(mention(text, tagged, name));
            }
        });
        List<Mention> all = new ArrayList<>(body);
        Body named = Body.of(body);
        for (Mention mention : headlines) {
            Mention confirmed = confirmed(text, mention, named);
            if (confirmed != null) {
                all.add(confirmed);
            }
        }
        addPersonWords(text, sentences, all);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new FoundMentions(joinTouchingPersons(text, withFirstNames(text, sentences, all)), sentences.size(), tokenCount[0]);
    }

    /**
     * Extends each person's mention over the word before it when that word starts a name
     * ("Nikolai" before a "Patrushev" that the tagger took for a place).
     */
    private static List<Mention> withFirstNames(String text, List<Tagged> sentences, List<Mention> mentions) {
        BitSet covered = new BitSet(text.length());
        mentions.forEach(m -> covered.set(m.start(), m.end()));
        List<Mention> extended = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            List<Token> tokens = sentences.get(mention.sentence() - 1).tokens();
            int first = 0;
            while (first < tokens.size() && tokens.get(first).start() < mention.start()) {
                first++;
            }
            if (mention.type() == EntityType.PERSON && first > 0 && first < tokens.size()
                    && tokens.get(first).start() == mention.start() && !covered.get(tokens.get(first - 1).start())
                    && NameRules.startsName(sentences.get(mention.sentence() - 1).words(), first - 1)) {
                String role = roleBefore(text, sentences.get(mention.sentence() - 1), first - 1);
                mention = Mention.of(text, mention.sentence(), tokens.get(first - 1).start(), mention.end(), mention.type(), role);
            }
            extended.add(mention);
        }
        return extended;
    }

    /** Joins person mentions that only white space separates ("Dong" + "Jun"), keeping the first's role. */
    private static List<Mention> joinTouchingPersons(String text, List<Mention> mentions) {
        List<Mention> joined = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Mention last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.type() == EntityType.PERSON && mention.type() == EntityType.PERSON
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
     * Adds, as mentions of people, the words of people's names that no mention covers yet, and
     * makes a person of a mention the tagger typed otherwise when it is made of such words.
     */
    private static void addPersonWords(String text, List<Tagged> sentences, List<Mention> mentions) {
        Set<String> nameWords = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON) {
                for (String word : words(mention.text())) {
                    if (word.length() >= 2 && NameRules.isNameWord(word)) {
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
        for (Tagged sentence : sentences) {
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
                }
            }
        }
    }

    /** The role written before the name that starts at token {@code nameStart}, or "". */
    private static String roleBefore(String text, Tagged sentence, int nameStart) {
        int roleStart = Roles.roleStart(sentence.words(), nameStart);
        return roleStart == nameStart ? ""
                : text.substring(sentence.tokens().get(roleStart).start(), sentence.tokens().get(nameStart - 1).end());
    }

    private static Mention mention(String text, Tagged sentence, NameSpan name) {
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
     * Bawa Tottenham"); a person of two uncommon words stands without the body; null when the
     * body does not name it.
     */
    private static Mention confirmed(String text, Mention headline, Body body) {
        if (body.names().contains(body.key(headline))) {
            return headline;
        }
        Set<String> personWords = body.personWords();
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
            return isSelfEvident(headline) ? headline : null;
        }
        return Mention.of(text, headline.sentence(), headline.start() + bestStart, headline.start() + bestEnd,
                EntityType.PERSON, headline.role());
    }
}
