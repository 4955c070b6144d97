package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The URGD projection: a case computed by hand, its forecast error, and the (0,1) bound. */
class UrbanizationProjectionTest {

    /*
     * Hand-computed case. Observations chosen on round logits L = ln(U/(1-U)):
     *   2016: L = -0.20  U = 1/(1+e^0.20)  = 0.450166002687522
     *   2018: L =  0.00  U = 0.5
     *   2019: L =  0.16  U = 1/(1+e^-0.16) = 0.539914884555566
     * Fit: beta = (0.16 - (-0.20)) / (2019 - 2016) = 0.12 a year.
     *   interval URGDs: r1 = 0.20 / 2 = 0.10 (2 years), r2 = 0.16 / 1 = 0.16 (1 year)
     *   sigma^2 = [2 (0.10 - 0.12)^2 + 1 (0.16 - 0.12)^2] / (2 - 1) = 0.0008 + 0.0016 = 0.0024, sigma = 0.0489898
     *   se(beta) = sigma / sqrt(3) = 0.0282843
     * Projection from the base year 2020 at U = 0.55 (L = ln(0.55/0.45) = 0.2006707), mu = 0.02, phi = 0.5:
     *   2021: d = 0.02 + 0.5 (0.12  - 0.02) = 0.07    L = 0.2706707  U = 1/(1+e^-0.2706707) = 1/(1+0.7628677) = 0.5672576
     *   2022: d = 0.02 + 0.5 (0.07  - 0.02) = 0.045   L = 0.3156707  U = 1/(1+0.7292996) = 0.5782688
     *   2023: d = 0.02 + 0.5 (0.045 - 0.02) = 0.0325  L = 0.3481707  U = 1/(1+0.7059784) = 0.5861739
     */
    private static final int[] YEARS = {2016, 2018, 2019};
    private static final double[] SHARES = {1 / (1 + Math.exp(0.2)), 0.5, 1 / (1 + Math.exp(-0.16))};

    private static UrbanizationProjection handCase() {
        return UrbanizationProjection.fit(YEARS, SHARES, 2020, 0.55, 0.02, 0.5);
    }

    @Test
    void fitMatchesTheHandComputation() {
        UrbanizationProjection.Parameters p = handCase().parameters();
        assertEquals(0.12, p.urgd(), 1e-12);
        assertEquals(Math.sqrt(0.0024), p.innovationSd(), 1e-12);
        assertEquals(Math.sqrt(0.0024 / 3), p.urgdSe(), 1e-12);
        assertEquals(3, p.points());
        assertEquals(2016, p.firstYear());
        assertEquals(2019, p.lastYear());
    }

    @Test
    void medianMatchesTheHandComputation() {
        double[] path = handCase().median(2020, 2023);
        assertArrayEquals(new double[] {0.55, 0.5672576, 0.5782688, 0.5861739}, path, 5e-8);
        assertArrayEquals(new double[] {0.5782688, 0.5861739}, handCase().median(2022, 2023), 5e-8);
    }

    @Test
    void withoutDecayTheUrgdStaysConstant() {
        // phi = 0 and mu = beta: every year adds beta to the logit (the classic constant-URGD, logistic path).
        UrbanizationProjection p = UrbanizationProjection.fit(YEARS, SHARES, 2020, 0.55, 0.12, 0);
        double l = UrbanizationProjection.logit(0.55);
        double[] path = p.median(2020, 2030);
        for (int k = 0; k <= 10; k++) {
            assertEquals(1 / (1 + Math.exp(-(l + 0.12 * k))), path[k], 1e-14);
        }
    }

    @Test
    void fewerThanThreePointsAreRefusedWithTheNumberNeeded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                UrbanizationProjection.fit(new int[] {2015, 2020}, new double[] {0.45, 0.5}, 2020, 0.5, 0, 0.9));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
    }

    @Test
    void sharesOfZeroOrOneAndYearsAfterTheBaseYearAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> UrbanizationProjection.fit(
                new int[] {2010, 2015, 2020}, new double[] {0, 0.4, 0.5}, 2020, 0.5, 0, 0.9));
        assertThrows(IllegalArgumentException.class, () -> UrbanizationProjection.fit(
                new int[] {2010, 2015, 2021}, new double[] {0.3, 0.4, 0.5}, 2020, 0.5, 0, 0.9));
    }

    @Test
    void aSteepHistoryStaysInsideZeroAndOne() {
        // 10% to 90% in two years: beta = 2.197 a year, constant (phi = 0, mu = beta). A linear extrapolation of the
        // share would pass 100% in the first projected year; the logit path approaches 1 and never reaches it.
        UrbanizationProjection p = UrbanizationProjection.fit(new int[] {2018, 2019, 2020},
                new double[] {0.1, 0.5, 0.9}, 2020, 0.9, 2.197, 0);
        double previous = 0.9;
        for (double u : p.median(2021, 2030)) {
            assertTrue(u > previous && u < 1, "share " + u);
            previous = u;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int i = 0; i < 100; i++) {
            for (double u : p.draw(2021, 2025, rng)) {
                assertTrue(u > 0 && u < 1, "share " + u);
            }
        }
    }

    @Test
    void drawsAreReproducibleAndCentredOnTheMedian() {
        UrbanizationProjection p = handCase();
        double[] a = p.draw(2021, 2035, RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        double[] b = p.draw(2021, 2035, RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        assertArrayEquals(a, b, 0.0);
        assertNotEquals(a[14], p.median(2035, 2035)[0]);
        // The same stream gives the same path whatever window is asked for.
        double[] tail = p.draw(2030, 2035, RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        assertArrayEquals(java.util.Arrays.copyOfRange(a, 9, 15), tail, 0.0);
    }

    @Test
    void drawnLogitsHaveTheModelsMeanAndVariance() {
        // At horizon h the logit is L_T + sum_k d_k + noise with variance h sigma^2 + S_h^2 se^2, where
        // S_h = sum_{k=1..h} phi^k carries the drawn base-year URGD (its deviation from mu decays with phi).
        UrbanizationProjection p = handCase();
        UrbanizationProjection.Parameters q = p.parameters();
        int h = 10;
        double sh = 0;
        for (int k = 1; k <= h; k++) {
            sh += Math.pow(q.persistence(), k);
        }
        double variance = h * q.innovationSd() * q.innovationSd() + sh * sh * q.urgdSe() * q.urgdSe();
        double centre = UrbanizationProjection.logit(p.median(2030, 2030)[0]);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20201101L);
        int n = 20000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double l = UrbanizationProjection.logit(p.draw(2030, 2030, rng)[0]) - centre;
            sum += l;
            sumSq += l * l;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        // Monte Carlo tolerances: 4 standard errors of the mean and of the variance (sd of s^2 ~ var sqrt(2/n)).
        assertEquals(0, mean, 4 * Math.sqrt(variance / n));
        assertEquals(variance, var, 4 * variance * Math.sqrt(2.0 / n));
    }
}
