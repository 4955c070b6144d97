package org.labourcast.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labourcast.demography.LifeTable;
import org.labourcast.demography.Sex;
import org.labourcast.experiment.RandomStreams;

/**
 * The demographic deviations' widths against the WPP 2024 China 80% intervals they were calibrated to
 * (PPgp/wpp2024 1.1-3, data-raw/tfrproj80l/80u/Med and e0Bproj80l/80u: TFR 2024 [0.858, 1.171], median 1.013;
 * 2035 [0.827, 1.362], median 1.097; e0 2024 [77.067, 78.932]; 2035 [78.292, 82.949]), and the e0 shift's
 * exactness.
 */
class DemographicUncertaintyTest {
    private static final int N = 20_000;

    @Test
    void widthsMatchWpp2024EightyPercentIntervals() {
        RandomStreams streams = new RandomStreams(2024);
        double[] f4 = new double[N];
        double[] f15 = new double[N];
        double[] e4 = new double[N];
        double[] e15 = new double[N];
        for (int i = 0; i < N; i++) {
            DemographicDeviation d = DemographicUncertainty.draw(15,
                    streams.source(i, UncertaintySource.FERTILITY, ""), streams.source(i, UncertaintySource.MORTALITY,
                            ""), null);
            f4[i] = d.logFertility()[3];
            f15[i] = d.logFertility()[14];
            e4[i] = d.e0Shift()[3];
            e15[i] = d.e0Shift()[14];
        }
        double z = 1.2815515655446004; // the standard normal's 90th percentile
        // the sd of a sample of 20,000 normals is within 2% of the true sd with probability > 0.995
        assertEquals((Math.log(1.171 / 1.013) + Math.log(1.013 / 0.858)) / 2 / z, sd(f4), 0.02 * 0.121);
        assertEquals((Math.log(1.362 / 1.097) + Math.log(1.097 / 0.827)) / 2 / z, sd(f15), 0.02 * 0.195);
        assertEquals((78.932 - 77.067) / 2 / z, sd(e4), 0.02 * 0.728);
        assertEquals((82.949 - 78.292) / 2 / z, sd(e15), 0.02 * 1.817);
    }

    private static double sd(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    @Test
    void mortalityFactorGivesTheShiftedLifeExpectancy() {
        double[] mx = new double[101];
        for (int x = 0; x <= 100; x++) {
            mx[x] = 0.00005 * Math.exp(0.09 * x) + (x == 0 ? 0.005 : 0); // Gompertz with an infant term
        }
        double e0 = LifeTable.fromSingleYearMx(mx, Sex.FEMALE).lifeExpectancyAtBirth();
        for (double shift : new double[] {-3, -0.5, 0.7, 4}) {
            double k = DemographicDeviation.factorFor(mx, Sex.FEMALE, shift);
            double[] scaled = mx.clone();
            for (int x = 0; x < scaled.length; x++) {
                scaled[x] *= k;
            }
            assertEquals(e0 + shift, LifeTable.fromSingleYearMx(scaled, Sex.FEMALE).lifeExpectancyAtBirth(), 1e-8);
        }
    }
}
