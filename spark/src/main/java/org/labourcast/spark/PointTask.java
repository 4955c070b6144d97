package org.labourcast.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * One Spark task of a sweep: a whole point, or a block of its Monte Carlo replicates.
 *
 * @param point the point's index
 * @param from  first replicate (inclusive), or -1 for the whole point
 * @param to    last replicate (exclusive), or -1 for the whole point
 */
public record PointTask(int point, int from, int to) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static PointTask whole(int point) {
        return new PointTask(point, -1, -1);
    }

    boolean isWhole() {
        return from < 0;
    }
}
