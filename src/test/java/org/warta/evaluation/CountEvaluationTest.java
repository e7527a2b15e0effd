package org.warta.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.evaluation.CountEvaluation.Counted;
import org.warta.evaluation.CountEvaluation.GoldRow;
import org.warta.evaluation.CountEvaluation.Verdict;

class CountEvaluationTest {

    private static final GoldRow LAVROV = new GoldRow("a.txt", "Sergei Lavrov", 3, true);
    private static final GoldRow WANG = new GoldRow("a.txt", "Wang Yi", 2, true);
    private static final GoldRow BYLINE = new GoldRow("a.txt", "Pri Saja", 1, false);

    private static CountEvaluation.Result score(Counted... counted) {
        return CountEvaluation.score(List.of(LAVROV, WANG, BYLINE), Map.of("a.txt", List.of(counted)));
    }

    private static Verdict verdictOf(CountEvaluation.Result result, String person) {
        return result.rows().stream().filter(r -> r.person().equals(person)).findFirst().orElseThrow().verdict();
    }

    @Test
    void theFullNameWithTheGoldCountAndNothingBesideItIsStrict() {
        var result = score(new Counted("Sergei Lavrov", 3), new Counted("Wang Yi", 2));
        assertEquals(1.0, result.recall());
        assertEquals(1.0, result.precision());
        assertEquals(2, result.exactRows());
        assertEquals(2, result.strictRows());
        assertEquals(Verdict.strict, verdictOf(result, "Sergei Lavrov"));
    }

    @Test
    void aShortNameOfItsOwnCountsButSpoilsTheStrictRow() {
        var result = score(new Counted("Sergei Lavrov", 3), new Counted("Lavrov", 1), new Counted("Wang Yi", 2));
        assertEquals(Verdict.exact, verdictOf(result, "Sergei Lavrov"));
        assertEquals(1, result.strictRows());
        assertEquals(2, result.exactRows());
        assertEquals(5.0 / 6, result.precision(), 1e-9); // the fourth mention of Lavrov is one too many
    }

    @Test
    void mentionsSplitOverTwoEntitiesAreFoundButNotExact() {
        var result = score(new Counted("Lavrov", 2), new Counted("Sergei Lavrov", 1), new Counted("Wang Yi", 2));
        assertEquals(Verdict.different, verdictOf(result, "Sergei Lavrov"));
        assertEquals(1.0, result.recall());
        assertEquals(1, result.exactRows());
    }

    @Test
    void aMissedPersonLowersRecallAndAStrayEntityPrecision() {
        var result = score(new Counted("Sergei Lavrov", 3), new Counted("Moskow-Beijing", 2));
        assertEquals(Verdict.missed, verdictOf(result, "Wang Yi"));
        assertEquals(Verdict.spurious, verdictOf(result, "Moskow-Beijing"));
        assertEquals(3.0 / 5, result.recall(), 1e-9);
        assertEquals(3.0 / 5, result.precision(), 1e-9);
    }

    @Test
    void optionalRowsNeitherHelpNorHurt() {
        var result = score(new Counted("Sergei Lavrov", 3), new Counted("Wang Yi", 2), new Counted("Pri Saja", 1));
        assertEquals(2, result.requiredRows());
        assertEquals(1.0, result.precision());
        assertEquals(Verdict.optional, verdictOf(result, "Pri Saja"));
    }

    @Test
    void anEntityNamedAsOneGoldPersonStandsForThatPersonAlone() {
        var gold = List.of(new GoldRow("b.txt", "Joko Widodo", 2, true), new GoldRow("b.txt", "Joko Anwar", 1, true));
        var result = CountEvaluation.score(gold, Map.of("b.txt", List.of(new Counted("Joko Widodo", 2), new Counted("Joko Anwar", 1))));
        assertEquals(2, result.strictRows());
        assertEquals(1.0, result.precision());
    }

    @Test
    void readsTheGoldWithOrWithoutStatusAndRefusesBadRows() throws IOException {
        var gold = CountEvaluation.readGold(new StringReader("document,person,mentions\r\na.txt,Wang Yi,2\r\n"));
        assertEquals(List.of(new GoldRow("a.txt", "Wang Yi", 2, true)), gold);
        var optional = CountEvaluation.readGold(new StringReader("document,person,mentions,status\na.txt,Pri Saja,1,optional\n"));
        assertEquals(false, optional.get(0).required());
        assertThrows(IOException.class, () -> CountEvaluation.readGold(new StringReader("document,entity,count\na.txt,X,1\n")));
        assertThrows(IOException.class, () -> CountEvaluation.readGold(new StringReader("document,person,mentions\na.txt,X,two\n")));
    }
}
