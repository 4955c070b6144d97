package org.labourcast.demography;

import org.labourcast.ArrayValues;

/**
 * How many rural residents become urban residents in a year (the rural-urban move, 农业转移人口市民化 /
 * urbanization by migration and reclassification). The rate at age x for sex s is
 * {@code intensity × shape[s][x]}, where the shape (a Rogers–Castro profile scaled to a maximum of 1)
 * gives the age pattern and the intensity is the rate at the peak age.
 */
public sealed interface RuralUrbanMoveRule {

    /** Shape by {@code [sex][age]}, each value in [0,1]. */
    double[][] shape();

    /** Highest rate allowed at any age, so a target path cannot empty rural cohorts. */
    double maxRate();

    /** A given intensity (rate at the peak age). */
    record FixedIntensity(double intensity, double[][] shape, double maxRate) implements RuralUrbanMoveRule {
        public FixedIntensity {
            shape = ArrayValues.copy(shape);
            if (!(intensity >= 0) || intensity > 1) {
                throw new IllegalArgumentException("move intensity must be in [0,1], got " + intensity);
            }
            checkShape(shape, maxRate);
        }

        @Override
        public double[][] shape() {
            return ArrayValues.copy(shape);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FixedIntensity other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {intensity, shape, maxRate};
        }
    }

    /**
     * Solve the intensity so that the urbanization rate at the end of the year equals {@code urbanShare}.
     * If the population is already at least that urban, no one moves.
     */
    record TargetUrbanization(double urbanShare, double[][] shape, double maxRate) implements RuralUrbanMoveRule {
        public TargetUrbanization {
            shape = ArrayValues.copy(shape);
            if (!(urbanShare >= 0) || urbanShare > 1) {
                throw new IllegalArgumentException("urbanization target must be in [0,1], got " + urbanShare);
            }
            checkShape(shape, maxRate);
        }

        @Override
        public double[][] shape() {
            return ArrayValues.copy(shape);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TargetUrbanization other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {urbanShare, shape, maxRate};
        }
    }

    /** Keep the intensity of the previous projected year (e.g. after the last point of a target path). */
    record HoldPreviousIntensity(double[][] shape, double maxRate) implements RuralUrbanMoveRule {
        public HoldPreviousIntensity {
            shape = ArrayValues.copy(shape);
            checkShape(shape, maxRate);
        }

        @Override
        public double[][] shape() {
            return ArrayValues.copy(shape);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HoldPreviousIntensity other && ArrayValues.equal(componentValues(), other.componentValues());
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
            return new Object[] {shape, maxRate};
        }
    }

    private static void checkShape(double[][] shape, double maxRate) {
        if (!(maxRate > 0) || maxRate > 1) {
            throw new IllegalArgumentException("max move rate must be in (0,1], got " + maxRate);
        }
        if (shape == null || shape.length != Sex.values().length) {
            throw new IllegalArgumentException("move shape needs one row per sex");
        }
        for (double[] row : shape) {
            for (double v : row) {
                if (!(v >= 0) || v > 1) {
                    throw new IllegalArgumentException("move shape values must be in [0,1], got " + v);
                }
            }
        }
    }
}
