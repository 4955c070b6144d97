package org.labourcast.experiment;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.agents.GroupExecutor;
import org.labourcast.demography.CohortComponentProjection;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.labour.LabourModel;
import org.labourcast.labour.LabourSimulation;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.uncertainty.RandomStreams;

/**
 * Whether a scale (persons per agent) leaves enough agents for the base year, checked before a run so that a coarse
 * {@code --scale} is named as the cause. At a coarse scale most single-year cells round to no agent, and the base
 * year's facts (employment, rural labour) cannot be reproduced; the error the model raises then names the fact
 * ({@code labour.base.employed}), not the scale. So when few agents are asked for, the base year is built once at
 * the central values (milliseconds at that size); if it fails there but holds at a finer scale, the scale is to
 * blame and the error says so, with the coarsest scale found to work.
 */
public final class ScaleCheck {
    /** At or above this many agents the base year is not built in advance (a failure there is the data's). */
    static final long CHECKED_BELOW_AGENTS = 200_000;

    private ScaleCheck() {
    }

    /**
     * @param name what sets the scale, for the message: {@code --scale}, or {@code simulation.scale}
     * @throws InputException naming {@code name} when the base year fails at {@code scale} but holds at a finer one
     */
    public static void check(ScenarioSpec spec, int scale, long seed, String name) {
        if (spec.labour() == null || scale <= 1) {
            return;
        }
        double persons = spec.population().persons().total();
        if (persons / scale >= CHECKED_BELOW_AGENTS) {
            return;
        }
        List<ProjectedYear> cohort = new CohortComponentProjection().project(spec.population().persons(),
                spec.baseYear(), spec.horizon(), new ScenarioAssumptions(spec));
        String failure = tryBaseYear(spec, cohort, scale, seed);
        if (failure == null) {
            return;
        }
        int fine = (int) Math.max(1, Math.ceil(persons / CHECKED_BELOW_AGENTS));
        if (fine >= scale || tryBaseYear(spec, cohort, fine, seed) != null) {
            return; // not the scale's fault: the run reports the fact itself
        }
        // The coarsest scale that works, between fine (works) and scale (fails): a handful of cheap builds.
        int works = fine;
        int fails = scale;
        while (fails - works > Math.max(1, works / 20)) {
            int mid = works + (fails - works) / 2;
            if (tryBaseYear(spec, cohort, mid, seed) == null) {
                works = mid;
            } else {
                fails = mid;
            }
        }
        throw new InputException(null, name, String.format(Locale.ROOT, "at %d persons per agent the base year"
                        + " has %,d agents for %,.0f residents, too few to reproduce its facts: %s", scale,
                Math.round(persons / scale), persons, failure),
                "use " + name + " " + roundDown(works) + " or less: one agent per "
                        + (roundDown(works) == 1 ? "resident" : roundDown(works) + " residents")
                        + " holds the base year here");
    }

    /**
     * The base year built at {@code scale}: null if it holds, else what failed. An internal error counts as a
     * failure too: at a coarse scale the model can meet cells with no agent where it needs one.
     */
    private static String tryBaseYear(ScenarioSpec spec, List<ProjectedYear> cohort, int scale, long seed) {
        try {
            UniformRandomProvider key = new RandomStreams(seed).replicate(0);
            LabourModel model = LabourModel.of(spec, cohort, scale);
            new LabourSimulation(model, key.nextLong(), key.nextLong(), GroupExecutor.serial()).checkBaseYear();
            return null;
        } catch (InputException e) {
            return e.getMessage();
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException
                 | IndexOutOfBoundsException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** Two significant digits, rounded down: 19531 gives 19000. */
    static int roundDown(int v) {
        if (v < 100) {
            return v;
        }
        int unit = (int) Math.pow(10, (int) Math.log10(v) - 1);
        return v / unit * unit;
    }
}
