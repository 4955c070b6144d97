package org.labourcast.uncertainty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Attributes the Monte Carlo variance of an output to the uncertainty sources that the replicates drew
 * ({@code drivers.csv}).
 *
 * <p>Estimator: a linear regression of the output y on every drawn input column (least squares by the SVD
 * pseudo-inverse of the centred inputs, so collinear or duplicated columns are harmless), the fitted value split by
 * source, ŷ = Σₛ ŷₛ with ŷₛ = Xₛβₛ, and each source credited with Pratt's product measure, its fitted part's
 * covariance with the output: shareₛ = Cov(ŷₛ, y) / Var(y) (Pratt 1987; grouped by source). The shares add up to the
 * regression's R² exactly, because Σₛ Cov(ŷₛ, y) = Cov(ŷ, y) = Var(ŷ) for least squares. When the sources are drawn
 * independently (as the replicates draw them), shareₛ estimates the first-order effect Var(E[y | Xₛ]) / Var(y) of
 * the linear part of y in Xₛ. To remove the R² inflation of p regressors fitted on n runs (about p/(n − 1) for pure
 * noise), the shares are scaled by R²_adj / R², with R²_adj = 1 − (1 − R²)(n − 1)/(n − p − 1); a negative R²_adj
 * means the inputs explain nothing detectable and every share is 0.
 *
 * <p>{@link UncertaintySource#SAMPLING} gets the rest, 1 − Σ shares: the agents' own chance events, plus whatever
 * the linear first-order fit misses — interactions between sources and nonlinear effects. It is therefore an upper
 * bound on pure sampling noise. A source's share can be slightly negative in a finite sample when its fitted part is
 * correlated with another source's by chance; it then explains nothing distinguishable from noise.
 *
 * <p>Not attributable (no shares): an output that does not vary over the runs, or fewer than p + 2 runs for p
 * varying input columns. Stateless and thread-safe; results depend only on the values.
 */
public final class VarianceAttribution {
    private final InputDraws draws;
    private final int[] columns;          // the input columns that vary over the runs
    private final double[][] pseudoInverse; // [column][run] of the centred varying inputs
    private final double[][] centred;     // [run][column]

    /** Prepares the regression on {@code draws} once, for any number of outputs over the same runs. */
    public VarianceAttribution(InputDraws draws) {
        this.draws = draws;
        int n = draws.runs();
        columns = varyingColumns(draws);
        centred = new double[n][columns.length];
        for (int j = 0; j < columns.length; j++) {
            double[] col = draws.column(columns[j]);
            double mean = mean(col);
            for (int r = 0; r < n; r++) {
                centred[r][j] = col[r] - mean;
            }
        }
        if (columns.length > 0 && attributable()) {
            RealMatrix x = new Array2DRowRealMatrix(centred, false);
            pseudoInverse = new SingularValueDecomposition(x).getSolver().getInverse().getData();
        } else {
            pseudoInverse = null;
        }
    }

    /** Whether outputs over these runs can be attributed: at least p + 2 runs for p varying input columns. */
    public boolean attributable() {
        return draws.runs() >= runsNeeded();
    }

    /** The fewest runs that make the outputs attributable: p + 2 for p varying input columns, and at least 2. */
    public int runsNeeded() {
        return Math.max(2, columns.length + 2);
    }

    /** {@link #runsNeeded()} of these draws, without the regression's set-up. */
    public static int runsNeeded(InputDraws draws) {
        return Math.max(2, varyingColumns(draws).length + 2);
    }

    /** The input columns that take more than one value over the runs. */
    private static int[] varyingColumns(InputDraws draws) {
        List<Integer> varying = new ArrayList<>();
        for (int c = 0; c < draws.names().size(); c++) {
            double[] col = draws.column(c);
            for (double v : col) {
                if (v != col[0]) {
                    varying.add(c);
                    break;
                }
            }
        }
        return varying.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The share of the output's variance attributed to each source that has a varying drawn column, in
     * {@link UncertaintySource} order, and {@link UncertaintySource#SAMPLING} last; the shares sum to 1. Empty when
     * the output is constant over the runs or the runs are too few ({@link #attributable()}).
     *
     * @param y one value per run, none NaN
     */
    public Map<UncertaintySource, Double> shares(double[] y) {
        int n = draws.runs();
        if (y.length != n) {
            throw new IllegalArgumentException("expected " + n + " values, one per run, got " + y.length);
        }
        if (!attributable()) {
            return Map.of();
        }
        double mean = mean(y);
        double[] yc = new double[n];
        double total = 0;
        for (int r = 0; r < n; r++) {
            if (Double.isNaN(y[r])) {
                throw new IllegalArgumentException("run " + r + " has no value");
            }
            yc[r] = y[r] - mean;
            total += yc[r] * yc[r];
        }
        // A constant output (up to rounding of its own size) has no variance to attribute.
        if (total <= 1e-24 * Math.max(1.0, mean * mean) * n) {
            return Map.of();
        }
        Map<UncertaintySource, Double> explained = new EnumMap<>(UncertaintySource.class);
        double r2 = 0;
        if (pseudoInverse != null) {
            double[] beta = new double[columns.length];
            for (int j = 0; j < columns.length; j++) {
                double b = 0;
                for (int r = 0; r < n; r++) {
                    b += pseudoInverse[j][r] * yc[r];
                }
                beta[j] = b;
            }
            for (int j = 0; j < columns.length; j++) {
                UncertaintySource source = draws.sources().get(columns[j]);
                double cov = 0;
                for (int r = 0; r < n; r++) {
                    cov += centred[r][j] * beta[j] * yc[r];
                }
                explained.merge(source, cov / total, Double::sum);
                r2 += cov / total;
            }
        }
        int p = columns.length;
        double adjusted = p == 0 ? 0 : 1 - (1 - r2) * (n - 1) / (n - p - 1);
        double scale = adjusted <= 0 || r2 <= 0 ? 0 : adjusted / r2;
        Map<UncertaintySource, Double> out = new EnumMap<>(UncertaintySource.class);
        double sum = 0;
        for (UncertaintySource s : UncertaintySource.values()) {
            Double e = explained.get(s);
            if (e != null && s != UncertaintySource.SAMPLING) {
                out.put(s, e * scale);
                sum += e * scale;
            }
        }
        out.put(UncertaintySource.SAMPLING, 1 - sum); // includes any column tagged sampling
        return out;
    }

    /** A row of drivers.csv: the share of an indicator's variance in a year attributed to a source. */
    public record Share(String indicator, int year, UncertaintySource source, double share) {
    }

    /**
     * Every indicator and year of the runs that varies over them, by indicator then year then source; cells
     * that are missing ({@code NaN}, e.g. flows in the base year) or constant give no rows.
     */
    public List<Share> of(org.labourcast.indicators.ReplicateValues replicates) {
        if (replicates.runs() != draws.runs()) {
            throw new IllegalArgumentException(replicates.runs() + " runs but " + draws.runs() + " rows of draws");
        }
        List<Share> rows = new ArrayList<>();
        for (String indicator : replicates.indicators()) {
            for (int year : replicates.years()) {
                double[] y = replicates.values(indicator, year);
                if (Double.isNaN(y[0])) {
                    continue;
                }
                shares(y).forEach((source, share) -> rows.add(new Share(indicator, year, source, share)));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The paired differences B − A of every indicator and year of a comparison that vary over the runs, attributed
     * as {@link #of(org.labourcast.indicators.ReplicateValues)}.
     *
     * @param paired the difference per run for an indicator and year ({@code Comparison.paired})
     */
    public List<Share> ofDifferences(List<String> indicators, int[] years,
                                     java.util.function.BiFunction<String, Integer, double[]> paired) {
        List<Share> rows = new ArrayList<>();
        for (String indicator : indicators) {
            for (int year : years) {
                double[] y = paired.apply(indicator, year);
                boolean missing = false;
                for (double v : y) {
                    missing |= Double.isNaN(v);
                }
                if (!missing) {
                    shares(y).forEach((source, share) -> rows.add(new Share(indicator, year, source, share)));
                }
            }
        }
        return List.copyOf(rows);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
