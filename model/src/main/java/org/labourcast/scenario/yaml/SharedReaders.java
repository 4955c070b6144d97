package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.AgeGroups;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlSequence;

/**
 * Readers for the value forms every scenario section shares: a choice between two keys, year/period anchors,
 * one-number series, lists of age groups and lists of numbers. Each failure is an {@link InputException} located at
 * the offending value.
 */
final class SharedReaders {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

    private SharedReaders() {
    }

    /**
     * Requires exactly one of two alternative keys. When neither is present, a misspelt key in the mapping is
     * reported first (with its suggestion), since that is the likelier mistake.
     */
    static void exactlyOne(Fields f, String a, String b, String problem) {
        boolean hasA = f.has(a);
        boolean hasB = f.has(b);
        if (hasA && hasB) {
            throw f.error(b, problem);
        }
        if (!hasA && !hasB) {
            for (String key : f.mapping().keys()) {
                String wanted = Fields.closestName(key, List.of(a, b));
                if (wanted != null) {
                    String path = f.path().isEmpty() ? key : f.path() + "." + key;
                    throw new InputException(f.mapping().keyLocation(key), path, "unknown field '" + key + "'",
                            "did you mean '" + wanted + "'?");
                }
            }
            throw f.errorHere(problem);
        }
    }

