package org.labourcast.experiment;

import java.util.Arrays;

/**
 * The additive logarithmic mean Divisia index method, LMDI-I (Ang 2004, "Decomposition analysis for policymaking in
 * energy: which is the preferred method?", Energy Policy 32:1131–1139; Ang 2015, "LMDI decomposition approach: a guide
 * for implementation", Energy Policy 86:233–238), applied to a <em>chain</em> of positive quantities.
 *
 * <p>A chain V<sub>0</sub>, V<sub>1</sub>, …, V<sub>n</sub> (e.g. population 16+, labour force, employed, employed in
 * a sector) gives the multiplicative identity V<sub>n</sub> = x<sub>0</sub> · x<sub>1</sub> ⋯ x<sub>n</sub> with
 * x<sub>0</sub> = V<sub>0</sub> and x<sub>k</sub> = V<sub>k</sub> / V<sub>k−1</sub>. Between a reference A and a
 * scenario B, LMDI-I splits the difference into one effect per factor:
 * <pre>
 *   effect_k = L(V_n^B, V_n^A) · ln(x_k^B / x_k^A),   L(a, b) = (a − b) / (ln a − ln b),  L(a, a) = a
 * </pre>
 * and the effects add up to V<sub>n</sub><sup>B</sup> − V<sub>n</sub><sup>A</sup> exactly (no residual), because
 * Σ<sub>k</sub> ln(x<sub>k</sub><sup>B</sup>/x<sub>k</sub><sup>A</sup>) = ln(V<sub>n</sub><sup>B</sup>/V<sub>n</sub><sup>A</sup>).
 * Here ln(x<sub>k</sub><sup>B</sup>/x<sub>k</sub><sup>A</sup>) is computed as d<sub>k</sub> − d<sub>k−1</sub> with
 * d<sub>k</sub> = ln(V<sub>k</sub><sup>B</sup>/V<sub>k</sub><sup>A</sup>), so the sum telescopes and closes to
 * within floating-point rounding.
 *
 * <p>The method needs every quantity to be positive. Stateless and thread-safe.
 */
public final class Lmdi {
    private Lmdi() {
    }

    /**
     * The logarithmic mean L(a, b) = (a − b) / (ln a − ln b), with L(a, a) = a; computed through {@code log1p} so it
     * stays accurate when a and b are close.
     *
     * @throws IllegalArgumentException unless both are positive and finite
     */
    public static double logMean(double a, double b) {
        if (!(a > 0 && b > 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("the logarithmic mean needs positive values, got " + a + " and " + b);
        }
        if (a == b) {
            return a;
        }
        double logRatio = Math.log1p((a - b) / b);
        return logRatio == 0 ? a : (a - b) / logRatio;
    }

    /**
     * The LMDI-I effects of the chain's factors on the difference of its last quantity, V_n^B − V_n^A.
     *
     * @param reference the chain V_0..V_n in the reference scenario A
     * @param scenario  the same chain in scenario B
     * @return n + 1 effects, in the factors' order, in the unit of V_n; all {@code NaN} when some quantity is not
     *         positive or is {@code NaN} (LMDI needs positive values: the difference is then not decomposed)
     * @throws IllegalArgumentException if the chains are empty or differ in length
     */
    public static double[] chainEffects(double[] reference, double[] scenario) {
        if (reference.length == 0 || reference.length != scenario.length) {
            throw new IllegalArgumentException("two chains of the same, non-zero length are needed, got "
                    + reference.length + " and " + scenario.length);
        }
        int n = reference.length;
        double[] effects = new double[n];
        for (int k = 0; k < n; k++) {
            if (!(reference[k] > 0 && scenario[k] > 0) || Double.isInfinite(reference[k])
                    || Double.isInfinite(scenario[k])) {
                Arrays.fill(effects, Double.NaN);
                return effects;
            }
        }
        double weight = logMean(scenario[n - 1], reference[n - 1]);
        double previous = 0;
        for (int k = 0; k < n; k++) {
            double d = Math.log(scenario[k] / reference[k]);
            effects[k] = weight * (d - previous);
            previous = d;
        }
        return effects;
    }
}
