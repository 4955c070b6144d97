package org.labourcast.sweep;

import java.util.List;
import org.labourcast.sweep.definition.ParameterValue;

/**
 * One point of a sweep: the value of every parameter, in the sweep's parameter order. Immutable.
 *
 * @param index  0-based position in the sweep (the {@code point} column; {@code points/point-000017.csv})
 * @param block  what the point is for: the design's name ({@code grid}, {@code random}, {@code latin_hypercube}),
 *               Saltelli's matrix ({@code A}, {@code B}, {@code AB1} … for parameter 1 …), or a one-at-a-time role
 *               ({@code oat baseline}, {@code oat low <name>}, {@code oat high <name>}, {@code oat minus <name>},
 *               {@code oat plus <name>})
 * @param sample the row of the design the point comes from (for Saltelli's matrices, the row j shared by A, B and
 *               every AB), or -1 for a one-at-a-time point
 * @param values one per parameter
 */
public record SweepPoint(int index, String block, int sample, List<ParameterValue> values) {
    public SweepPoint {
        if (index < 0) {
            throw new IllegalArgumentException("point index must be >= 0, got " + index);
        }
        values = List.copyOf(values);
    }

    /** The values joined by tabs: equal keys mean the same model inputs. */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (ParameterValue v : values) {
            sb.append(v.text()).append('\t');
        }
        return sb.toString();
    }
}