    /** A {@code year: 2020} or {@code period: 2020-2025} anchor of a time-series entry. */
    static TimeAnchor anchor(Fields e) {
        exactlyOne(e, "year", "period", "give exactly one of 'year' (e.g. 2020) and 'period' (e.g. 2020-2025)");
        if (e.has("year")) {
            return TimeAnchor.year(e.integer("year", 1900, 2300));
        }
        String text = e.string("period");
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            throw e.error("period", "expected a period like 2020-2025, got '" + text + "'");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to <= from) {
            throw e.error("period", "period " + text + " must end after it starts");
        }
        return TimeAnchor.period(from, to);
    }

    /** A one-number series: {@code value: x} for a constant, or {@code values: [{year|period, value}]}. */
    static TimeSeries scalarSeries(Fields f, double min, double max) {
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        readScalarEntries(f, min, max, anchors, values);
        return series(f, f.has("values") ? "values" : "value", anchors, values);
    }

    /**
     * Persons in a section's unit ({@code unit} persons each): the bounds, and a hint that says them in persons.
     *
     * @param min the least number of persons, 0 or −{@link #MAX_PERSONS} (net migrants)
     */
    static double[] personCounts(Fields f, String key, int n, double unit, double min) {
        return numbers(f, key, n, min / unit, MAX_PERSONS / unit, personsHint(unit));
    }

    static String personsHint(double unit) {
        // 10^9 rather than 1000000000: the power says at a glance it is a bound, not a typo'd figure.
        return "a count is at most 10^9 persons" + (unit == 1 ? "" : ", " + plain(MAX_PERSONS / unit)
                + " in thousands");
    }

    static void readScalarEntries(Fields f, double min, double max, List<TimeAnchor> anchors,
                                          List<double[]> values) {
        exactlyOne(f, "value", "values", "give either 'value' (constant) or 'values' (a list of year/period entries)");
        if (f.has("value")) {
            anchors.add(new TimeAnchor(0, "all years"));
            values.add(new double[] {f.number("value", min, max)});
            return;
        }
        for (Fields e : f.fieldsList("values")) {
            anchors.add(anchor(e));
            values.add(new double[] {e.number("value", min, max)});
            e.finish();
        }
    }

    static TimeSeries series(Fields f, String key, List<TimeAnchor> anchors, List<double[]> values) {
        try {
            return TimeSeries.of(anchors, values);
        } catch (IllegalArgumentException ex) {
            throw f.error(key, ex.getMessage());
        }
    }

    /**
     * Age groups without gaps or overlaps: from 0 to an open last group ({@code fromZeroToOpen}), or else from any
     * age with the last group open or closed (e.g. fertility 15-19 ... 45-49).
     */
    static List<AgeGroup> ageGroups(Fields f, String key, boolean fromZeroToOpen) {
        List<AgeGroup> groups = parseAgeGroups(f, key);
        try {
            if (fromZeroToOpen) {
                AgeGroups.requireContiguousFromZero(groups, true);
            } else {
                AgeGroups.requireContiguous(groups, false);
            }
        } catch (IllegalArgumentException ex) {
            throw f.error(key, ex.getMessage());
        }
        return groups;
    }

    /** Age groups without gaps or overlaps starting at any age; {@code lastOpen} says whether the last must be open. */
    static List<AgeGroup> contiguousAgeGroups(Fields f, String key, boolean lastOpen) {
        List<AgeGroup> groups = parseAgeGroups(f, key);
        try {
            AgeGroups.requireContiguous(groups, lastOpen);
        } catch (IllegalArgumentException ex) {
            throw f.error(key, ex.getMessage());
        }
        return groups;
    }

    /** One age-group label such as {@code 16-64} or {@code 65+}. */
    static AgeGroup ageGroup(YamlNode item) {
        try {
            return AgeGroup.parse(Fields.toText(item));
        } catch (IllegalArgumentException ex) {
            throw new InputException(item.location(), item.path(), ex.getMessage(),
                    "age groups are written like 0, 1-4, 5-9 or 100+");
        }
    }

    private static List<AgeGroup> parseAgeGroups(Fields f, String key) {
        YamlSequence seq = f.sequence(key);
        List<AgeGroup> groups = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            groups.add(ageGroup(item));
        }
        if (groups.isEmpty()) {
            throw f.error(key, "at least one age group is required");
        }
        return groups;
    }

    /**
     * The most persons one age group of a list may hold (10⁹): the base population's groups and net migrants by age.
     * More than any region's population but China's and India's, so a larger count is a typo or a hostile file, and
     * would only fail later as agents no memory holds. Single numbers that may be written as distributions
     * (totals, labour counts) are not capped: an unbounded distribution's support would cross the cap.
     */
    static final double MAX_PERSONS = 1e9;

    /** A list of exactly {@code n} numbers, each within [min, max], with errors at the offending item. */
    static double[] numbers(Fields f, String key, int n, double min, double max) {
        return numbers(f, key, n, min, max, null);
    }

    /** As {@link #numbers(Fields, String, int, double, double)}, with a hint for a number out of range. */
    static double[] numbers(Fields f, String key, int n, double min, double max, String hint) {
        YamlSequence seq = f.sequence(key);
        if (seq.size() != n) {
            throw f.error(key, "expected " + n + " values (one per age group), got " + seq.size());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            YamlNode item = seq.get(i);
            double v = Fields.toNumber(item);
            if (v < min || v > max) {
                throw new InputException(item.location(), item.path(), rangeMessage(v, min, max), hint);
            }
            out[i] = v;
        }
        return out;
    }

    static String rangeMessage(double v, double min, double max) {
        String value = plain(v);
        if (min == 0 && max == Double.MAX_VALUE) {
            return "must not be negative, got " + value;
        }
        if (min == 0 && max == 1) {
            return "must be between 0 and 1 (a rate or share), got " + value;
        }
        return "must be between " + plain(min) + " and " + plain(max) + ", got " + value;
    }

    /** A number for a message as a reader would write it: 0.25, 1784000, not 2.5E-1 or 1.784E6. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v); // e.g. a sum of huge counts
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static void requireSumOne(Fields f, String key, double[] shares, String what) {
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        if (Math.abs(sum - 1) > 1e-4) {
            throw f.error(key, what + " must sum to 1, got " + String.format(java.util.Locale.ROOT, "%.6f", sum),
                    "give shares as fractions that add up to 1");
        }
    }
}
