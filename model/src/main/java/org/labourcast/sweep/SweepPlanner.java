package org.labourcast.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.labourcast.InputException;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepDefinition;
import org.labourcast.sweep.definition.SweepParameter;
import org.labourcast.uncertainty.RandomStreams;

/**
 * Turns a sweep definition into its points (docs/sweeps.md, "Designs"). Deterministic: the same definition and seed
 * give the same points on any machine.
 *
 * <ul>
 *   <li><b>grid</b>: every combination of the parameters' values, the first parameter varying slowest.</li>
 *   <li><b>random</b>: {@code points} rows; in each row, each parameter in order takes the value at a uniform
 *       u ∈ (0, 1) drawn from stream 0 of {@link RandomStreams}{@code (seed)}.</li>
 *   <li><b>latin_hypercube</b>: for each parameter in order, a random permutation π of 0..n−1 (Fisher–Yates) and
 *       then n uniforms U; row i takes the value at u = (π(i) + Uᵢ) / n, so each of the n equal-probability strata
 *       of every parameter holds exactly one row.</li>
 *   <li><b>sobol</b>: Saltelli (2010): row j (from 1) of a Sobol' sequence in 2k dimensions (Joe &amp; Kuo direction
 *       numbers, Commons Math's {@link SobolSequenceGenerator}; the all-zero first point skipped) gives A_j (first k
 *       coordinates) and B_j (last k); the points of row j are A_j, B_j, then for each parameter i, A_j with
 *       coordinate i from B_j (AB_i). The seed is not used for the sequence (it is deterministic), only for the
 *       bootstrap.</li>
 *   <li><b>one-at-a-time</b> points (design {@code oat}, or any design with {@code sensitivity: {method: oat}}):
 *       the baseline, and for each parameter its low, high, baseline × (1 − δ) and baseline × (1 + δ) values
 *       with the others at baseline, appended after the design's points unless a point with the same values is
 *       already there.</li>
 * </ul>
 */
public final class SweepPlanner {
    private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

    private SweepPlanner() {
    }

    /** The design's points followed by the one-at-a-time points (if any), and the one-at-a-time layout. */
    public static Layout points(SweepDefinition def) {
        List<SweepPoint> points = switch (def.design()) {
            case GRID -> grid(def.parameters());
            case RANDOM -> random(def.parameters(), def.points(), def.seed());
            case LATIN_HYPERCUBE -> latinHypercube(def.parameters(), def.points(), def.seed());
            case SOBOL -> saltelli(def.parameters(), def.points());
            case OAT -> new ArrayList<>();
        };
        boolean oat = def.design() == Design.OAT
                || def.sensitivity().map(s -> s.method() == SensitivitySpec.Method.OAT).orElse(false);
        if (!oat) {
            return new Layout(points, List.of(), -1);
        }
        double delta = def.sensitivity().map(SensitivitySpec::delta).orElse(SensitivitySpec.DEFAULT_DELTA);
        return withOat(def.parameters(), new ArrayList<>(points), delta);
    }

    /** Points and where the one-at-a-time analysis finds its own. */
    public record Layout(List<SweepPoint> points, List<OatLayout> oat, int oatBaseline) {
        public Layout {
            points = List.copyOf(points);
            oat = List.copyOf(oat);
        }
    }

    static List<SweepPoint> grid(List<SweepParameter> parameters) {
        List<List<ParameterValue>> lists = new ArrayList<>();
        long total = 1;
        for (SweepParameter p : parameters) {
            List<ParameterValue> values = ((Domain.Values) p.domain()).values();
            lists.add(values);
            total *= values.size();
        }
        List<SweepPoint> out = new ArrayList<>((int) total);
        int[] digit = new int[lists.size()];
        for (int i = 0; i < total; i++) {
            List<ParameterValue> values = new ArrayList<>(lists.size());
            for (int j = 0; j < lists.size(); j++) {
                values.add(lists.get(j).get(digit[j]));
            }
            out.add(new SweepPoint(i, Design.GRID.label(), i, values));
            for (int j = lists.size() - 1; j >= 0; j--) { // the last parameter varies fastest
                if (++digit[j] < lists.get(j).size()) {
                    break;
                }
                digit[j] = 0;
            }
        }
        return out;
    }

