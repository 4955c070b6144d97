package org.labourcast.calibration;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.labourcast.ArrayValues;

/**
 * Standard errors of fitted parameters from the Jacobian of the scaled residuals at the optimum (the Gauss–Newton
 * approximation of the objective's Hessian, H ≈ 2JᵀJ).
 *
 * <p>With residuals r_i = √w_i (s_i − o_i) / τ_i, treating each tolerance τ_i as the standard deviation of its
 * observation (a weight w as if it were τ/√w), the covariance of the estimates from the data is (JᵀJ)⁻¹. The
 * simulated values of a Monte Carlo model carry their own noise, with standard error m_i; propagated through the
 * same linearisation it adds (JᵀJ)⁻¹ Jᵀ M J (JᵀJ)⁻¹, M = diag(w_i m_i² / τ_i²). The standard error reported is the
 * square root of the diagonal of the sum.
 *
 * <p>The parameters are not identified (no standard errors) when there are fewer targets than parameters or when
 * JᵀJ is numerically singular: the ratio of the smallest to the largest singular value of J, with each column scaled
 * by its parameter's bound width, is below {@value #MIN_SINGULAR_RATIO}.
 *
 * @param standardErrors     total standard error per parameter (NaN when not identified)
 * @param monteCarloPart     the Monte Carlo part alone (NaN when not identified or unknown)
 * @param identified         whether JᵀJ could be inverted
 * @param conditionNumber    largest / smallest singular value of the width-scaled J (infinite when not identified)
 */
public record StandardErrors(double[] standardErrors, double[] monteCarloPart, boolean identified,
                             double conditionNumber) {
    /** Below this ratio of singular values the parameters are taken as not identified. */
    public static final double MIN_SINGULAR_RATIO = 1e-6;

    public StandardErrors {
        standardErrors = standardErrors.clone();
        monteCarloPart = monteCarloPart.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    @Override
    public double[] monteCarloPart() {
        return monteCarloPart.clone();
    }

    /**
     * @param jacobian     ∂r_i/∂θ_j, targets by parameters, in the parameters' units
     * @param widths       each parameter's bound width (only to judge identification independently of units)
     * @param scaledMcSe   √w_i m_i / τ_i per target (0 for a deterministic model; NaN when unknown)
     */
    public static StandardErrors of(double[][] jacobian, double[] widths, double[] scaledMcSe) {
        int m = jacobian.length;
        int n = widths.length;
        double[] none = new double[n];
        Arrays.fill(none, Double.NaN);
        if (m < n) {
            return new StandardErrors(none, none, false, Double.POSITIVE_INFINITY);
        }
        double[][] scaled = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                scaled[i][j] = jacobian[i][j] * widths[j];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(scaled, false));
        double[] s = svd.getSingularValues();
        double max = Arrays.stream(s).max().orElse(0);
        double min = Arrays.stream(s).min().orElse(0);
        if (!(max > 0) || !(min / max >= MIN_SINGULAR_RATIO)) {
            return new StandardErrors(none, none, false, max > 0 && min > 0 ? max / min : Double.POSITIVE_INFINITY);
        }
        // (JnᵀJn)⁻¹ = V S⁻² Vᵀ, then back to parameter units: Cov = D (JnᵀJn)⁻¹ D with D = diag(widths).
        RealMatrix v = svd.getV();
        double[][] inv = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += v.getEntry(a, k) * v.getEntry(b, k) / (s[k] * s[k]);
                }
                inv[a][b] = sum * widths[a] * widths[b];
            }
        }
        RealMatrix cov = new Array2DRowRealMatrix(inv, false);
        RealMatrix j = new Array2DRowRealMatrix(jacobian, true);
        double[][] mDiag = new double[m][m];
        boolean mcKnown = true;
        for (int i = 0; i < m; i++) {
            mcKnown &= Double.isFinite(scaledMcSe[i]);
            mDiag[i][i] = Double.isFinite(scaledMcSe[i]) ? scaledMcSe[i] * scaledMcSe[i] : 0;
        }
        RealMatrix mc = cov.multiply(j.transpose()).multiply(new Array2DRowRealMatrix(mDiag, false)).multiply(j)
                .multiply(cov);
        double[] se = new double[n];
        double[] seMc = new double[n];
        for (int a = 0; a < n; a++) {
            seMc[a] = mcKnown ? Math.sqrt(mc.getEntry(a, a)) : Double.NaN;
            se[a] = Math.sqrt(cov.getEntry(a, a) + (mcKnown ? mc.getEntry(a, a) : 0));
        }
        return new StandardErrors(se, seMc, true, max / min);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardErrors other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {standardErrors, monteCarloPart, identified, conditionNumber};
    }
}
