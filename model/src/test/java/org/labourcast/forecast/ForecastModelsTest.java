package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed and reference cases for the simpler models: linear trend, logistic curve, naive, intervals. */
class ForecastModelsTest {
    /**
     * y = 1, 3, 2, 5, 6 in 2000..2004. Reference: R 4.2.2, {@code predict(lm(y ~ t), data.frame(t = c(2005, 2007)),
     * interval = "prediction", level = 0.8 / 0.95)} and {@code logLik(lm(...))}. Tolerance 1e-9 absolute.
     */
    @Test
    void linearTrendIntervalsAsRsLm() {
        Fit f = LinearTrend.fit(ObservedSeries.regular("y", 2000, 1, 3, 2, 5, 6));
        List<Prediction> p = f.forecast(3);
        assertEquals(7.0, p.get(0).point(), 1e-9);
        assertEquals(4.70715790482490, p.get(0).lo80(), 1e-9);
        assertEquals(9.29284209517419, p.get(0).hi80(), 1e-9);
        assertEquals(2.54457517260245, p.get(0).lo95(), 1e-9);
        assertEquals(11.4554248273966, p.get(0).hi95(), 1e-9);
        assertEquals(9.4, p.get(2).point(), 1e-9);
        assertEquals(6.35655567680627, p.get(2).lo80(), 1e-9);
        assertEquals(15.3139865876049, p.get(2).hi95(), 1e-9);
        assertEquals(-5.64514642789101, f.logLikelihood(), 1e-9);
        // AIC 17.290292855782 (R); AICc adds 2·3·4/(5−3−1) = 24.
        assertEquals(17.290292855782 + 24, f.aicc(), 1e-9);
        assertEquals(1.2, f.parameters().get("slope_per_year"), 1e-12);
    }

    @Test
    void lineThroughTwoPointsHasNoInterval() {
        // Leshan's primary-sector share: 42.9% in 2015, 38.7% in 2020 → −0.84 points a year.
        Fit f = LinearTrend.fit(new ObservedSeries("sector_share_primary", new int[] {2015, 2020},
                new double[] {0.429, 0.387}));
        Prediction p2025 = f.forecast(5).get(4);
        assertEquals(2025, p2025.year());
        assertEquals(0.345, p2025.point(), 1e-12);
        assertFalse(p2025.hasInterval());
        assertTrue(Double.isNaN(f.aicc()));
    }

    /**
     * A share is a line in its logit. Taizhou's registered unemployment, 2.13% (2015) and 1.35% (2020): the line in the
     * share reaches 0 by 2029; the line in the logit gives expit(logit 0.0135 + 3 (logit 0.0135 − logit 0.0213)) in
     * 2035, about 0.34%. With more points the fit is the line fitted to the logits, its point and bounds transformed
     * back, and its log-likelihood that of the shares (the logits' less Σ ln(y(1 − y))). Checked to fail when broken:
     * fitting the share itself gives a negative 2035 point.
     */
    @Test
    void aShareIsALineInItsLogit() {
        ObservedSeries taizhou = new ObservedSeries("registered_unemployment_rate", new int[] {2015, 2020},
                new double[] {0.0213, 0.0135});
        Prediction p2035 = Forecasters.fit(ModelKind.LINEAR, taizhou, true).forecast(15).get(14);
        double z = logit(0.0135) + 3 * (logit(0.0135) - logit(0.0213));
        assertEquals(1 / (1 + Math.exp(-z)), p2035.point(), 1e-15);
        assertEquals(0.0034, p2035.point(), 1e-4);
        assertFalse(p2035.hasInterval());

        double[] y = {0.50, 0.55, 0.58, 0.64, 0.66};
        double[] logits = new double[y.length];
        double jacobian = 0;
        for (int i = 0; i < y.length; i++) {
            logits[i] = logit(y[i]);
            jacobian += Math.log(y[i] * (1 - y[i]));
        }
        Fit share = Forecasters.fit(ModelKind.LINEAR, ObservedSeries.regular("urbanization_rate", 2000, y), true);
        Fit onLogits = LinearTrend.fit(ObservedSeries.regular("z", 2000, logits));
        Prediction a = share.forecast(3).get(2);
        Prediction b = onLogits.forecast(3).get(2);
        assertEquals(expit(b.point()), a.point(), 1e-15);
        assertEquals(expit(b.lo95()), a.lo95(), 1e-15);
        assertEquals(expit(b.hi80()), a.hi80(), 1e-15);
        assertEquals(onLogits.logLikelihood() - jacobian, share.logLikelihood(), 1e-12);
        assertEquals(onLogits.parameters().get("slope_per_year"), share.parameters().get("logit_slope_per_year"));
    }

