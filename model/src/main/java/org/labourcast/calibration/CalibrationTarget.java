package org.labourcast.calibration;

import java.util.Objects;
import org.labourcast.Location;

/**
 * One data point the calibration fits, with the observed value already found.
 *
 * <p>The simulated statistic is the mean over the Monte Carlo runs (one run for the cohort-component model): for
 * {@link Statistic#LEVEL} the indicator's value in {@code fromYear} (= {@code toYear}); for
 * {@link Statistic#YEARLY_CHANGE} (value(toYear) − value(fromYear)) / (toYear − fromYear).
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator, as in indicators.csv
 * @param statistic level or yearly change
 * @param fromYear  the simulated year (level) or the first year of the simulated window (yearly change)
 * @param toYear    the simulated year (level) or the last year of the simulated window
 * @param observed  the observed value, in the indicator's unit (per year for a yearly change)
 * @param data      what the observed value is and where it comes from, e.g. "history 2015-2020: [PLAN …]"
 * @param tolerance the residual allowed, same unit as {@code observed}, &gt; 0; residuals are divided by it
 * @param weight    multiplies the target's squared scaled residual in the objective, &gt; 0
 * @param location  where the target is defined in the calibration file
 */
public record CalibrationTarget(String indicator, Statistic statistic, int fromYear, int toYear, double observed,
                                String data, double tolerance, double weight, Location location) {
    public CalibrationTarget {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(data, "data");
        if (statistic == Statistic.LEVEL ? fromYear != toYear : fromYear >= toYear) {
            throw new IllegalArgumentException(indicator + ": bad years " + fromYear + "-" + toYear + " for " + statistic);
        }
        if (!Double.isFinite(observed)) {
            throw new IllegalArgumentException(indicator + ": observed value must be finite");
        }
        if (!(tolerance > 0 && Double.isFinite(tolerance)) || !(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException(indicator + ": tolerance and weight must be positive");
        }
    }

    /** The simulated years as written in outputs: {@code 2020} or {@code 2020-2025}. */
    public String years() {
        return statistic == Statistic.LEVEL ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }

    /** A short name: {@code urbanization_rate 2020}, {@code sector_share_primary yearly change 2020-2025}. */
    public String label() {
        return indicator + (statistic == Statistic.LEVEL ? " " : " yearly change ") + years();
    }
}
