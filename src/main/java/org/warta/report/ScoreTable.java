package org.warta.report;

import java.util.Locale;
import org.warta.evaluation.Score;

/**
 * {@code file,<unit>,precision,recall,f1,gold,system,correct}: one row a score, percentages with
 * two decimals, so that the evaluation commands print their figures alike.
 */
public final class ScoreTable {

    private final CsvTable table;

    /** {@code unitColumn} names the second column: what is scored ({@code unit}, {@code type}). */
    public ScoreTable(Appendable out, String unitColumn) {
        this.table = new CsvTable(out, "file", unitColumn, "precision", "recall", "f1", "gold", "system", "correct");
    }

    public void row(Object file, String unit, Score score) {
        table.row(file, unit, twoDecimals(score.precision()), twoDecimals(score.recall()), twoDecimals(score.f1()),
                score.gold(), score.system(), score.correct());
    }

    public void flush() {
        table.flush();
    }

    /** A figure as the reports write it: two decimals, a full stop, whatever the locale. */
    public static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
