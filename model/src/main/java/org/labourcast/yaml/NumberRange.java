package org.labourcast.yaml;

import java.math.BigDecimal;
import org.labourcast.InputException;

/**
 * An allowed interval for a number read from a scenario, each end closed or open, named in the error
 * ("must be between 0 and 1 (a share), got 1.2"). Shared by the section readers.
 */
public record NumberRange(double min, boolean minOpen, double max, boolean maxOpen, String what) {
    public static final NumberRange SHARE = closed(0, 1, "a share");
    public static final NumberRange PERSONS = atLeast(0, "persons per year");
    public static final NumberRange LOG_ODDS = closed(-10, 10, "log-odds");

    public static NumberRange closed(double min, double max, String what) {
        return new NumberRange(min, false, max, false, what);
    }

    public static NumberRange between(double min, double max, String what) {
        return new NumberRange(min, true, max, true, what);
    }

    public static NumberRange atLeast(double min, String what) {
        return new NumberRange(min, false, Double.POSITIVE_INFINITY, false, what);
    }

    public static NumberRange above(double min, String what) {
        return new NumberRange(min, true, Double.POSITIVE_INFINITY, false, what);
    }

    /** The node's number, or a located error naming the interval. */
    public double check(YamlNode n) {
        double v = Fields.toNumber(n);
        boolean ok = (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
        if (!ok) {
            String got = n instanceof YamlScalar s ? s.text() : plain(v);
            throw new InputException(n.location(), n.path(), "must be " + bounds() + " (" + what + "), got " + got);
        }
        return v;
    }

    private String bounds() {
        if (max == Double.POSITIVE_INFINITY) {
            return (minOpen ? "greater than " : "at least ") + plain(min);
        }
        if (!minOpen && !maxOpen) {
            return "between " + plain(min) + " and " + plain(max);
        }
        return (minOpen ? "greater than " : "at least ") + plain(min) + " and "
                + (maxOpen ? "less than " : "at most ") + plain(max);
    }

    /** A number as a user wrote it: no exponent, no trailing zeros. */
    public static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
