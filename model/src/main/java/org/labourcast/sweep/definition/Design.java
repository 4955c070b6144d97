package org.labourcast.sweep.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the points of a sweep are chosen (docs/sweeps.md, "Designs"). */
public enum Design {
    /** Every combination of the parameters' values (the first parameter varies slowest). */
    GRID(false),
    /** {@code points} independent draws, each parameter from its values or distribution. */
    RANDOM(true),
    /** {@code points} draws stratified in every parameter (McKay, Beckman &amp; Conover 1979). */
    LATIN_HYPERCUBE(true),
    /**
     * Saltelli's (2010) scheme for variance-based sensitivity: matrices A and B of {@code points} rows from a Sobol'
     * low-discrepancy sequence, and for each parameter i the matrix A with column i from B; {@code points × (k + 2)}
     * model points for k parameters.
     */
    SOBOL(true),
    /** Only the one-at-a-time points: the baseline, and each parameter alone at its low, high and ±δ values. */
    OAT(false);

    private final boolean sampled;

    Design(boolean sampled) {
        this.sampled = sampled;
    }

    /** True when the design draws {@code points} samples (and so needs {@code points:}). */
    public boolean sampled() {
        return sampled;
    }

    /** The name written in scenario files and outputs: {@code grid}, {@code latin_hypercube}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Design::label).toList();
    }

    public static Design of(String label) {
        for (Design d : values()) {
            if (d.label().equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown design " + label);
    }
}
