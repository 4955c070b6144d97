package org.labourcast.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The time-correlated demographic deviations one replicate draws (docs/uncertainty.md, "Demography"): of log total
 * fertility, of life expectancy at birth and of the net migration level, each a path over the projected years that
 * starts at 0 in the base year. Widths are calibrated to published probabilistic projections (fertility and life
 * expectancy: UN WPP 2024, China, 80% prediction intervals in 2024 and 2035) or stated as assumptions (migration).
 * Thread-safe: stateless; each draw takes its own stream.
 */
public final class DemographicUncertainty {
    /**
     * Log TFR deviation: AR(1), {@code d(t) = PHI d(t−1) + e(t)}, {@code e ~ N(0, SD²)}, {@code d(base) = 0}. With
     * these values the deviation's sd is 0.121 four years after the base year and 0.193 fifteen years after it:
     * WPP 2024's China 80% intervals are [0.858, 1.171] around a median of 1.013 in 2024 and [0.827, 1.362] around
     * 1.097 in 2035, half-widths in log of 0.155 and 0.250, divided by z(0.9) = 1.2816: 0.121 and 0.195.
     */
    public static final double FERTILITY_PHI = 0.96;
    public static final double FERTILITY_SD = 0.0642;
    /**
     * Life expectancy deviation (years): a random walk plus a random pace, {@code d(t) = b t + w(t)},
     * {@code b ~ N(0, E0_SLOPE_SD²)}, {@code w} a random walk with steps of sd {@code E0_STEP_SD}. Variance
     * {@code 0.00797 t² + 0.1005 t} equals the WPP 2024 China 80% intervals' sd at t = 4 (2024: [77.07, 78.93],
     * sd 0.728) and t = 15 (2035: [78.29, 82.95], sd 1.817).
     */
    public static final double E0_SLOPE_SD = 0.0893;
    public static final double E0_STEP_SD = 0.317;
    /**
     * Net migration level deviation, as a share of the central level's size: AR(1) with {@code PHI = 0.9} and steps
     * of sd 0.2, which gives an sd of 0.45 of the level fifteen years on (an 80% interval of ±58%). An assumption:
     * the shipped regions' net migration is known only as a 2010–2020 census balance, a decade mean, so its yearly
     * spread cannot be estimated from their own history; the width is chosen wide on purpose.
     */
    public static final double MIGRATION_PHI = 0.9;
    public static final double MIGRATION_SD = 0.2;
    /**
     * Net migration deviation as a share of the region's mobile stock (its net stock of migrants, stated in the
     * scenario as {@code migration.mobile_stock}): AR(1) with the moments of China's stock of migrant workers working
     * outside their township (外出农民工, NBS 农民工监测调查报告 2011–2020, scenarios/data/migrant_workers_2011_2020.csv):
     * its yearly relative change 2012–2020 (+3.0% … −2.7% in 2020) has an sd of 0.01534 and a lag-1 autocorrelation
     * of 0.072 about its mean. A region's net migration swings when that stock returns or leaves, so the yearly net
     * flow of its own stock deviates by that share: the deviation starts at 0 in the base year with
     * {@code e ~ N(0, (0.01534² (1 − 0.072²)))}, which keeps the sd of each year's deviation at 0.0153.
     */
    public static final double STOCK_PHI = 0.072;
    public static final double STOCK_SD = 0.01534;

    private DemographicUncertainty() {
    }

    /**
     * One replicate's deviations for {@code years} projected years (index 0 = the first year after the base year).
     * A source not drawn gives zeros; each drawn source takes its own stream, so switching one off leaves the others
     * unchanged.
     *
     * @param fertility stream of the fertility source, or null when it is not drawn
     */
    public static DemographicDeviation draw(int years, UniformRandomProvider fertility, UniformRandomProvider mortality,
                                            UniformRandomProvider migration) {
        return draw(years, fertility, mortality, migration, Double.NaN);
    }

    /**
     * As {@link #draw(int, UniformRandomProvider, UniformRandomProvider, UniformRandomProvider)}, the migration
     * deviation a share of {@code mobileStock} persons when that is a number (STOCK_PHI, STOCK_SD), of the level
     * when it is NaN (MIGRATION_PHI, MIGRATION_SD).
     */
    public static DemographicDeviation draw(int years, UniformRandomProvider fertility, UniformRandomProvider mortality,
                                            UniformRandomProvider migration, double mobileStock) {
        double[] f = new double[years];
        double[] e = new double[years];
        double[] m = new double[years];
        if (fertility != null) {
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(fertility);
            double d = 0;
            for (int t = 0; t < years; t++) {
                d = FERTILITY_PHI * d + FERTILITY_SD * z.sample();
                f[t] = d;
            }
        }
        if (mortality != null) {
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(mortality);
            double slope = E0_SLOPE_SD * z.sample();
            double walk = 0;
            for (int t = 0; t < years; t++) {
                walk += E0_STEP_SD * z.sample();
                e[t] = slope * (t + 1) + walk;
            }
        }
        if (migration != null) {
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(migration);
            boolean stock = !Double.isNaN(mobileStock);
            double phi = stock ? STOCK_PHI : MIGRATION_PHI;
            double sd = stock ? STOCK_SD * Math.sqrt(1 - STOCK_PHI * STOCK_PHI) : MIGRATION_SD;
            double d = 0;
            for (int t = 0; t < years; t++) {
                // the first year's deviation has the stationary sd: the stock's swings do not build up from 0
                d = phi * d + (stock && t == 0 ? STOCK_SD : sd) * z.sample();
                m[t] = d;
            }
        }
        return new DemographicDeviation(f, e, m, fertility != null, mortality != null, migration != null,
                mobileStock);
    }
}
