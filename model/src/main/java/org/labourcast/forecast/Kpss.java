package org.labourcast.forecast;

/**
 * The KPSS test of level stationarity (Kwiatkowski, Phillips, Schmidt & Shin 1992), used to choose ARIMA's d as R's
 * {@code forecast::ndiffs(x, test = "kpss", alpha = 0.05)} does: difference while the test rejects stationarity at the
 * 5% level (statistic above 0.463), at most {@code maxD} times. The long-run variance uses a Bartlett window with
 * trunc(3·√n / 13) lags (Hobijn, Franses & Ooms 1998), as {@code ndiffs}. Missing values are dropped first.
 */
public final class Kpss {
    /** 5% critical value for the level-stationarity test (KPSS 1992, table 1). */
    static final double CRITICAL_5_PERCENT = 0.463;

    private Kpss() {
    }

    /** The KPSS level statistic of the observed values of {@code x}. */
    public static double statistic(double[] x) {
        double[] y = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - mean;
        }
        double s = 0;
        double eta = 0;
        for (double v : e) {
            s += v;
            eta += s * s;
        }
        eta /= (double) n * n;
        int lags = (int) Math.floor(3 * Math.sqrt(n) / 13);
        double variance = 0;
        for (double v : e) {
            variance += v * v;
        }
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int t = l; t < n; t++) {
                c += e[t] * e[t - l];
            }
            variance += 2 * (1 - l / (lags + 1.0)) * c;
        }
        variance /= n;
        return eta / variance;
    }

    /** How many differences make the series level-stationary by the KPSS test at 5%, from 0 to {@code maxD}. */
    public static int differences(double[] grid, int maxD) {
        double[] x = grid;
        int d = 0;
        while (d < maxD) {
            long observed = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).count();
            if (observed < 3 || isConstant(x) || !(statistic(x) > CRITICAL_5_PERCENT)) {
                break;
            }
            x = Arima.difference(x, 1);
            d++;
        }
        return d;
    }

    private static boolean isConstant(double[] x) {
        double first = Double.NaN;
        for (double v : x) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }
}