    /** The sector shares are parts of a whole: each is a line in the share, so the three forecasts still sum to 1. */
    @Test
    void sectorSharesStayLinesInTheShareAndSumToOne() {
        // Leshan 2015 → 2020: 42.9 : 21.6 : 35.5 → 38.7 : 18.1 : 43.2.
        double sum = 0;
        String[] names = {"sector_share_primary", "sector_share_secondary", "sector_share_tertiary"};
        double[][] v = {{0.429, 0.387}, {0.216, 0.181}, {0.355, 0.432}};
        for (int i = 0; i < 3; i++) {
            sum += Forecasters.fit(ModelKind.LINEAR, new ObservedSeries(names[i], new int[] {2015, 2020}, v[i]), true)
                    .forecast(15).get(14).point();
        }
        assertEquals(1.0, sum, 1e-12);
    }

    private static double logit(double y) {
        return Math.log(y / (1 - y));
    }

    private static double expit(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void logisticRecoversItsParametersFromExactData() {
        double k = 0.8;
        double r = 0.25;
        double t0 = 2012.5;
        int[] years = {2000, 2002, 2004, 2005, 2008, 2010, 2011, 2015, 2018, 2020};
        double[] y = new double[years.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = k / (1 + Math.exp(-r * (years[i] - t0)));
        }
        ObservedSeries s = new ObservedSeries("urbanization_rate", years, y);
        Fit f = LogisticCurve.fit(s, true);
        assertEquals(k, f.parameters().get("K"), 1e-7);
        assertEquals(r, f.parameters().get("r"), 1e-7);
        assertEquals(t0, f.parameters().get("t0"), 1e-6);
        double expected2030 = k / (1 + Math.exp(-r * (2030 - t0)));
        assertEquals(expected2030, f.forecast(10).get(9).point(), 1e-8);

        Fit given = LogisticCurve.fitWithCeiling(s, k);
        assertEquals(r, given.parameters().get("r"), 1e-8);
        assertEquals(3, given.parameterCount()); // r, t0, σ²
    }

    @Test
    void logisticIntervalsWidenWithTheHorizonAndNest() {
        ObservedSeries s = new ObservedSeries("urbanization_rate",
                new int[] {2010, 2011, 2012, 2013, 2014, 2015, 2017, 2018, 2019, 2020},
                new double[] {0.4022, 0.4183, 0.434, 0.449, 0.463, 0.4769, 0.5079, 0.5229, 0.5379, 0.567});
        Fit f = LogisticCurve.fit(s, true);
        assertTrue(f.parameters().get("K") <= 1 && f.parameters().get("K") > 0.567, f.parameters().toString());
        double previousWidth = 0;
        for (Prediction p : f.forecast(15)) {
            assertTrue(p.lo95() <= p.lo80() && p.lo80() <= p.point() && p.point() <= p.hi80() && p.hi80() <= p.hi95(),
                    p.toString());
            double width = p.hi95() - p.lo95();
            assertTrue(width >= previousWidth - 1e-12, "widths grow: " + p);
            previousWidth = width;
        }
    }

    @Test
    void naiveIntervalGrowsWithTheSquareRootOfTheHorizon() {
        // Changes 2, −1, 4 (one year each): σ̂² = (4 + 1 + 16) / 3 = 7.
        Fit f = Naive.fit(ObservedSeries.regular("y", 2001, 10, 12, 11, 15));
        List<Prediction> p = f.forecast(4);
        assertEquals(15, p.get(3).point());
        assertEquals(Math.sqrt(7 * 4) * CriticalValues.Z95, p.get(3).hi95() - 15, 1e-12);
        assertEquals(1.2815515655446004, CriticalValues.Z80, 1e-15); // qnorm(0.9) in R
        assertEquals(1.959963984540054, CriticalValues.Z95, 1e-15); // qnorm(0.975) in R
    }

    @Test
    void holtNeedsEnoughPointsAndEtsIntervalsFollowTheClassOneFormula() {
        assertThrows(IllegalArgumentException.class,
                () -> ExponentialSmoothing.fitEts(ObservedSeries.regular("y", 2001, 1, 2, 3, 4), false));
        // Given α = 0.5, β = 0.2, φ = 0.9: var(h) = σ²[1 + Σ_{j<h} (α + β·φ_j)²], φ_j = φ + … + φ^j (Hyndman et al.
        // 2008, table 6.1). h = 3: c1 = 0.5 + 0.2·0.9 = 0.68, c2 = 0.5 + 0.2·1.71 = 0.842.
        ObservedSeries s = ObservedSeries.regular("y", 2001, 10, 11, 13, 12, 15, 16, 18, 17, 20);
        Fit f = ExponentialSmoothing.ets(s, 0.5, 0.2, 0.9, 9, 1, 5);
        Prediction p3 = f.forecast(3).get(2);
        double se = f.sigma() * Math.sqrt(1 + 0.68 * 0.68 + 0.842 * 0.842);
        assertEquals(p3.point() + CriticalValues.Z95 * se, p3.hi95(), 1e-12);
    }

    @Test
    void clampLimitsPointAndBounds() {
        Prediction p = new Prediction(2030, 1.02, 0.98, 1.06, 0.95, 1.09).clamp(0, 1);
        assertEquals(1, p.point());
        assertEquals(0.98, p.lo80());
        assertEquals(1, p.hi95());
    }
}
