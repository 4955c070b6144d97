package org.labourcast.experiment;

/**
 * Told how many of an experiment's runs have completed, so a front end can show progress while the model itself
 * never prints.
 *
 * <p>Implementations must be thread-safe: engines may call {@link #completed} from several worker threads, and
 * calls may arrive out of order (a report of 6 before one of 5), so an implementation should keep the largest
 * {@code done} it has seen.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> {
    };

    /**
     * @param done  runs completed so far, 0..total
     * @param total runs in the experiment
     */
    void completed(int done, int total);
}
