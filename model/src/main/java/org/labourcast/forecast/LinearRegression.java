package org.labourcast.forecast;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.labourcast.ArrayValues;

/**
 * Ordinary least squares with an intercept, by Commons Math's Householder QR decomposition
 * ({@link OLSMultipleLinearRegression}), never the normal equations. Checked against the NIST StRD Longley
 * certified values (model tests). Immutable result; the method is thread-safe.
 *
 * @param coefficients   intercept first, then one per regressor
 * @param standardErrors standard errors of the coefficients, s·sqrt(diag((XᵀX)⁻¹))
 * @param unscaledCovariance (XᵀX)⁻¹, so that the covariance of the coefficients is s²·(XᵀX)⁻¹
 * @param residualStandardDeviation s = sqrt(SSE / (n − p)), p coefficients
 * @param residualSumOfSquares SSE
 * @param rSquared       1 − SSE / total sum of squares about the mean
 * @param observations   n
 */
public record LinearRegression(double[] coefficients, double[] standardErrors, double[][] unscaledCovariance,
                               double residualStandardDeviation, double residualSumOfSquares, double rSquared,
                               int observations) {
    public LinearRegression {
        coefficients = ArrayValues.copy(coefficients);
        standardErrors = ArrayValues.copy(standardErrors);
        unscaledCovariance = ArrayValues.copy(unscaledCovariance);
    }


    /**
     * Fits y = b0 + b1·x1 + … + bk·xk.
     *
     * @param x one row per observation, one column per regressor (no column of ones: the intercept is added)
     * @throws IllegalArgumentException when there are no more observations than coefficients, or X is singular
     */
    public static LinearRegression fit(double[][] x, double[] y) {
        int n = y.length;
        int p = x[0].length + 1;
        if (n <= p) {
            throw new IllegalArgumentException("least squares with " + p + " coefficients needs more than " + p
                    + " observations, got " + n);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(0);
        ols.newSampleData(y, x);
        double[] b;
        double[][] cov;
        try {
            b = ols.estimateRegressionParameters();
            cov = ols.estimateRegressionParametersVariance();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            throw new IllegalArgumentException("the regressors are collinear: " + e.getMessage(), e);
        }
        double sse = ols.calculateResidualSumOfSquares();
        double s2 = sse / (n - p);
        double[] se = new double[p];
        for (int i = 0; i < p; i++) {
            se[i] = Math.sqrt(s2 * cov[i][i]);
        }
        return new LinearRegression(b, se, cov, Math.sqrt(s2), sse, ols.calculateRSquared(), n);
    }

    /** Residual degrees of freedom, n − p. */
    public int degreesOfFreedom() {
        return observations - coefficients.length;
    }

    /** The fitted mean at regressors {@code x0} (without the leading 1). */
    public double predict(double... x0) {
        double v = coefficients[0];
        for (int i = 0; i < x0.length; i++) {
            v += coefficients[i + 1] * x0[i];
        }
        return v;
    }

    /**
     * Standard error of a new observation at {@code x0}: s·sqrt(1 + x0ᵀ(XᵀX)⁻¹x0) with x0 including the leading 1,
     * the usual prediction-interval variance of a linear model.
     */
    public double predictionStandardError(double... x0) {
        double[] v = new double[x0.length + 1];
        v[0] = 1;
        System.arraycopy(x0, 0, v, 1, x0.length);
        double q = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                q += v[i] * unscaledCovariance[i][j] * v[j];
            }
        }
        return residualStandardDeviation * Math.sqrt(1 + q);
    }

    @Override
    public double[] coefficients() {
        return ArrayValues.copy(coefficients);
    }

    @Override
    public double[] standardErrors() {
        return ArrayValues.copy(standardErrors);
    }

    @Override
    public double[][] unscaledCovariance() {
        return ArrayValues.copy(unscaledCovariance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearRegression other && ArrayValues.equal(componentValues(), other.componentValues());
    }

    @Override
    public int hashCode() {
        return ArrayValues.hash(componentValues());
    }

    @Override
    public String toString() {
        return ArrayValues.text(this, componentValues());
    }

    private Object[] componentValues() {
        return new Object[] {coefficients, standardErrors, unscaledCovariance, residualStandardDeviation, residualSumOfSquares, rSquared, observations};
    }
}
