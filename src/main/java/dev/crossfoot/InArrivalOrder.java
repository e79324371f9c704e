package dev.crossfoot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work done on a bounded pool, its results applied on the caller's thread in the order the work
 * arrived: a run checked on several cores reports exactly what it reports on one. At most
 * {@code 8 × jobs} results wait at a time, so a dataset is never held whole while the slowest
 * document of a batch finishes, and the other threads can work that far past a slow document
 * before the reader must wait for it (with two, one slow document left the others idle). With
 * one job the work is done at once on the caller's thread.
 * <p>
 * A result is a {@link Runnable}: what the work found, to be recorded by the caller. The work
 * itself must not touch the caller's state.
 */
final class InArrivalOrder implements AutoCloseable {

    private final ExecutorService pool;
    private final int waitingLimit;
    private final Deque<Future<Runnable>> waiting = new ArrayDeque<>();

    InArrivalOrder(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
        }
        this.pool = jobs == 1 ? null : Executors.newFixedThreadPool(jobs, new Workers());
        this.waitingLimit = 8 * jobs;
    }

    /** Starts the work; its result is applied after every result that arrived before it. */
    void submit(Callable<Runnable> work) {
        if (pool == null) {
            call(work).run();
            return;
        }
        waiting.add(pool.submit(work));
        applyDone();
        while (waiting.size() > waitingLimit) {
            apply(waiting.poll());
        }
    }

    /** A result known already (a problem a reader reported): applied in its place among the others. */
    void add(Runnable ready) {
        if (waiting.isEmpty()) {
            ready.run();
        } else {
            waiting.add(CompletableFuture.completedFuture(ready));
        }
    }

    /** Waits for all the work and applies what is left, in order. */
    void finish() {
        while (!waiting.isEmpty()) {
            apply(waiting.poll());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            waiting.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }

    private void applyDone() {
        while (!waiting.isEmpty() && waiting.peek().isDone()) {
            apply(waiting.poll());
        }
    }

    /** The work's own failure (only what the work lets through: an internal JVM fault) is the caller's again. */
    private static void apply(Future<Runnable> result) {
        Runnable recorded;
        try {
            recorded = result.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document to be checked", interrupted);
        } catch (ExecutionException failed) {
            throw rethrown(failed.getCause());
        }
        recorded.run();
    }

    private static Runnable call(Callable<Runnable> work) {
        try {
            return work.call();
        } catch (Exception failed) {
            throw rethrown(failed);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }

    /** Daemon threads, named for a thread dump: a run never waits on the pool to end. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "crossfoot-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
