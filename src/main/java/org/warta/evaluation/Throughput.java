package org.warta.evaluation;

import java.util.Arrays;

/**
 * Measures how fast a pass over texts already in memory runs: warm-up passes first (so that the
 * JIT has compiled the hot paths), then timed passes; the median and the best are the figures.
 * Warm-up lasts at least {@link #MIN_WARMUP_NANOS}: the JIT's optimising compiler takes a good
 * part of a second over warta's largest methods, longer than a few fast passes.
 */
public final class Throughput {

    /** Megabytes (10^6 bytes of UTF-8) per second, median and best of the timed passes. */
    public record Result(double megabytesPerSecond, double bestMegabytesPerSecond) {
    }

    /** The least time warm-up passes take, however few are asked for: two seconds. */
    public static final long MIN_WARMUP_NANOS = 2_000_000_000L;

    private Throughput() {
    }

    /**
     * Runs {@code pass}, which reads {@code bytes} bytes of text, untimed at least {@code warmups}
     * times and for at least {@link #MIN_WARMUP_NANOS}, then {@code runs} times timed.
     */
    public static Result measure(Runnable pass, long bytes, int warmups, int runs) {
        long warmupStart = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - warmupStart < MIN_WARMUP_NANOS; i++) {
            pass.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pass.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Result(bytes * 1e3 / nanos[runs / 2], bytes * 1e3 / nanos[0]);
    }
}
