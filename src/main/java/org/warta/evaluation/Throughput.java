package org.warta.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Measures how fast a stage of the pipeline runs over texts already in memory, on one thread:
 * warm-up passes first (so that the JIT has compiled the hot paths), then timed passes, and the
 * median of those is the figure.
 */
public final class Throughput {

    /** The figures of one measurement: megabytes (10^6 bytes of UTF-8) per second, and units found per pass. */
    public record Result(double megabytesPerSecond, double bestMegabytesPerSecond, long units, long bytes) {
    }

    private Throughput() {
    }

    /**
     * Runs {@code stage} over every text, {@code warmups} times untimed then {@code runs} times
     * timed; the stage returns how many units (tokens, sentences, mentions) it found, which is
     * summed so that the work cannot be optimised away.
     */
    public static Result measure(List<String> texts, long bytes, ToIntFunction<String> stage, int warmups, int runs) {
        long units = 0;
        for (int i = 0; i < warmups; i++) {
            units = pass(texts, stage);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            units = pass(texts, stage);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e9;
        double best = nanos[0] / 1e9;
        return new Result(bytes / 1e6 / median, bytes / 1e6 / best, units, bytes);
    }

    private static long pass(List<String> texts, ToIntFunction<String> stage) {
        long units = 0;
        for (String text : texts) {
            units += stage.applyAsInt(text);
        }
        return units;
    }
}
