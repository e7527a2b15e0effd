package org.warta.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The licensed corpora beside the project, which a fresh clone does not have: tests skip without them. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code ../shared/data/RELATIVE}, or the test is skipped when it is absent. */
    public static Path require(String relative) {
        return requireShared("data/" + relative);
    }

    /** {@code ../shared/RELATIVE}, or the test is skipped when it is absent. */
    public static Path requireShared(String relative) {
        Path path = Path.of(System.getProperty("warta.shared", "../shared"), relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent: skipped");
        return path;
    }
}
