package org.labourcast.calibration;

import java.util.List;
import java.util.Objects;
import org.labourcast.Location;

/**
 * A scenario field the calibration fits, resolved against the scenario it calibrates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path           the field as the calibration file names it, e.g. {@code labour.transfer.base_rate}
 * @param overridePath   where the number sits in the scenario: {@code path}, or {@code path.value} for a field
 *                       written {@code {value: x, source: …}}; evaluations set it like {@code --set}
 * @param lower          lower bound, in the field's unit
 * @param upper          upper bound, greater than {@code lower}
 * @param start          start value, within the bounds (the scenario's own value unless the file gives one)
 * @param sourcePath     the mapping whose {@code source} the calibrated variant rewrites: the field's own
 *                       ({@code {value, source}} or a distribution with a {@code source}) or the nearest enclosing
 *                       block's; empty when none has one
 * @param previousSource that {@code source} before calibration (empty when none)
 * @param fieldKeys      the keys of the field's own mapping in the scenario, before distributions are read
 *                       ({@code [value, source]}, {@code [beta, basis, source]}, …); empty for a plain number. The
 *                       calibrated variant needs them to know what its value inherits when merged over the parent
 * @param location       where the parameter is defined in the calibration file
 */
public record FreeParameter(String path, String overridePath, double lower, double upper, double start,
                            String sourcePath, String previousSource, List<String> fieldKeys, Location location) {
    public FreeParameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overridePath, "overridePath");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(previousSource, "previousSource");
        fieldKeys = List.copyOf(fieldKeys);
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException(path + ": bounds must be finite with lower < upper, got [" + lower
                    + ", " + upper + "]");
        }
        if (!(start >= lower && start <= upper)) {
            throw new IllegalArgumentException(path + ": start " + start + " is outside [" + lower + ", " + upper + "]");
        }
    }

    /** The bound width, upper − lower. */
    public double width() {
        return upper - lower;
    }

    /** The parameter's value for a point u in [0, 1] of its bound range. */
    public double fromUnit(double u) {
        return lower + Math.min(1, Math.max(0, u)) * width();
    }

    /** Where {@code value} lies in the bound range, 0 at the lower bound and 1 at the upper. */
    public double toUnit(double value) {
        return (value - lower) / width();
    }

    /** The last field name of the path, e.g. {@code secondary} for {@code labour.sectors.employment_elasticity.secondary}. */
    public String fieldName() {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
