package org.labourcast.demography;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A region's net migration (persons per year, negative for a net outflow) projected from its estimates up to the base
 * year: the level and trend fitted to them, the trend damped and the level converging to a long-run level
 * (docs/migration.md). For years t after the base year T:
 * <pre>
 *   m(t) = μ + φ·(m(t−1) − μ) + φ^(t−T)·b,     m(T) = ℓ
 * </pre>
 * where ℓ is the fitted level at the base year, b the fitted yearly trend (damped as in Gardner &amp; McKenzie's damped
 * trend, 1985, Management Science 31(10)), μ the long-run level and φ ∈ [0,1) the persistence: a deviation from μ and
 * the trend both shrink by φ each year. ℓ and b are the ordinary least-squares line through the estimates
 * (t_i, m_i), evaluated at T; with a single estimate b = 0 and ℓ is that estimate. Immutable and thread-safe.
 */
public record NetMigrationProjection(Parameters parameters) {

    public NetMigrationProjection {
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * @param baseYear     the year the projection starts from
     * @param level        ℓ, the fitted net migration at the base year, persons per year
     * @param trend        b, the fitted change per year, persons per year per year (0 with one estimate)
     * @param longRunLevel μ, persons per year
     * @param persistence  φ in [0,1)
     * @param residualSd   standard deviation of the estimates about the fitted line (n − 2 degrees of freedom),
     *                     persons per year; 0 with fewer than three estimates
     * @param points       the number of estimates fitted
     */
    public record Parameters(int baseYear, double level, double trend, double longRunLevel, double persistence,
                             double residualSd, int points) {
        public Parameters {
            if (!(persistence >= 0 && persistence < 1)) {
                throw new IllegalArgumentException("persistence must be in [0,1), got " + persistence);
            }
            if (!Double.isFinite(level) || !Double.isFinite(trend) || !Double.isFinite(longRunLevel)
                    || !(residualSd >= 0) || points < 1) {
                throw new IllegalArgumentException("net migration parameters must be finite, with one estimate or more");
            }
        }
    }

    /**
     * Fits the level and trend to estimates up to the base year.
     *
     * @param years  estimate years, strictly increasing, none after {@code baseYear}
     * @param values net migration, persons per year
     */
    public static NetMigrationProjection fit(int[] years, double[] values, int baseYear, double longRunLevel,
                                             double persistence) {
        int n = years.length;
        if (n < 1 || values.length != n) {
            throw new IllegalArgumentException("net migration needs at least one estimate up to the base year");
        }
        for (int i = 0; i < n; i++) {
            if (years[i] > baseYear || (i > 0 && years[i] <= years[i - 1])) {
                throw new IllegalArgumentException("years must increase and end by the base year " + baseYear);
            }
        }
        double meanT = 0;
        double meanM = 0;
        for (int i = 0; i < n; i++) {
            meanT += years[i];
            meanM += values[i];
        }
        meanT /= n;
        meanM /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (years[i] - meanT) * (years[i] - meanT);
            sxy += (years[i] - meanT) * (values[i] - meanM);
        }
        double trend = n < 2 ? 0 : sxy / sxx;
        double level = meanM + trend * (baseYear - meanT);
        double residualSd = 0;
        if (n >= 3) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double e = values[i] - (meanM + trend * (years[i] - meanT));
                ss += e * e;
            }
            residualSd = Math.sqrt(ss / (n - 2));
        }
        return new NetMigrationProjection(new Parameters(baseYear, level, trend, longRunLevel, persistence,
                residualSd, n));
    }

    /** The projected net migration of each year {@code fromYear..toYear}, persons per year. */
    public double[] median(int fromYear, int toYear) {
        return path(fromYear, toYear, null);
    }

    /**
     * One path with each year's value drawn around the projection: independent N(0, residualSd²) deviations, the
     * estimates' own scatter about their line (none with fewer than three estimates). Uses one standard normal draw
     * per year from the base year + 1 to {@code toYear}, in year order.
     */
    public double[] draw(int fromYear, int toYear, UniformRandomProvider rng) {
        return path(fromYear, toYear, ZigguratSampler.NormalizedGaussian.of(rng));
    }

    private double[] path(int fromYear, int toYear, ZigguratSampler.NormalizedGaussian normal) {
        Parameters p = parameters;
        if (fromYear <= p.baseYear() || toYear < fromYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear + " must start after the base"
                    + " year " + p.baseYear() + " and not end before they start");
        }
        double[] out = new double[toYear - fromYear + 1];
        double m = p.level();
        double damping = 1;
        for (int year = p.baseYear() + 1; year <= toYear; year++) {
            damping *= p.persistence();
            m = p.longRunLevel() + p.persistence() * (m - p.longRunLevel()) + damping * p.trend();
            double value = normal == null ? m : m + p.residualSd() * normal.sample();
            if (year >= fromYear) {
                out[year - fromYear] = value;
            }
        }
        return out;
    }
}
