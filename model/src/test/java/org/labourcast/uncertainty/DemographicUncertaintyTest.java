package org.labourcast.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.demography.LifeTable;
import org.labourcast.demography.RuralUrbanMoveRule;
import org.labourcast.demography.Sex;
import org.labourcast.demography.YearAssumptions;
import org.labourcast.scenario.ShippedScenarios;

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

    /**
     * The mobile-stock deviation's moments are those of the yearly relative change of China's migrant workers outside
     * their township, 2012-2020 (scenarios/data/migrant_workers_2011_2020.csv): sd 0.01534, lag-1 autocorrelation
     * 0.072 about the mean.
     */
    @Test
    void stockWidthIsTheSpreadOfTheMigrantWorkersSeries() throws IOException {
        List<String> rows = Files.readAllLines(ShippedScenarios.data().resolve("migrant_workers_2011_2020.csv"));
        double[] level = rows.stream().skip(1).mapToDouble(r -> Double.parseDouble(r.split(",")[3])).toArray();
        double[] change = new double[level.length - 1];
        for (int i = 0; i < change.length; i++) {
            change[i] = level[i + 1] / level[i] - 1;
        }
        assertEquals(-0.02674, change[change.length - 1], 1e-5, "2020: -466 of 17425");
        assertEquals(DemographicUncertainty.STOCK_SD, sd(change), 1e-5);
        double m = java.util.Arrays.stream(change).average().orElseThrow();
        double lag = 0;
        double square = 0;
        for (int i = 0; i < change.length; i++) {
            square += (change[i] - m) * (change[i] - m);
            lag += i + 1 < change.length ? (change[i] - m) * (change[i + 1] - m) : 0;
        }
        assertEquals(DemographicUncertainty.STOCK_PHI, lag / square, 1e-3);
    }

    @Test
    void stockDeviationsHaveThatSdEveryYear() {
        RandomStreams streams = new RandomStreams(7);
        double[] first = new double[N];
        double[] second = new double[N];
        double[] last = new double[N];
        for (int i = 0; i < N; i++) {
            DemographicDeviation d = DemographicUncertainty.draw(15, null, null,
                    streams.source(i, UncertaintySource.MIGRATION, ""), 1e6);
            first[i] = d.migration()[0];
            second[i] = d.migration()[1];
            last[i] = d.migration()[14];
        }
        assertEquals(DemographicUncertainty.STOCK_SD, sd(first), 0.02 * DemographicUncertainty.STOCK_SD);
        assertEquals(DemographicUncertainty.STOCK_SD, sd(last), 0.02 * DemographicUncertainty.STOCK_SD);
        double c = 0;
        for (int i = 0; i < N; i++) {
            c += first[i] * second[i];
        }
        // the correlation of 20,000 pairs has an sd of about 0.007
        assertEquals(DemographicUncertainty.STOCK_PHI, c / N / (sd(first) * sd(second)), 0.03);
    }

    /** A stock deviation adds d × S persons, spread over cells in proportion to each cell's size. */
    @Test
    void stockDeviationAddsItsShareOfTheStockInTheMigrationPattern() {
        double[][][] net = new double[2][2][3];
        net[0][0] = new double[] {-10, 30, 0};
        net[1][1] = new double[] {0, -40, 20};
        YearAssumptions a = new YearAssumptions(new double[2][2][3], new double[2][3], 1.05, net,
                new RuralUrbanMoveRule.FixedIntensity(0, new double[2][3], 1));
        DemographicAssumptions base = (year, start) -> a;
        DemographicDeviation d = new DemographicDeviation(new double[1], new double[1], new double[] {0.02}, false,
                false, true, 5000);
        double[][][] out = d.applyTo(base, 2020).forYear(2021, null).netMigrants();
        // 0.02 × 5,000 = 100 persons over |cells| = 100: one extra net migrant per unit of size
        assertEquals(0, out[0][0][0], 1e-12);
        assertEquals(60, out[0][0][1], 1e-12);
        assertEquals(0, out[1][1][1], 1e-12);
        assertEquals(40, out[1][1][2], 1e-12);
        DemographicDeviation level = new DemographicDeviation(new double[1], new double[1], new double[] {0.5}, false,
                false, true, Double.NaN);
        // without a stock: the level (0) has no sign, so nothing changes
        assertEquals(30, level.applyTo(base, 2020).forYear(2021, null).netMigrants()[0][0][1], 1e-12);
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
