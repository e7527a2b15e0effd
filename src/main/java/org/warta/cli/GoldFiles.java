package org.warta.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import org.warta.output.IoReason;
import org.warta.report.ScoreTable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the eval commands share: each gold file read and scored in turn into one score table; a
 * file that cannot be read or is not in the format gets its error line, and the others are
 * still scored (exit code 1).
 */
final class GoldFiles {

    /** Reads a gold file's content; the message of an IOException says what is wrong and on which line. */
    @FunctionalInterface
    interface Format<G> {
        G read(Reader in) throws IOException;
    }

    /** Scores one file's gold content into the table. */
    @FunctionalInterface
    interface Scorer<G> {
        void score(Path file, G gold, ScoreTable table);
    }

    private GoldFiles() {
    }

    static <G> int score(CommandSpec spec, List<Path> files, String unitColumn, Format<G> format, Scorer<G> scorer)
            throws IOException {
        int[] failed = {0};
        ReportRun.toStandardOutput(spec, out -> {
            ScoreTable table = new ScoreTable(out, unitColumn);
            for (Path file : files) {
                G gold;
                try (Reader in = TextReaders.open(file)) {
                    gold = format.read(in);
                } catch (IOException e) {
                    spec.commandLine().getErr().println(ErrorLine.of(file.toString(), IoReason.of(e)));
                    failed[0]++;
                    continue;
                }
                scorer.score(file, gold, table);
            }
            table.flush();
        });
        return failed[0] == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}
