package org.labourcast.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.labourcast.experiment.ProgressListener;

/**
 * Shows the progress of a Monte Carlo experiment, or of anything else counted in units (a sweep counts its runs over
 * all points).
 *
 * <p>On an interactive terminal it redraws one line in place with {@code \r}, e.g.
 * {@code [######--------------] 12/40 runs  30%  ETA 0:12}, at most {@link #MAX_REDRAWS_PER_SECOND} times a second
 * (the last run is always drawn). Elsewhere (a pipe, a log file, CI) carriage returns would pile up, so it prints
 * nothing until {@link #finish()}, which prints one line such as {@code 40 runs in 3.2 s}; on a terminal that line
 * replaces the bar.
 *
 * <p>Thread-safe: {@link #update} may be called from worker threads, in any order; the largest count wins.
 * The ETA assumes the remaining runs take as long on average as those done.
 */
public final class ProgressBar implements ProgressListener {
    /** Characters between the brackets. */
    public static final int BAR_WIDTH = 20;

    /** Upper bound on redraws, so fast runs do not spend their time writing to the terminal. */
    public static final int MAX_REDRAWS_PER_SECOND = 10;

    private static final long MIN_REDRAW_INTERVAL_NANOS = 1_000_000_000L / MAX_REDRAWS_PER_SECOND;

    private final PrintWriter out;
    private final int total;
    private final String singular;
    private final String plural;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private final long started;

    // Guarded by this.
    private int done;
    private boolean drawn;
    private long lastDraw;
    private int lastLength;
    private boolean finished;

    /** A progress bar timed by {@link System#nanoTime()}. */
    public ProgressBar(PrintWriter out, int total, boolean interactive) {
        this(out, total, interactive, System::nanoTime);
    }

    /**
     * @param out         where to write (usually standard error, so standard output stays clean)
     * @param total       runs in the experiment, at least 1
     * @param interactive true when {@code out} is a terminal: draw the bar in place
     * @param nanoTime    monotonic clock in nanoseconds (injectable for tests); read once now as the start
     */
    public ProgressBar(PrintWriter out, int total, boolean interactive, LongSupplier nanoTime) {
        this(out, total, interactive, "run", "runs", nanoTime);
    }

    /**
     * A progress bar counting other things than runs, e.g. {@code "point", "points"}.
     *
     * @param singular the unit's name for one ({@code 1 point in 3.2 s})
     * @param plural   its name for several ({@code [####----] 12/40 points  30%  ETA 0:12})
     */
    public ProgressBar(PrintWriter out, int total, boolean interactive, String singular, String plural,
                       LongSupplier nanoTime) {
        this.singular = Objects.requireNonNull(singular, "singular");
        this.plural = Objects.requireNonNull(plural, "plural");
        if (total < 1) {
            throw new IllegalArgumentException("total must be at least 1, got " + total);
        }
        // Its carriage returns are its own: past the filter that strips them from everything else printed.
        this.out = TerminalWriter.raw(Objects.requireNonNull(out, "out"));
        this.total = total;
        this.interactive = interactive;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.started = nanoTime.getAsLong();
    }

    /** Records that {@code done} runs have completed; redraws if interactive and not redrawn too recently. */
    public synchronized void update(int done) {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be in 0.." + total + ", got " + done);
        }
        if (finished || done <= this.done && drawn) {
            return;
        }
        this.done = Math.max(this.done, done);
        if (!interactive) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean complete = this.done == total;
        if (drawn && !complete && now - lastDraw < MIN_REDRAW_INTERVAL_NANOS) {
            return;
        }
        redraw(bar(this.done, now));
        drawn = true;
        lastDraw = now;
    }

    /** Seconds since the bar was made. */
    public synchronized double elapsedSeconds() {
        return (nanoTime.getAsLong() - started) / 1e9;
    }

    /** {@link #update} for an engine's report; {@code total} must be this bar's total. */
    @Override
    public void completed(int done, int total) {
        if (total != this.total) {
            throw new IllegalArgumentException("progress bar for " + this.total + " runs told of " + total);
        }
        update(done);
    }

    /** Prints the closing line ({@code 40 runs in 3.2 s}, or {@code 12 of 40 runs in 3.2 s}). Later calls do nothing. */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        String runs = done == total ? total + " " + (total == 1 ? singular : plural)
                : done + " of " + total + " " + plural;
        String line = String.format(Locale.ROOT, "%s in %.1f s", runs, seconds);
        if (interactive && drawn) {
            redraw(line);
            out.print('\n');
        } else {
            out.print(line + '\n');
        }
        out.flush();
    }

    /** The bar text for {@code done} runs at time {@code now}, e.g. {@code [####----] 12/40 runs  30%  ETA 0:12}. */
    String bar(int done, long now) {
        int filled = (int) ((long) BAR_WIDTH * done / total);
        int percent = (int) (100L * done / total); // floor: 100% only when all are done
        StringBuilder sb = new StringBuilder(64).append('[');
        sb.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        sb.append(done).append('/').append(total).append(' ').append(plural).append("  ");
        sb.append(percent).append("%  ETA ");
        if (done == 0) {
            sb.append("-:--");
        } else {
            double elapsed = now - started;
            long remainingSeconds = Math.round(elapsed / done * (total - done) / 1e9);
            sb.append(clock(remainingSeconds));
        }
        return sb.toString();
    }

    /** m:ss below an hour, h:mm:ss from an hour. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private void redraw(String line) {
        // Pad with spaces so a shorter line fully covers the previous one.
        int pad = Math.max(0, lastLength - line.length());
        out.print('\r' + line + " ".repeat(pad));
        out.flush();
        lastLength = line.length();
    }
}
