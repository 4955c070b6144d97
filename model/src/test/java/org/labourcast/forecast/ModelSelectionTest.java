package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The automatic choice by AICc and its fallback for short series (docs/forecasting.md). */
class ModelSelectionTest {
    private static final ObservedSeries SICHUAN = RReference.series("sichuan");

    @Test
    void fewerThanSixPointsFallBackToTheLinearTrend() {
        ModelSelection.Selection s = ModelSelection.auto(SICHUAN.head(5), true);
        assertEquals(ModelKind.LINEAR, s.chosen().kind());
        assertTrue(s.reason().contains("fewer than 6"), s.reason());
        ModelSelection.Selection two = ModelSelection.auto(SICHUAN.head(2), true);
        assertEquals(ModelKind.LINEAR, two.chosen().kind());
        assertTrue(two.reason().contains("no interval"), two.reason());
    }

    @Test
    void theLowestAiccAmongComparableModelsIsChosen() {
        ModelSelection.Selection s = ModelSelection.auto(SICHUAN, true);
        assertEquals(ModelKind.values().length, s.candidates().size());
        double best = Double.POSITIVE_INFINITY;
        for (ModelKind k : ModelSelection.AICC_CANDIDATES) {
            double a = s.candidates().get(k.ordinal()).aicc();
            if (!Double.isNaN(a)) {
                best = Math.min(best, a);
            }
        }
        assertEquals(best, s.chosen().aicc());
        assertTrue(ModelSelection.AICC_CANDIDATES.contains(s.chosen().kind()));
        assertTrue(s.reason().startsWith("lowest AICc of"), s.reason());
    }

    @Test
    void arimaIsNeverChosenByAiccAgainstTheOthers() {
        // A random walk: ARIMA(0,1,0) would be the right model, but its likelihood is over the differences.
        double[] y = new double[30];
        double level = 0;
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < y.length; i++) {
            level += r.nextGaussian();
            y[i] = 100 + level;
        }
        ModelSelection.Selection s = ModelSelection.auto(ObservedSeries.regular("y", 1991, y), false);
        assertFalse(s.chosen().kind() == ModelKind.ARIMA);
        assertTrue(s.candidates().get(ModelKind.ARIMA.ordinal()).fitted());
    }

    @Test
    void aRequestedModelThatCannotBeFittedFallsBackWithTheReason() {
        ModelSelection.Selection s = ModelSelection.requested(ModelKind.HOLT, SICHUAN.head(3), true);
        assertEquals(ModelKind.LINEAR, s.chosen().kind());
        assertTrue(s.reason().startsWith("holt not applicable"), s.reason());
        ModelSelection.Selection ok = ModelSelection.requested(ModelKind.DAMPED, SICHUAN, true);
        assertEquals(ModelKind.DAMPED, ok.chosen().kind());
        assertEquals("requested", ok.reason());
    }
}
