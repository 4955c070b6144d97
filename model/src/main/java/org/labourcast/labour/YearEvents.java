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
    /** Registered unemployed who found work (失业人员再就业), in matching or public-welfare posts. */
    long reemployed;
    /** Of whom hard to employ ({@link HardToEmploy}) when hired (就业困难人员实现就业). */
    long hardToEmployPlaced;
}
