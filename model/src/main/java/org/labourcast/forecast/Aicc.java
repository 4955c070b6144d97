package org.labourcast.forecast;

/** Information criteria and the Gaussian log-likelihood of least-squares fits. */
final class Aicc {
    private Aicc() {
    }

    /** AICc = −2 logL + 2k + 2k(k+1)/(n−k−1); NaN when logL is NaN or n ≤ k + 1. */
    static double of(double logLikelihood, int k, int n) {
        if (Double.isNaN(logLikelihood) || n - k - 1 <= 0) {
            return Double.NaN;
        }
        return -2 * logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }

    /**
     * The maximised Gaussian log-likelihood of {@code n} independent errors with sum of squares {@code sse}, the
     * variance at its maximum-likelihood estimate sse/n: −n/2 (ln(2π sse/n) + 1). NaN when sse is 0.
     */
    static double gaussianLogLikelihood(double sse, int n) {
        if (!(sse > 0) || n < 1) {
            return Double.NaN;
        }
        return -0.5 * n * (Math.log(2 * Math.PI * sse / n) + 1);
    }
}
