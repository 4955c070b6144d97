package org.labourcast.demography;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The resident urbanization rate (urban / all residents, a share 0–1 at the end of a year) projected from a region's
 * own history by the urban–rural growth difference (URGD) method of the UN's World Urbanization Prospects, with the
 * URGD decaying towards a long-run level as in time-series extensions of the method (docs/urbanization.md).
 *
 * <p>On the logit scale L = ln(U / R) = ln(U / (1 − U)), the URGD is the yearly change of L (the urban growth rate
 * minus the rural growth rate). The model for year t after the base year T is
 * <pre>
 *   L(t) = L(t−1) + d(t) + ε(t),   d(t) − μ = φ·(d(t−1) − μ),   d(T) = β,   ε(t) ~ N(0, σ²) independent
 * </pre>
 * so the expected URGD is an AR(1) in deviations from the long-run level μ, decaying geometrically with persistence
 * φ, and the yearly forecast error ε falls on the logit. The share is U(t) = 1 / (1 + e^−L(t)), inside (0, 1) by
 * construction: it is never clipped.
 *
 * <p>Fitted to n ≥ 3 observations (t_i, U_i) up to the base year: the yearly URGDs of the history window are taken
 * as independent draws around β with variance σ², so an interval of Δ_i years has mean URGD r_i = ΔL_i / Δ_i with
 * variance σ²/Δ_i. Weighted least squares then gives β̂ = (L_n − L_1)/(t_n − t_1) (the length-weighted mean of the
 * r_i), σ̂² = Σ Δ_i (r_i − β̂)² / (m − 1) over the m = n − 1 intervals, and se(β̂) = σ̂ / √(t_n − t_1). Three points
 * are the fewest that estimate both β and σ. μ and φ are not identified by one region's short series and are given
 * with their sources (the scenario's {@code rural_urban_move.projection}).
 *
 * <p>The path starts from the base population's own share U(T) (the cohort table the projection starts from), not
 * from the last observation. Immutable and thread-safe.
 *
 * @param parameters the fitted and given parameters
 */
public record UrbanizationProjection(Parameters parameters) {
    /** The fewest observations up to the base year that the method can fit (two for β, one more for σ). */
    public static final int MIN_POINTS = 3;

    public UrbanizationProjection {
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * The parameters of a projection.
     *
     * @param baseYear     the year the path starts from (end of year)
     * @param baseShare    the urbanization rate at the end of the base year, in (0,1)
     * @param urgd         β̂, the URGD at the base year: yearly change of ln(U/R), per year
     * @param urgdSe       the standard error of β̂, per year
     * @param innovationSd σ̂, the standard deviation of the yearly forecast error on ln(U/R)
     * @param longRunUrgd  μ, the level the URGD decays to, per year
     * @param persistence  φ in [0,1): the share of the URGD's deviation from μ kept from one year to the next
     * @param points       the number of observations fitted
     * @param firstYear    the first observation's year
     * @param lastYear     the last observation's year (at most the base year)
     */
    public record Parameters(int baseYear, double baseShare, double urgd, double urgdSe, double innovationSd,
                             double longRunUrgd, double persistence, int points, int firstYear, int lastYear) {
        public Parameters {
            if (!(baseShare > 0 && baseShare < 1)) {
                throw new IllegalArgumentException("the base-year urbanization rate must lie in (0,1), got "
                        + baseShare);
            }
            if (!(persistence >= 0 && persistence < 1)) {
                throw new IllegalArgumentException("persistence must be in [0,1), got " + persistence);
            }
            if (!Double.isFinite(urgd) || !Double.isFinite(longRunUrgd) || !(urgdSe >= 0) || !(innovationSd >= 0)
                    || !Double.isFinite(urgdSe) || !Double.isFinite(innovationSd)) {
                throw new IllegalArgumentException("URGD parameters must be finite, standard deviations >= 0");
            }
            if (points < MIN_POINTS || lastYear > baseYear || firstYear >= lastYear) {
                throw new IllegalArgumentException("a fit needs " + MIN_POINTS + " or more points up to the base"
                        + " year, got " + points + " from " + firstYear + " to " + lastYear);
            }
        }
    }

    /**
     * The same projection with another innovation sd: a region that borrows a wider area's URGD ({@code fit_to})
     * has its own year-to-year noise, larger than a smooth national series shows.
     */
    public UrbanizationProjection withInnovationSd(double sd) {
        Parameters p = parameters;
        return new UrbanizationProjection(new Parameters(p.baseYear(), p.baseShare(), p.urgd(), p.urgdSe(), sd,
                p.longRunUrgd(), p.persistence(), p.points(), p.firstYear(), p.lastYear()));
    }

    /**
     * Fits the method to observed urbanization rates.
     *
     * @param years       observation years, strictly increasing, none after {@code baseYear}
     * @param shares      urbanization rates at those years, each in (0,1)
     * @param baseYear    the year the projection starts from
     * @param baseShare   the urbanization rate of the base population, in (0,1)
     * @param longRunUrgd μ, per year
     * @param persistence φ in [0,1)
     * @throws IllegalArgumentException with fewer than {@link #MIN_POINTS} observations, a share outside (0,1),
     *                                  years not increasing or after the base year
     */
    public static UrbanizationProjection fit(int[] years, double[] shares, int baseYear, double baseShare,
                                             double longRunUrgd, double persistence) {
        int n = years.length;
        if (shares.length != n) {
            throw new IllegalArgumentException("one share per year is needed");
        }
        if (n < MIN_POINTS) {
            throw new IllegalArgumentException("the URGD method needs at least " + MIN_POINTS
                    + " observations up to the base year, got " + n);
        }
        double[] logit = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(shares[i] > 0 && shares[i] < 1)) {
                throw new IllegalArgumentException("an urbanization rate must lie in (0,1), got " + shares[i]
                        + " in " + years[i]);
            }
            if (years[i] > baseYear || (i > 0 && years[i] <= years[i - 1])) {
                throw new IllegalArgumentException("years must increase and end by the base year " + baseYear);
            }
            logit[i] = logit(shares[i]);
        }
        int span = years[n - 1] - years[0];
        double beta = (logit[n - 1] - logit[0]) / span;
        double ss = 0;
        for (int i = 1; i < n; i++) {
            int width = years[i] - years[i - 1];
            double r = (logit[i] - logit[i - 1]) / width;
            ss += width * (r - beta) * (r - beta);
        }
        double sigma = Math.sqrt(ss / (n - 2));
        return new UrbanizationProjection(new Parameters(baseYear, baseShare, beta, sigma / Math.sqrt(span), sigma,
                longRunUrgd, persistence, n, years[0], years[n - 1]));
    }

    /**
     * The median path: U at the end of each year {@code fromYear..toYear} (inclusive), the base year giving the base
     * share. The logit is symmetric about its expected path, so the median share is the share of the expected logit.
     *
     * @throws IllegalArgumentException if {@code fromYear} is before the base year or after {@code toYear}
     */
    public double[] median(int fromYear, int toYear) {
        return path(fromYear, toYear, parameters.urgd(), null);
    }

    /**
     * One path drawn with the model's own forecast error: the base-year URGD drawn from N(β̂, se(β̂)²) (estimation
     * error), then each year's logit change from N(d(t), σ̂²). Uses 1 + (toYear − base year) standard normal draws
     * from {@code rng}, in year order, whatever {@code fromYear} is, so a replicate's stream is consumed the same way
     * for any output window.
     *
     * @param rng the replicate's random stream
     * @return U at the end of each year {@code fromYear..toYear}
     */
    public double[] draw(int fromYear, int toYear, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double beta = parameters.urgd() + parameters.urgdSe() * normal.sample();
        return path(fromYear, toYear, beta, normal);
    }

    private double[] path(int fromYear, int toYear, double beta, ZigguratSampler.NormalizedGaussian normal) {
        Parameters p = parameters;
        if (fromYear < p.baseYear() || toYear < fromYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear + " must not start before the"
                    + " base year " + p.baseYear() + " or end before they start");
        }
        double[] out = new double[toYear - fromYear + 1];
        double l = logit(p.baseShare());
        double d = beta;
        for (int year = p.baseYear(); year <= toYear; year++) {
            if (year > p.baseYear()) {
                d = p.longRunUrgd() + p.persistence() * (d - p.longRunUrgd());
                l += d;
                if (normal != null) {
                    l += p.innovationSd() * normal.sample();
                }
            }
            if (year >= fromYear) {
                out[year - fromYear] = 1 / (1 + Math.exp(-l));
            }
        }
        return out;
    }

    /** ln(u / (1 − u)), the log urban–rural ratio. */
    public static double logit(double u) {
        return Math.log(u / (1 - u));
    }
}
