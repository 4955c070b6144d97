package org.labourcast.sweep.definition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The values a sweep parameter may take: a list (given, or a range expanded to a list), or a distribution that
 * sampled designs draw from. Every domain maps a probability {@code u} in (0, 1) to a value
 * ({@link #at(double)}), which is how random, Latin-hypercube and Sobol' designs turn their uniform samples into
 * values. Immutable and thread-safe.
 */
public sealed interface Domain permits Domain.Values, Domain.Uniform, Domain.Normal {

    /** The value at probability {@code u} in (0, 1): the inverse of the domain's distribution function. */
    ParameterValue at(double u);

    /** The lowest value a one-at-a-time analysis sets the parameter to (the low end of its tornado bar). */
    double low();

    /** The highest value a one-at-a-time analysis sets the parameter to. */
    double high();

    /** True when every value is a number. */
    boolean numeric();

    /**
     * Listed values (from {@code values:} or a {@code range:}), each equally likely in sampled designs.
     *
     * @param values at least one, without duplicates
     */
    record Values(List<ParameterValue> values) implements Domain {
        public Values {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("at least one value is required");
            }
            Set<String> seen = new HashSet<>();
            for (ParameterValue v : values) {
                if (!seen.add(v.text())) {
                    throw new IllegalArgumentException("value " + v.text() + " is listed twice");
                }
            }
        }

        /** Value ⌊u·n⌋ of the n listed. */
        @Override
        public ParameterValue at(double u) {
            int i = (int) Math.floor(u * values.size());
            return values.get(Math.max(0, Math.min(values.size() - 1, i)));
        }

        @Override
        public double low() {
            return values.stream().mapToDouble(ParameterValue::number).min().orElseThrow();
        }

        @Override
        public double high() {
            return values.stream().mapToDouble(ParameterValue::number).max().orElseThrow();
        }

        @Override
        public boolean numeric() {
            return values.stream().allMatch(ParameterValue::numeric);
        }
    }

    /** Uniform on [lo, hi]; a one-at-a-time analysis uses lo and hi. */
    record Uniform(double lo, double hi) implements Domain {
        public Uniform {
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi) || !Double.isFinite(hi - lo)) {
                throw new IllegalArgumentException("a uniform distribution needs finite lo < hi, got " + lo + ", " + hi);
            }
        }

        @Override
        public ParameterValue at(double u) {
            return ParameterValue.of(lo + u * (hi - lo));
        }

        @Override
        public double low() {
            return lo;
        }

        @Override
        public double high() {
            return hi;
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    /**
     * Normal with mean and standard deviation, optionally truncated to [lo, hi] (infinite bounds when not). A
     * one-at-a-time analysis uses its 5th and 95th percentiles.
     */
    record Normal(double mean, double sd, double lo, double hi) implements Domain {
        /** Share of the distribution below {@link #low()} and above {@link #high()}. */
        public static final double TAIL = 0.05;

        public Normal {
            if (!Double.isFinite(mean) || !Double.isFinite(sd) || !(sd > 0) || !Double.isFinite(Math.abs(mean) + 40 * sd)) {
                throw new IllegalArgumentException("a normal distribution needs a finite mean and sd > 0");
            }
            if (Double.isNaN(lo) || Double.isNaN(hi) || !(lo < hi)) {
                throw new IllegalArgumentException("truncation bounds need lo < hi");
            }
            NormalDistribution n = new NormalDistribution(null, mean, sd);
            if (!(n.cumulativeProbability(hi) - n.cumulativeProbability(lo) > 1e-9)) {
                throw new IllegalArgumentException("the bounds leave almost none of the distribution");
            }
        }

        public static Normal untruncated(double mean, double sd) {
            return new Normal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        /** Φ⁻¹(Φ(lo) + u·(Φ(hi) − Φ(lo))), kept inside [lo, hi] against rounding. */
        double quantile(double u) {
            NormalDistribution n = new NormalDistribution(null, mean, sd);
            double pLo = Double.isInfinite(lo) ? 0 : n.cumulativeProbability(lo);
            double pHi = Double.isInfinite(hi) ? 1 : n.cumulativeProbability(hi);
            double x = n.inverseCumulativeProbability(pLo + u * (pHi - pLo));
            return Math.max(lo, Math.min(hi, x));
        }

        @Override
        public ParameterValue at(double u) {
            return ParameterValue.of(quantile(u));
        }

        @Override
        public double low() {
            return ParameterValue.of(quantile(TAIL)).number();
        }

        @Override
        public double high() {
            return ParameterValue.of(quantile(1 - TAIL)).number();
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }
}
