package org.warta.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.warta.evaluation.CountEvaluation;
import org.warta.names.EntityType;
import org.warta.names.entities.EntityFinder;

/**
 * {@code warta eval count}: counts the people of each input document as {@code count --by
 * document} does, then scores them against the gold ({@link CountEvaluation}). A gold document
 * is the input whose path is its name or ends with it ("seeds/000.txt" for "000.txt"). Writes one
 * summary row ({@code gold,documents,required_rows,count_recall,count_precision,exact_rows,strict_rows}),
 * or with {@code rows} one row a gold person and a spurious entity
 * ({@code document,person,gold,counted,verdict,counted_as}).
 */
public final class CountEvaluationReport extends DocumentTallyReport {

    private final String goldName;
    private final List<CountEvaluation.GoldRow> gold;
    private final boolean rows;
    private final CsvTable table;
    private final Consumer<String> unmatched;
    private final Map<String, List<CountEvaluation.Counted>> counted = new LinkedHashMap<>();

    /** {@code unmatched} hears of the gold documents that no input had. */
    public CountEvaluationReport(EntityFinder finder, String goldName, List<CountEvaluation.GoldRow> gold, boolean rows,
            CsvOutput out, Consumer<String> unmatched) {
        super(finder);
        this.goldName = goldName;
        this.gold = List.copyOf(gold);
        this.rows = rows;
        this.unmatched = unmatched;
        this.table = rows ? new CsvTable(out, "document", "person", "gold", "counted", "verdict", "counted_as")
                : new CsvTable(out, "gold", "documents", "required_rows", "count_recall", "count_precision", "exact_rows",
                        "strict_rows");
    }

    @Override
    void documentCounted(String document, List<EntityCount> counts) {
        for (CountEvaluation.GoldRow row : gold) {
            if (isNamed(document, row.document()) && !counted.containsKey(row.document())) {
                List<CountEvaluation.Counted> persons = new ArrayList<>();
                for (EntityCount count : counts) {
                    if (count.type() == EntityType.PERSON) {
                        persons.add(new CountEvaluation.Counted(count.entity(), count.mentions()));
                    }
                }
                counted.put(row.document(), persons);
            }
        }
    }

    private static boolean isNamed(String path, String goldDocument) {
        String slashed = path.replace('\\', '/');
        return slashed.equals(goldDocument) || slashed.endsWith("/" + goldDocument);
    }

    @Override
    public void finish() {
        List<CountEvaluation.GoldRow> scored = new ArrayList<>();
        for (CountEvaluation.GoldRow row : gold) {
            if (counted.containsKey(row.document())) {
                scored.add(row);
            }
        }
        gold.stream().map(CountEvaluation.GoldRow::document).distinct().filter(d -> !counted.containsKey(d)).forEach(unmatched);
        CountEvaluation.Result result = CountEvaluation.score(scored, counted);
        if (rows) {
            for (CountEvaluation.Row row : result.rows()) {
                table.row(row.document(), row.person(), row.gold(), row.counted(), row.verdict().name(), row.countedAs());
            }
        } else {
            table.row(goldName, result.documents(), result.requiredRows(), String.format("%.3f", result.recall()),
                    String.format("%.3f", result.precision()), result.exactRows(), result.strictRows());
        }
        table.finish();
    }
}
