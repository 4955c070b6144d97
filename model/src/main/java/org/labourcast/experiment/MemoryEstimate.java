package org.labourcast.experiment;

import java.util.Locale;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;

/**
 * What a Monte Carlo run of the agent model needs of the Java heap, estimated before it starts so that a run that
 * cannot fit is refused at once rather than failing with {@link OutOfMemoryError} after minutes: the agents of the
 * replicates that run side by side, plus every replicate's values, which are held until the run is summarised, and
 * with {@code --per-run} the text of {@code runs.csv}, built in memory before it is written.
 * An upper estimate from measured costs ({@link #BYTES_PER_AGENT}, {@link #bytesPerRun}), not an exact figure.
 *
 * @param agents      agents of one replicate: the largest population of the central cohort projection divided by
 *                    the scale, with room for drawn deviations and for the groups' spare capacity
 * @param sideBySide  replicates built at the same time: the threads when there are at least as many runs, else 1
 *                    (as {@link AgentRun} schedules them)
 * @param runs        Monte Carlo replicates
 * @param bytesPerRun bytes of one replicate's held values
 */
public record MemoryEstimate(long agents, int sideBySide, int runs, long bytesPerRun) {
    /**
     * Heap per agent while a replicate runs: 4 bytes of agent state ({@code AgentColumns}) with its columns'
     * spare capacity, the per-group histograms and the scratch of the yearly processes. {@code labourcast bench}
     * measured a peak of 48 MiB for Leshan's 3.16 million agents (16 bytes each) on one thread.
     */
    public static final long BYTES_PER_AGENT = 16;
    /** The heap of everything else: classes, the scenario, the cohort projection, the summary. */
    public static final long BASE_BYTES = 64L << 20;
    /** Agents per replicate above the central projection's largest population: drawn paths may lie above it. */
    private static final double GROWTH = 1.25;

    /** The estimate of {@link AgentRun#of} for this scenario and these settings, without {@code runs.csv}. */
    public static MemoryEstimate of(ScenarioSpec spec, RunSettings settings) {
        return of(spec, settings, false);
    }

    /**
     * The estimate of {@link AgentRun#of} for this scenario and these settings.
     *
     * @param perRunCsv whether {@code runs.csv} (every replicate's values as text) is written too
     */
    public static MemoryEstimate of(ScenarioSpec spec, RunSettings settings,
                                    boolean perRunCsv) {
        // The central projection (milliseconds): in-migration may grow a population far beyond its base year.
        double persons = spec.population().persons().total();
        for (ProjectedYear y : new CohortComponentProjection()
                .project(spec.population().persons(), spec.baseYear(), spec.horizon(),
                        new ScenarioAssumptions(spec))) {
            persons = Math.max(persons, y.population().total());
        }
        long agents = (long) Math.ceil(persons * GROWTH / settings.scale());
        int sideBySide = settings.threads() > 1 && settings.runs() >= settings.threads() ? settings.threads() : 1;
        int indicators = AgentRun.indicatorNames(spec).size();
        int years = spec.horizon() - spec.baseYear() + 1;
        int drawn = spec.uncertainty().fields().size() + 16; // drawn inputs: the scenario's distributions and the sources
        long perRun = bytesPerRun(indicators, years, drawn);
        if (perRunCsv) {
            // One line per indicator and year (id, run, name, year, 12 digits: about 45 characters and the id),
            // times 4: the builder's doubling holds two buffers at once, then the string and its bytes.
            perRun += 4L * indicators * years * (45 + spec.id().length());
        }
        return new MemoryEstimate(agents, sideBySide, settings.runs(), perRun);
    }

    /**
     * One replicate's held values: {@code values[indicator][year]} twice (the run's block and the summary's copy),
     * each array with its 16-byte header, and the row of drawn inputs.
     */
    static long bytesPerRun(int indicators, int years, int drawn) {
        long oneCopy = 16 + 8L * indicators + indicators * (16 + 8L * years);
        return 2 * oneCopy + 16 + 8L * drawn + 64;
    }

    /** The estimated peak heap in bytes. */
    public long bytes() {
        return BASE_BYTES + agents * BYTES_PER_AGENT * sideBySide + (long) runs * bytesPerRun;
    }

    /** Whether the run fits a heap of {@code maxHeap} bytes ({@link Runtime#maxMemory()}). */
    public boolean fits(long maxHeap) {
        return bytes() <= maxHeap;
    }

    /** How the estimate is made up, e.g. {@code 3,950,210 agents × 24 bytes × 2 replicates side by side + …}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d agents x %d bytes%s + %,d runs x %,d bytes of results", agents,
                BYTES_PER_AGENT, sideBySide > 1 ? " x " + sideBySide + " replicates side by side" : "", runs,
                bytesPerRun);
    }
}
