package org.labourcast.cli;

import java.util.Locale;
import org.labourcast.InputException;
import org.labourcast.experiment.MemoryEstimate;

/**
 * The Java heap as the command line speaks of it: a run refused up front when its estimate does not fit
 * ({@link #requireFits}), and the one line an {@link OutOfMemoryError} ends with ({@link #outOfMemory}) instead of
 * a JVM stack trace.
 */
final class Memory {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private Memory() {
    }

    /**
     * Refuses a run whose estimated heap exceeds {@code maxHeap} (exit 2, before any replicate runs).
     *
     * @param scaleFlag what sets persons per agent here ({@code --scale}), for the advice
     */
    static void requireFits(MemoryEstimate e, long maxHeap, String scaleFlag) {
        if (e.fits(maxHeap)) {
            return;
        }
        throw new InputException(null, "", "this run needs about " + format(e.bytes()) + " of memory ("
                + e.describe() + "), more than the " + format(maxHeap) + " Java may use here",
                "give Java more memory, e.g. JAVA_OPTS=-Xmx" + suggestedHeapGiB(e.bytes()) + "g, or use fewer agents"
                        + " with a larger " + scaleFlag + ", or fewer --threads or --runs");
    }

    /**
     * The line printed for an {@link OutOfMemoryError}: what ran out, the heap in use and its limit, and what to
     * try. Sizes come in as arguments so that a test can format a simulated error.
     */
    static String outOfMemory(OutOfMemoryError e, long usedHeap, long maxHeap) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? "Java heap space" : e.getMessage();
        String lower = what.toLowerCase(Locale.ROOT);
        String advice;
        if (lower.contains("native thread")) {
            advice = "the system refused another thread: use fewer --threads";
        } else if (lower.contains("array size")) {
            advice = "an array larger than Java allows was asked for: use fewer --runs or a larger --scale";
        } else {
            advice = "give Java more memory, e.g. JAVA_OPTS=-Xmx" + suggestedHeapGiB(2 * maxHeap) + "g, or use"
                    + " fewer agents with a larger --scale (persons per agent), fewer --threads or --runs, or smaller"
                    + " charts";
        }
        return "labourcast: out of memory (" + what + ") with " + format(usedHeap) + " of a " + format(maxHeap)
                + " Java heap in use: " + advice;
    }

    /** The out-of-memory error in {@code t} or its causes, or null. */
    static OutOfMemoryError find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** Bytes for a message: {@code 512 MiB}, {@code 3.9 GiB}. */
    static String format(long bytes) {
        return bytes >= GIB ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB)
                : String.format(Locale.ROOT, "%d MiB", Math.max(1, (bytes + MIB - 1) / MIB));
    }

    /** Whole GiB of heap to suggest for {@code bytes}: at least 1. */
    static long suggestedHeapGiB(long bytes) {
        return Math.max(1, (bytes + GIB - 1) / GIB);
    }
}
