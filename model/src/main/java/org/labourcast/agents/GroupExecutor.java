package org.labourcast.agents;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs a task for every group slot, on a fork–join pool or on the calling thread. Each slot is handled by exactly
 * one thread and tasks never share mutable state, so the outcome is the same for any number of threads; all
 * reductions over slots are done afterwards, in slot order, by the caller.
 */
public final class GroupExecutor {
    private final ForkJoinPool pool;

    private GroupExecutor(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** Everything on the calling thread. */
    public static GroupExecutor serial() {
        return new GroupExecutor(null);
    }

    /** Slots spread over the pool's threads. */
    public static GroupExecutor on(ForkJoinPool pool) {
        return new GroupExecutor(pool);
    }

    /**
     * Runs {@code work} (which calls {@link #forEach}) on one of the pool's threads, so that every {@code forEach}
     * is forked from inside the pool: the calling worker does its share of the slots and only the other workers are
     * woken, instead of handing each {@code forEach} over from an outside thread.
     */
    public <T> T supply(Supplier<T> work) {
        if (pool == null || ForkJoinTask.getPool() == pool) {
            return work.get();
        }
        return pool.invoke(ForkJoinTask.adapt(work::get));
    }

    public void forEach(int slots, IntConsumer task) {
        if (pool == null || slots < 2) {
            for (int s = 0; s < slots; s++) {
                task.accept(s);
            }
            return;
        }
        if (ForkJoinPool.commonPool() != pool && pool.getParallelism() < 2) {
            for (int s = 0; s < slots; s++) {
                task.accept(s);
            }
            return;
        }
        Range all = new Range(task, 0, slots);
        if (ForkJoinTask.getPool() == pool) {
            all.invoke(); // already on one of the pool's threads (see supply): fork from here
        } else {
            pool.invoke(all);
        }
    }

    private static final class Range extends RecursiveAction {
        private final transient IntConsumer task;
        private final int from;
        private final int to;

        Range(IntConsumer task, int from, int to) {
            this.task = task;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                task.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(task, from, mid), new Range(task, mid, to));
        }
    }
}
