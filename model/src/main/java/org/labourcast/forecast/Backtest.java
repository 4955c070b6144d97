package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rolling-origin evaluation (Tashman 2000): for each origin, fit the model to the observations up to it, forecast
 * the following years, and compare with what was observed. Errors are grouped by horizon h (years after the origin):
 *
 * <ul>
 *   <li>MAE = mean |e|, in the series' unit;</li>
 *   <li>MAPE = mean 100·|e| / |y| (%), over observations y ≠ 0;</li>
 *   <li>MASE = mean |e| / q, q the in-sample mean absolute change of the naive forecast over the training window
 *       (Hyndman &amp; Koehler 2006), per year: q = mean of |y(i) − y(i−1)| / (t(i) − t(i−1)) over consecutive
 *       observations, which is their one-step naive MAE when the series has no gaps. MASE &lt; 1 beats the in-sample
 *       naive forecast; an origin whose training window is flat (q = 0) adds nothing to MASE.</li>
 * </ul>
 *
 * Origins run from the {@value #MIN_TRAINING}-th observation to the last but one; an origin where a model cannot be
 * fitted (too few points for it) is skipped for that model, so each row says how many origins it averages. Forecasts
 * are limited to the series' range (shares to 0–1, counts to ≥ 0) as the delivered forecasts are. Stateless and
 * thread-safe.
 */
public final class Backtest {
    /** The smallest training window: two points fit a line, one more gives an error to measure. */
    public static final int MIN_TRAINING = 3;

    private Backtest() {
    }

    /**
     * One row of the back-test table.
     *
     * @param model   a {@link ModelKind} label or "auto"
     * @param horizon years after the origin
     * @param origins how many origins contributed (MAE, MAPE); MASE may use fewer (flat windows)
     */
    public record Row(String model, int horizon, int origins, double mae, double mape, double mase) {
    }

    /**
     * Back-tests one model.
     *
     * @param fitter     fits the model to a training window (throws {@link IllegalArgumentException} when it cannot)
     * @param lower      the least value a forecast may take (e.g. 0)
     * @param upper      the greatest (e.g. 1 for a share)
     * @param maxHorizon the longest horizon evaluated, in years
     */
    public static List<Row> run(String model, ObservedSeries s, Function<ObservedSeries, Fit> fitter, double lower,
                                double upper, int maxHorizon) {
        double[] sumAbs = new double[maxHorizon + 1];
        double[] sumPct = new double[maxHorizon + 1];
        int[] nPct = new int[maxHorizon + 1];
        double[] sumScaled = new double[maxHorizon + 1];
        int[] nScaled = new int[maxHorizon + 1];
        int[] count = new int[maxHorizon + 1];
        for (int k = MIN_TRAINING; k < s.size(); k++) {
            ObservedSeries train = s.head(k);
            Fit fit;
            try {
                fit = fitter.apply(train);
            } catch (IllegalArgumentException | IllegalStateException e) {
                continue;
            }
            double scale = naiveScale(train);
            List<Prediction> predictions = fit.forecast(maxHorizon);
            for (Prediction p : predictions) {
                double actual = s.valueIn(p.year());
                if (Double.isNaN(actual)) {
                    continue;
                }
                int h = p.year() - train.lastYear();
                double e = Math.abs(actual - p.clamp(lower, upper).point());
                sumAbs[h] += e;
                count[h]++;
                if (actual != 0) {
                    sumPct[h] += 100 * e / Math.abs(actual);
                    nPct[h]++;
                }
                if (scale > 0) {
                    sumScaled[h] += e / scale;
                    nScaled[h]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int h = 1; h <= maxHorizon; h++) {
            if (count[h] > 0) {
                rows.add(new Row(model, h, count[h], sumAbs[h] / count[h],
                        nPct[h] > 0 ? sumPct[h] / nPct[h] : Double.NaN,
                        nScaled[h] > 0 ? sumScaled[h] / nScaled[h] : Double.NaN));
            }
        }
        return rows;
    }

    /** The in-sample naive forecast's mean absolute yearly change over the window (Hyndman &amp; Koehler 2006). */
    public static double naiveScale(ObservedSeries train) {
        double sum = 0;
        for (int i = 1; i < train.size(); i++) {
            sum += Math.abs(train.value(i) - train.value(i - 1)) / (train.year(i) - train.year(i - 1));
        }
        return sum / (train.size() - 1);
    }
}
