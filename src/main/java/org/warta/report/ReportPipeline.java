package org.warta.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.warta.input.InputSource;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.input.UnreadableInputException;

/**
 * Runs a report over inputs: reads them in order, section by section, has the sections analysed
 * on {@code threads} threads, and writes the results in input order as they are ready. Reading
 * runs a bounded way ahead of writing, so memory stays bounded whatever the inputs' size. An
 * input that cannot be read is reported to the failure listener and the run goes on.
 *
 * <p>The calling thread, which reads and writes, is one of the {@code threads}: while the section
 * it must write next is still being analysed, it analyses sections from the far end of those
 * waiting rather than wait. So {@code threads} threads are busy, not one more.
 */
public final class ReportPipeline implements AutoCloseable {

    /** Told of each section once its rows are written, in input order, on the writing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = section -> { };

        void written(Section section);
    }

    /** Told of each input that could not be read. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(String name, String reason);
    }

    /**
     * How far reading runs ahead of writing: sections a thread, and characters in all. Enough
     * that one long document at the head does not leave the other threads idle; little enough
     * to keep memory bounded: a million characters of text (four sections of the reports that
     * find names), and what was found in them.
     */
    private static final int AHEAD_PER_THREAD = 16;
    private static final long AHEAD_CHARS = 1L << 20;

    private final SectionReader reader;
    private final int threads;
    private final Progress progress;

    /** The other threads, kept from run to run so that what they learned about words stays warm. */
    private final ExecutorService pool;

    public ReportPipeline(SectionReader reader, int threads) {
        this(reader, threads, Progress.NONE);
    }

    public ReportPipeline(SectionReader reader, int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.reader = reader;
        this.threads = threads;
        this.progress = progress;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "warta-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Hands sections on in input order; returns how many inputs could not be read. */
    @FunctionalInterface
    public interface Sections {
        int supply(SectionReader.SectionSink sink);
    }

    /**
     * Runs {@code report} over {@code sources}, taken one at a time as they are read (a walk of
     * folders may still be finding them); returns how many inputs failed.
     */
    public <R> int run(Iterator<InputSource> sources, SectionReport<R> report, FailureListener failures) {
        return run(sink -> readAll(sources, sink, failures), report);
    }

    /** Runs {@code report} over sections already in memory. */
    public <R> void run(List<Section> sections, SectionReport<R> report) {
        run(sink -> {
            sections.forEach(sink::accept);
            return 0;
        }, report);
    }

    private <R> int run(Sections sections, SectionReport<R> report) {
        if (threads == 1) {
            return sections.supply(section -> {
                report.write(section, report.analyse(section));
                progress.written(section);
            });
        }
        Deque<Pending<R>> pending = new ArrayDeque<>();
        try {
            long[] pendingChars = {0};
            int failed = sections.supply(section -> {
                FutureTask<R> analysis = new FutureTask<>(() -> report.analyse(section));
                pool.execute(analysis);
                pending.add(new Pending<>(section, analysis));
                pendingChars[0] += section.text().length();
                while (pending.size() >= AHEAD_PER_THREAD * threads || pendingChars[0] > AHEAD_CHARS) {
                    pendingChars[0] -= writeFirst(pending, report);
                }
            });
            while (!pending.isEmpty()) {
                writeFirst(pending, report);
            }
            return failed;
        } finally {
            pending.forEach(p -> p.result().cancel(true));
        }
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private int readAll(Iterator<InputSource> sources, SectionReader.SectionSink sink, FailureListener failures) {
        int failed = 0;
        while (sources.hasNext()) {
            InputSource source = sources.next();
            try {
                reader.read(source, sink);
            } catch (UnreadableInputException e) {
                failures.failed(source.name(), e.getMessage());
                failed++;
            }
        }
        return failed;
    }

    /** Writes the first pending section's rows once it is analysed; returns its length in characters. */
    private <R> int writeFirst(Deque<Pending<R>> pending, SectionReport<R> report) {
        Pending<R> first = pending.removeFirst();
        for (Iterator<Pending<R>> last = pending.descendingIterator(); !first.result().isDone() && last.hasNext(); ) {
            last.next().result().run(); // does nothing where another thread has run it or runs it
        }
        first.result().run();
        R result;
        try {
            result = first.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + first.section().document(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        report.write(first.section(), result);
        progress.written(first.section());
        return first.section().text().length();
    }

    private record Pending<R>(Section section, FutureTask<R> result) {
    }
}
