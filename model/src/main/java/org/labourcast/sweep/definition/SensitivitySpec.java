package org.labourcast.sweep.definition;

import java.util.List;

/**
 * What sensitivity analysis a sweep asks for ({@code sweep.sensitivity}).
 *
 * @param method     one-at-a-time elasticities and tornado, or Sobol' first-order and total indices
 * @param indicators outcomes analysed: these indicators …
 * @param years      … in these years (every pair is one outcome)
 * @param stat       the statistic over a point's Monte Carlo runs taken as its outcome ({@code mean} by default;
 *                   {@code value} for a demographic-only scenario)
 * @param delta      OAT: relative step δ of the elasticity points, baseline × (1 ± δ), in (0, 1)
 * @param bootstrap  Sobol': bootstrap resamples for the confidence intervals (0 for none)
 * @param confidence Sobol': level of the percentile bootstrap intervals, in (0, 1)
 */
public record SensitivitySpec(Method method, List<String> indicators, List<Integer> years, String stat, double delta,
                              int bootstrap, double confidence) {
    /** Default δ of the elasticity points. */
    public static final double DEFAULT_DELTA = 0.1;
    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_BOOTSTRAP = 1000;
    /** Default confidence level. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    public SensitivitySpec {
        indicators = List.copyOf(indicators);
        years = List.copyOf(years);
        if (indicators.isEmpty() || years.isEmpty()) {
            throw new IllegalArgumentException("sensitivity needs at least one indicator and one year");
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + bootstrap);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    /** Sensitivity methods. */
    public enum Method {
        OAT("oat"), SOBOL("sobol");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Method of(String label) {
            for (Method m : values()) {
                if (m.label.equals(label)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown sensitivity method " + label);
        }
    }
}
