package org.labourcast.scenario;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A plan target, transcribed with the plan's own semantics.
 *
 * @param indicator indicator name (snake_case)
 * @param year      the year by which it should hold (end of year)
 * @param operator  comparison, e.g. at least (≥)
 * @param value     target value in the indicator's unit (shares as fractions 0–1)
 * @param kind      annual value, or a cumulative sum over the plan period (the plans' {@code [ ]} notation)
 * @param nature    expected (预期性) or binding (约束性)
 * @param baseYear  the plan's base year for this indicator, if stated
 * @param baseValue the plan's base value, if stated
 * @param label     how the plan names it, if given
 * @param source    document and table/section
 */
public record Target(String indicator, int year, Operator operator, double value, Kind kind, Nature nature,
                     OptionalInt baseYear, OptionalDouble baseValue, String label, String source) {

    /**
     * An annual, expected target with no stated base, label or source: the common case, to refine with the withers
     * (for example {@code Target.annual("births", 2025, Operator.AT_LEAST, 1e5).withKind(Kind.CUMULATIVE)}).
     */
    public static Target annual(String indicator, int year, Operator operator, double value) {
        return new Target(indicator, year, operator, value, Kind.ANNUAL, Nature.EXPECTED, OptionalInt.empty(),
                OptionalDouble.empty(), "", "");
    }

    public Target withKind(Kind k) {
        return new Target(indicator, year, operator, value, k, nature, baseYear, baseValue, label, source);
    }

    public Target withNature(Nature n) {
        return new Target(indicator, year, operator, value, kind, n, baseYear, baseValue, label, source);
    }

    /** The plan's stated base year and value. */
    public Target withBase(int year0, double value0) {
        return new Target(indicator, year, operator, value, kind, nature, OptionalInt.of(year0),
                OptionalDouble.of(value0), label, source);
    }

    public Target withLabel(String l) {
        return new Target(indicator, year, operator, value, kind, nature, baseYear, baseValue, l, source);
    }

    public Target withSource(String s) {
        return new Target(indicator, year, operator, value, kind, nature, baseYear, baseValue, label, s);
    }

    /**
     * When the target applies, as the summaries print it: "in 2025" for an annual target, "summed over 2021–2025"
     * for a cumulative one (the plan period starts the year after the scenario's base year).
     */
    public String period(int scenarioBaseYear) {
        return kind == Kind.CUMULATIVE
                ? String.format(java.util.Locale.ROOT, "summed over %d–%d", scenarioBaseYear + 1, year)
                : String.format(java.util.Locale.ROOT, "in %d", year);
    }

    public enum Kind {
        ANNUAL("annual"), CUMULATIVE("cumulative");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Nature {
        EXPECTED("expected"), BINDING("binding");

        private final String label;

        Nature(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
