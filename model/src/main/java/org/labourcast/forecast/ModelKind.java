package org.labourcast.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The forecasting models, by the name the command line and the output files use. */
public enum ModelKind {
    /** Random walk: the last value carried forward (the back-test's benchmark). */
    NAIVE("naive"),
    /** Straight line in the year, ordinary least squares. */
    LINEAR("linear"),
    /** Logistic saturation curve K / (1 + exp(−r (t − t0))), nonlinear least squares. */
    LOGISTIC("logistic"),
    /** Holt's linear trend exponential smoothing, ETS(A,A,N). */
    HOLT("holt"),
    /** Holt's damped trend exponential smoothing, ETS(A,Ad,N). */
    DAMPED("damped"),
    /** ARIMA(p,d,q) with p, q ≤ 2 and d ≤ 2, exact Gaussian likelihood. */
    ARIMA("arima");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ModelKind::label).toList();
    }

    /** @throws IllegalArgumentException for an unknown name */
    public static ModelKind fromLabel(String label) {
        for (ModelKind k : values()) {
            if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + label + "', expected one of " + labels());
    }

    @Override
    public String toString() {
        return label;
    }
}
