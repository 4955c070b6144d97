package org.labourcast.sweep;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.labourcast.experiment.ProgressListener;

/**
 * Runs a sweep's points and checkpoints each one the moment it is done.
 *
 * <p>Scheduling: with T threads and n points to run, min(T, n) points run at once, each on ⌊T / min(T, n)⌋ threads
 * (so a sweep of many points runs one point per thread, and a single point uses every thread). Points are taken in
 * index order. A point's result depends only on its scenario and the shared seed, never on the threads or on which
 * points run beside it, so outputs are identical for any T.
 *
 * <p>If a point fails, no further point starts; the points already running finish and are checkpointed; then the
 * failure of the lowest-numbered failed point is thrown. A {@link Listener} that throws stops the sweep the same way
 * (tests use this to simulate a sweep killed after k points).
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /** Runs one point with the given threads, reporting its Monte Carlo runs to {@code progress}. */
    @FunctionalInterface
    public interface Evaluator {
        PointResult evaluate(SweepPoint point, int threads, ProgressListener progress);
    }

    /** Told of progress; called from worker threads, so implementations must be thread-safe. */
    public interface Listener {
        /** A point's checkpoint is written; {@code done} of {@code total} points of this run are finished. */
        void pointFinished(int point, int done, int total);

        /** Monte Carlo runs completed over all points of this run (the largest count wins). */
        default void runsCompleted(int done, int total) {
        }
    }

    /** How many points run at once with {@code threads} threads and {@code points} points to run. */
    public static int pointsAtOnce(int threads, int points) {
        return Math.max(1, Math.min(threads, points));
    }

    /**
     * Runs {@code todo}, writing each result to {@code folder}.
     *
     * @param runsPerPoint Monte Carlo runs of each point, for the run count reported to the listener
     */
    public static void run(List<SweepPoint> todo, Evaluator evaluator, SweepFolder folder, int threads,
                           int runsPerPoint, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (todo.isEmpty()) {
            return;
        }
        int atOnce = pointsAtOnce(threads, todo.size());
        int threadsPerPoint = Math.max(1, threads / atOnce);
        int totalRuns = todo.size() * runsPerPoint;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger runsDone = new AtomicInteger();
        AtomicReference<Failure> failure = new AtomicReference<>();
        Runnable worker = () -> {
            while (failure.get() == null) {
                int i = next.getAndIncrement();
                if (i >= todo.size()) {
                    return;
                }
                SweepPoint point = todo.get(i);
                try {
                    AtomicInteger seen = new AtomicInteger();
                    ProgressListener progress = (done, total) -> {
                        int before = seen.getAndAccumulate(done, Math::max);
                        if (done > before) {
                            listener.runsCompleted(runsDone.addAndGet(done - before), totalRuns);
                        }
                    };
                    PointResult result = evaluator.evaluate(point, threadsPerPoint, progress);
                    folder.write(result);
                    listener.pointFinished(point.index(), finished.incrementAndGet(), todo.size());
                } catch (RuntimeException | Error e) {
                    failure.accumulateAndGet(new Failure(point.index(), e),
                            (a, b) -> a == null || b.point < a.point ? b : a);
                    return;
                }
            }
        };
        if (atOnce == 1) {
            worker.run();
        } else {
            Thread[] workers = new Thread[atOnce];
            for (int t = 0; t < atOnce; t++) {
                workers[t] = new Thread(worker, "labourcast-sweep-" + (t + 1));
                workers[t].start();
            }
            for (Thread w : workers) {
                boolean interrupted = false;
                while (true) {
                    try {
                        w.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Failure f = failure.get();
        if (f != null) {
            if (f.error instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f.error;
        }
    }

    private record Failure(int point, Throwable error) {
    }
}
