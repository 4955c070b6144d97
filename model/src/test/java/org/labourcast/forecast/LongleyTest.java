package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LinearRegression} against the NIST StRD Longley certified values (the project\'s reliability rules, "Numbers": regression used
 * in forecasting). Data: src/test/resources/forecast/Longley.dat, with its provenance header. Tolerance: 1e-8
 * relative on every certified coefficient, standard error, the residual standard deviation and R².
 */
class LongleyTest {
    /** Certified estimates B0..B6 (NIST StRD, Longley.dat). */
    private static final double[] CERTIFIED_B = {-3482258.63459582, 15.0618722713733, -0.358191792925910E-01,
        -2.02022980381683, -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};
    /** Certified standard deviations of the estimates. */
    private static final double[] CERTIFIED_SE = {890420.383607373, 84.9149257747669, 0.334910077722432E-01,
        0.488399681651699, 0.214274163161675, 0.226073200069370, 455.478499142212};
    private static final double CERTIFIED_SIGMA = 304.854073561965;
    private static final double CERTIFIED_R2 = 0.995479004577296;
    private static final double RELATIVE = 1e-8;

    @Test
    void certifiedCoefficientsAndStandardErrors() throws IOException {
        List<double[]> rows = read();
        assertEquals(16, rows.size());
        double[] y = new double[rows.size()];
        double[][] x = new double[rows.size()][6];
        for (int i = 0; i < rows.size(); i++) {
            y[i] = rows.get(i)[0];
            System.arraycopy(rows.get(i), 1, x[i], 0, 6);
        }
        LinearRegression r = LinearRegression.fit(x, y);
        for (int j = 0; j < 7; j++) {
            assertRelative("B" + j, CERTIFIED_B[j], r.coefficients()[j]);
            assertRelative("SD(B" + j + ")", CERTIFIED_SE[j], r.standardErrors()[j]);
        }
        assertRelative("residual standard deviation", CERTIFIED_SIGMA, r.residualStandardDeviation());
        assertRelative("R-squared", CERTIFIED_R2, r.rSquared());
        assertEquals(9, r.degreesOfFreedom());
    }

    private static void assertRelative(String what, double certified, double got) {
        double rel = Math.abs(got - certified) / Math.abs(certified);
        assertTrue(rel <= RELATIVE, what + ": got " + got + ", certified " + certified + ", relative error " + rel);
    }

    private static List<double[]> read() throws IOException {
        try (InputStream in = LongleyTest.class.getResourceAsStream("/forecast/Longley.dat")) {
            List<double[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                double[] row = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    row[i] = Double.parseDouble(f[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
