package org.labourcast.labour;

/**
 * Event counts of one projected year (agents), made new by the engine when it begins the year; the processes add to
 * them in slot order and {@link IndicatorRecorder} reads them.
 */
final class YearEvents {
    /** Agents by {@code [sex][residence]}. */
    final long[][] births = new long[2][2];
    final long[][] deaths = new long[2][2];
    final long[][] netMigration = new long[2][2];
    /** Rural-to-urban moves by sex. */
    final long[] movers = new long[2];
    long trainees;
    long separations;
    long transferSeekers;
    long hires;
}
