package org.labourcast.demography;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The net migration projection: hand-computed fits and paths, and its refusals. */
class NetMigrationProjectionTest {

    /*
     * Hand-computed case. Estimates (2010, -100), (2012, -60), (2014, -50), base year 2015, mu = 0, phi = 0.5.
     *   mean year 2012, mean value -70; Sxx = 4 + 0 + 4 = 8; Sxy = (-2)(-30) + 0 + (2)(20) = 100; b = 12.5
     *   level at 2015: -70 + 12.5 * 3 = -32.5; residuals -100 - (-95) = -5, -60 - (-70) = 10, -50 - (-45) = -5,
     *   residual sd = sqrt((25 + 100 + 25) / (3 - 2)) = sqrt(150)
     * Path: m(t) = 0.5 m(t-1) + 0.5^(t-2015) * 12.5
     *   2016: 0.5 (-32.5) + 0.5 * 12.5   = -16.25 + 6.25  = -10
     *   2017: 0.5 (-10)   + 0.25 * 12.5  = -5 + 3.125    = -1.875
     *   2018: 0.5 (-1.875) + 0.125 * 12.5 = -0.9375 + 1.5625 = 0.625
     */
    @Test
    void fitAndPathMatchTheHandComputation() {
        NetMigrationProjection p = NetMigrationProjection.fit(new int[] {2010, 2012, 2014},
                new double[] {-100, -60, -50}, 2015, 0, 0.5);
        assertEquals(12.5, p.parameters().trend(), 1e-12);
        assertEquals(-32.5, p.parameters().level(), 1e-12);
        assertEquals(Math.sqrt(150), p.parameters().residualSd(), 1e-12);
        assertArrayEquals(new double[] {-10, -1.875, 0.625}, p.median(2016, 2018), 1e-12);
        assertArrayEquals(new double[] {0.625}, p.median(2018, 2018), 1e-12);
    }

    @Test
    void oneEstimateConvergesToTheLongRunLevelWithoutATrend() {
        // m(t) = mu + phi^(t-T) (m0 - mu): -18650 halving every year towards -1000 with phi = 0.5.
        NetMigrationProjection p = NetMigrationProjection.fit(new int[] {2015}, new double[] {-18650}, 2020, -1000,
                0.5);
        assertEquals(0, p.parameters().trend());
        assertEquals(0, p.parameters().residualSd());
        assertArrayEquals(new double[] {-1000 - 17650 * 0.5, -1000 - 17650 * 0.25}, p.median(2021, 2022), 1e-9);
        // Drawn paths equal the median when no scatter was estimated.
        assertArrayEquals(p.median(2021, 2030), p.draw(2021, 2030, RandomSource.XO_RO_SHI_RO_128_PP.create(1L)),
                0.0);
    }

    @Test
    void withFullPersistenceTheTrendIsUndampedAndTheLevelHeld() {
        // phi close to 1: the path approaches the straight line level + b h (Holt's linear trend).
        NetMigrationProjection p = NetMigrationProjection.fit(new int[] {2018, 2020}, new double[] {0, 10}, 2020, 0,
                0.999);
        double[] path = p.median(2021, 2023);
        assertEquals(10 * 0.999 + 5 * 0.999, path[0], 1e-9);
        assertEquals(path[0] * 0.999 + 5 * 0.999 * 0.999, path[1], 1e-9);
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NetMigrationProjection.fit(new int[0], new double[0],
                2020, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> NetMigrationProjection.fit(new int[] {2021},
                new double[] {1}, 2020, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> NetMigrationProjection.fit(new int[] {2019},
                new double[] {1}, 2020, 0, 1.0));
        NetMigrationProjection p = NetMigrationProjection.fit(new int[] {2019}, new double[] {1}, 2020, 0, 0.5);
        assertThrows(IllegalArgumentException.class, () -> p.median(2020, 2025), "the base year is not projected");
    }
}
