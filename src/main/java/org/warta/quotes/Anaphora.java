package org.warta.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.warta.names.EntityType;
import org.warta.names.Mention;

/**
 * Resolves the speakers that point back ("ia", "ujarnya", "Menurutnya", "pelatih asal Spanyol
 * itu") to the one a reader has in mind at that point: the latest speaker of a statement, or the
 * latest person who is the subject of a clause (the first name of a clause, with no preposition
 * before it, its title passed over: "Harapan senada diungkapkan Bupati Ogan Ilir Ilyas Panji
 * Alam"), whichever came last. Words inside statements and quotations, and lines that stand
 * alone (headlines, captions, links), do not count: they are not where the story's speaker is
 * set. After a statement by no one the text names ("kata seorang pejabat senior AS"), a pronoun
 * stands for that same unnamed speaker.
 */
final class Anaphora {

    private final AnalysedText text;
    private final IntPredicate standsAlone;

    /** {@code standsAlone} tells the sentences (counted from 0) that stand alone on their lines. */
    Anaphora(AnalysedText text, IntPredicate standsAlone) {
        this.text = text;
        this.standsAlone = standsAlone;
    }

    /** The statements of {@code claims} with every speaker resolved, in the order of their words. */
    List<Statement> resolve(List<Claim> claims) {
        BitSet said = new BitSet(text.size());
        for (Claim claim : claims) {
            said.set(text.tokenFrom(claim.start()), text.tokenFrom(claim.end()));
        }
        List<Claim> inOrder = new ArrayList<>(claims);
        inOrder.sort(Comparator.comparingInt(Claim::cueToken));
        Speaker[] spokeAt = new Speaker[text.size()]; // the speaker of the statements cued at a token
        List<Statement> statements = new ArrayList<>(claims.size());
        for (Claim claim : inOrder) {
            Reference who = claim.who();
            Speaker speaker = who.pointsBack() ? latestBefore(claim.cueToken(), said, spokeAt) : who.speaker();
            if (!standsAlone.test(text.sentenceOf(claim.cueToken()))) {
                spokeAt[claim.cueToken()] = speaker;
            }
            statements.add(new Statement(text.sentenceOf(text.tokenFrom(claim.start())) + 1, claim.start(), claim.end(),
                    text.text.substring(claim.start(), claim.end()), speaker, claim.cue(), claim.kind()));
        }
        statements.sort(Comparator.comparingInt(Statement::start).thenComparingInt(Statement::end));
        return statements;
    }

    /** The speaker a reader has in mind at token {@code cue}: read back to the latest speaker or subject. */
    private Speaker latestBefore(int cue, BitSet said, Speaker[] spokeAt) {
        for (int i = cue - 1; i >= 0; i--) {
            if (spokeAt[i] != null) {
                return spokeAt[i];
            }
            Mention subject = subjectAt(i, said);
            if (subject != null) {
                return Speaker.of(subject);
            }
        }
        return Speaker.UNKNOWN;
    }

    /** The person token {@code i} starts as the subject of a clause, or null. */
    private Mention subjectAt(int i, BitSet said) {
        Mention mention = text.mention(i);
        if (mention == null || mention.type() != EntityType.PERSON || said.get(i) || text.isQuoted(i)
                || mention.start() != text.token(i).start() || standsAlone.test(text.sentenceOf(i))) {
            return null;
        }
        int sentenceStart = text.sentenceStart(text.sentenceOf(i));
        int introduced = mention.role().isEmpty() ? i : text.tokenFrom(mention.start() - mention.role().length() - 1);
        for (int j = Math.min(i, introduced) - 1; j >= sentenceStart; j--) {
            String word = text.word(j);
            if (word.equals(",") || word.equals(";") || word.equals(":") || QuoteWords.opensClause(word)) {
                return mention;
            }
            if (text.mention(j) != null || QuoteWords.endsSpeakerPhrase(QuoteWords.lower(word))) {
                return null;
            }
        }
        return mention;
    }
}
