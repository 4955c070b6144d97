package org.labourcast.sweep;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.labourcast.ArrayValues;

/**
 * Consecutive Monte Carlo replicates of one sweep point: what a task of a distributed runner sends back when a
 * point's replicates are spread over several tasks ({@link PointScenarios#replicates}, joined by
 * {@link PointScenarios#combine}). Serializable so a Spark task can return it; doubles travel exactly.
 *
 * @param point    the point's index
 * @param firstRun the first replicate's index among the point's runs
 * @param values   {@code values[i][indicator][year]} of replicate {@code firstRun + i}, indicators in
 *                 {@code AgentRun.indicatorNames} order
 */
public record ReplicateBlock(int point, int firstRun, double[][][] values) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public ReplicateBlock {
        values = ArrayValues.copy(values);
        Objects.requireNonNull(values, "values");
        if (point < 0 || firstRun < 0 || values.length == 0) {
            throw new IllegalArgumentException("a block needs a point, a first run >= 0 and at least one replicate");
        }
    }

    /** Replicates in the block. */
    public int runs() {
        return values.length;
    }

    @Override
    public double[][][] values() {
        return ArrayValues.copy(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicateBlock other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {point, firstRun, values};
    }
}
