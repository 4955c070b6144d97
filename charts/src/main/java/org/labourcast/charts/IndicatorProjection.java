package org.labourcast.charts;

import java.util.List;

/**
 * One indicator of one scenario over the years, as a chart draws it: the central value (the Monte Carlo median, or
 * the value of a deterministic run), the range of the middle 80% of runs (p10–p90) and of the middle 90% (p05–p95),
 * in the indicator's own unit (persons, or shares 0–1). Built from {@code indicators.csv}.
 *
 * @param runs   Monte Carlo runs behind the statistics (1: a deterministic run, no bands)
 * @param band80 p10–p90 by year (empty for a deterministic run)
 * @param band90 p05–p95 by year (empty for a deterministic run)
 */
public record IndicatorProjection(String scenario, String indicator, int runs, List<YearValue> central,
                                  List<YearBand> band80, List<YearBand> band90) {
    public IndicatorProjection {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        central = List.copyOf(central);
        band80 = band80 == null ? List.of() : List.copyOf(band80);
        band90 = band90 == null ? List.of() : List.copyOf(band90);
    }

    /** The central value in {@code year}, or NaN. */
    public double centralIn(int year) {
        for (YearValue v : central) {
            if (v.year() == year) {
                return v.value();
            }
        }
        return Double.NaN;
    }

    /** True when the values come from several runs and carry bands. */
    public boolean hasBands() {
        return runs > 1 && !band80.isEmpty();
    }
}