    static List<SweepPoint> random(List<SweepParameter> parameters, int n, long seed) {
        UniformRandomProvider rng = new RandomStreams(seed).replicate(0);
        List<SweepPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<ParameterValue> values = new ArrayList<>();
            for (SweepParameter p : parameters) {
                values.add(p.domain().at(open01(rng)));
            }
            out.add(new SweepPoint(i, Design.RANDOM.label(), i, values));
        }
        return out;
    }

    static List<SweepPoint> latinHypercube(List<SweepParameter> parameters, int n, long seed) {
        UniformRandomProvider rng = new RandomStreams(seed).replicate(0);
        int k = parameters.size();
        double[][] u = new double[k][n];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) {
                u[j][i] = (perm[i] + open01(rng)) / n;
            }
        }
        List<SweepPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<ParameterValue> values = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                values.add(parameters.get(j).domain().at(u[j][i]));
            }
            out.add(new SweepPoint(i, Design.LATIN_HYPERCUBE.label(), i, values));
        }
        return out;
    }

    /**
     * Saltelli's points: row j gives A_j, B_j, AB_1j … AB_kj, at indices j·(k + 2) + 0, 1, 2 … k + 1. Also used on
     * functions directly ({@link #saltelliMatrix}).
     */
    static List<SweepPoint> saltelli(List<SweepParameter> parameters, int n) {
        int k = parameters.size();
        double[][] rows = saltelliMatrix(k, n);
        List<SweepPoint> out = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] u = rows[j];
            for (int b = 0; b < k + 2; b++) {
                List<ParameterValue> values = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    boolean fromB = b == 1 || b == i + 2;
                    values.add(parameters.get(i).domain().at(fromB ? u[k + i] : u[i]));
                }
                String block = b == 0 ? "A" : b == 1 ? "B" : "AB" + (b - 1);
                out.add(new SweepPoint(out.size(), block, j, values));
            }
        }
        return out;
    }

    /**
     * Rows 1..n of the Sobol' sequence in 2k dimensions: A_j is the first k coordinates of row j, B_j the last k.
     * Every coordinate lies in (0, 1): the all-zero row 0 is skipped, and no later row has a zero coordinate.
     */
    public static double[][] saltelliMatrix(int k, int n) {
        if (2 * k > 1000) {
            throw new IllegalArgumentException("at most 500 parameters for a Sobol' design");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] rows = new double[n][];
        for (int j = 0; j < n; j++) {
            rows[j] = sobol.nextVector();
        }
        return rows;
    }

    private static Layout withOat(List<SweepParameter> parameters, List<SweepPoint> points, double delta) {
        Map<String, Integer> byKey = new HashMap<>();
        for (SweepPoint p : points) {
            byKey.putIfAbsent(p.key(), p.index());
        }
        List<ParameterValue> base = new ArrayList<>();
        for (SweepParameter p : parameters) {
            if (!p.domain().numeric() || p.baseline().isEmpty() || p.baseline().getAsDouble() == 0) {
                throw new InputException(p.location(), p.fieldPath(), "one-at-a-time points need a numeric parameter"
                        + " with a non-zero baseline; '" + p.name() + "' has " + (!p.domain().numeric() ? "text values"
                        : p.baseline().isEmpty() ? "no single number in the scenario at its path" : "baseline 0"),
                        "give baseline: x, or remove the parameter from a one-at-a-time analysis");
            }
            base.add(ParameterValue.of(p.baseline().getAsDouble()));
        }
        int baseline = add(points, byKey, "oat baseline", base);
        List<OatLayout> layout = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            SweepParameter p = parameters.get(i);
            double x0 = base.get(i).number();
            int low = add(points, byKey, "oat low " + p.name(), with(base, i, ParameterValue.of(p.domain().low())));
            int high = add(points, byKey, "oat high " + p.name(), with(base, i, ParameterValue.of(p.domain().high())));
            int minus = add(points, byKey, "oat minus " + p.name(), with(base, i, ParameterValue.of(x0 * (1 - delta))));
            int plus = add(points, byKey, "oat plus " + p.name(), with(base, i, ParameterValue.of(x0 * (1 + delta))));
            layout.add(new OatLayout(p.name(), base.get(i), low, high, minus, plus));
        }
        return new Layout(points, layout, baseline);
    }

    private static List<ParameterValue> with(List<ParameterValue> base, int i, ParameterValue v) {
        List<ParameterValue> out = new ArrayList<>(base);
        out.set(i, v);
        return out;
    }

    private static int add(List<SweepPoint> points, Map<String, Integer> byKey, String block, List<ParameterValue> v) {
        SweepPoint p = new SweepPoint(points.size(), block, -1, v);
        Integer existing = byKey.get(p.key());
        if (existing != null) {
            return existing;
        }
        points.add(p);
        byKey.put(p.key(), p.index());
        return p.index();
    }

    /** A uniform double in the open interval (0, 1): (53 random bits + ½) / 2⁵³. */
    static double open01(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * TWO_TO_MINUS_53;
    }
}
