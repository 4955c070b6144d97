package org.labourcast.policy;

import java.math.BigDecimal;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.Fields;
import org.labourcast.scenario.yaml.YamlNode;
import org.labourcast.scenario.yaml.YamlScalar;

/** An allowed interval for a lever parameter, each end closed or open, named in the error ("a share"). */
record Range(double min, boolean minOpen, double max, boolean maxOpen, String what) {
    static final Range SHARE = closed(0, 1, "a share");
    static final Range PERSONS = atLeast(0, "persons per year");
    static final Range LOG_ODDS = closed(-10, 10, "log-odds");

    static Range closed(double min, double max, String what) {
        return new Range(min, false, max, false, what);
    }

    static Range atLeast(double min, String what) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false, what);
    }

    static Range above(double min, String what) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false, what);
    }

    double check(YamlNode n) {
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

    static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
