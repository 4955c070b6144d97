package org.labourcast.charts;

import java.util.List;
import java.util.OptionalInt;

/**
 * One plan target and what the runs say about it: a row of {@code targets.csv}.
 *
 * @param operator        as in targets.csv: {@code >=}, {@code <=}, {@code >}, {@code <}
 * @param target          target value in the indicator's unit (shares 0–1)
 * @param probability     share of runs meeting it, 0–1
 * @param median          median projected value (for a five-year total: the sum after the base year)
 * @param firstYearMet    median year first met, if most runs meet it within the projection
 * @param status          "on track", "at risk" or "off track"
 * @param kind            "annual" or "cumulative"
 * @param nature          "expected" or "binding"
 * @param baseYear        the plan's base year, if stated
 * @param baseValue       the plan's base-year value, NaN if not stated
 * @param label           the plan's name for it (often Chinese), may be empty
 * @param source          document and section
 * @param basis           "projected", "input" or "base-year" ("projected" for a targets.csv without the column)
 * @param basisInput      the scenario field fixing an "input" target, else empty
 * @param probabilityLow  lower bound of the 95% Wilson interval of the share of runs; NaN when not recorded
 * @param probabilityHigh upper bound; NaN when not recorded
 */
public record TargetResult(String indicator, int year, String operator, double target, double probability,
                           double median, OptionalInt firstYearMet, String status, String kind, String nature,
                           OptionalInt baseYear, double baseValue, int runs, String label, String source,
                           String basis, String basisInput, double probabilityLow, double probabilityHigh) {

    /** A projected target without a recorded interval (a targets.csv written before those columns). */
    public TargetResult(String indicator, int year, String operator, double target, double probability,
                        double median, OptionalInt firstYearMet, String status, String kind, String nature,
                        OptionalInt baseYear, double baseValue, int runs, String label, String source) {
        this(indicator, year, operator, target, probability, median, firstYearMet, status, kind, nature, baseYear,
                baseValue, runs, label, source, "projected", "", Double.NaN, Double.NaN);
    }

    public TargetResult {
        Messages.operatorSymbol(operator); // validates
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of " + indicator + " must be in [0, 1]: " + probability);
        }
        label = label == null ? "" : label;
        source = source == null ? "" : source;
        basis = basis == null || basis.isEmpty() ? "projected" : basis;
        if (!List.of("projected", "input", "base-year").contains(basis)) {
            throw new IllegalArgumentException("basis of " + indicator + " must be projected, input or base-year: "
                    + basis);
        }
        basisInput = basisInput == null ? "" : basisInput;
    }

    /** Whether the 95% interval of the share of runs was recorded. */
    public boolean hasInterval() {
        return !Double.isNaN(probabilityLow) && !Double.isNaN(probabilityHigh);
    }

    /** "base_year" style key of {@link #basis}. */
    public String basisKey() {
        return basis.replace('-', '_');
    }

    /** "≥", "≤", "&gt;", "&lt;". */
    public String symbol() {
        return Messages.operatorSymbol(operator);
    }

    public boolean annual() {
        return "annual".equals(kind);
    }

    /** "on_track" style key of {@link #status}. */
    public String statusKey() {
        return status.trim().replace(' ', '_');
    }
}
