package org.labourcast.sweep.definition;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.labourcast.Location;

/**
 * One parameter of a sweep: a scenario field set to a value ({@code path}), or every number of one or more fields
 * multiplied by the value ({@code scale}: e.g. all fertility schedules × 0.9). Immutable.
 *
 * @param name       column name in the outputs: the path, or the name given (required for {@code scale})
 * @param path       the field set to the value, or null for a scale parameter
 * @param scale      the fields whose numbers are multiplied by the value (empty for a path parameter); each holds a
 *                   number, a list of numbers, or a mapping with a numeric {@code value}
 * @param domain     the values it takes
 * @param baseline   the value one-at-a-time sensitivity varies around: given in the sweep, else (empty) the
 *                   scenario's own number at the path, or 1 for a scale parameter
 * @param location   where the parameter's path (or scale list) is written, for errors found when it is applied
 * @param fieldPath  the sweep field that holds it ({@code sweep.parameters[2].path}), for errors
 */
public record SweepParameter(String name, String path, List<String> scale, Domain domain, OptionalDouble baseline,
                             Location location, String fieldPath) {
    public SweepParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(baseline, "baseline");
        scale = List.copyOf(scale);
        if ((path == null) == scale.isEmpty()) {
            throw new IllegalArgumentException("a parameter has either a path or scale paths");
        }
    }

    public boolean scales() {
        return path == null;
    }
}
