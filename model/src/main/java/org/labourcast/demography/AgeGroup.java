package org.labourcast.demography;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age interval in completed years. {@code end} is inclusive; an open group such as "100+" has
 * {@code end == start} and {@code open == true}, and covers every age from {@code start} upwards.
 *
 * @param start first age in the group (years, >= 0)
 * @param end   last age in the group (years, inclusive); equal to {@code start} for an open group
 * @param open  whether the group is open-ended ("start+")
 */
public record AgeGroup(int start, int end, boolean open) {

    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");
    private static final String EXPECTED = "expected an age label like \"0\", \"1-4\", \"5-9\" or \"100+\"";

    public AgeGroup {
        if (start < 0) {
            throw new IllegalArgumentException("age group start must be >= 0, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("age group end " + end + " is before its start " + start);
        }
        if (open && end != start) {
            throw new IllegalArgumentException("an open age group must have end == start, got " + start + "-" + end + "+");
        }
    }

    /** A closed group covering ages {@code start..end} inclusive. */
    public static AgeGroup closed(int start, int end) {
        return new AgeGroup(start, end, false);
    }

    /** The open group "{@code start}+". */
    public static AgeGroup openFrom(int start) {
        return new AgeGroup(start, start, true);
    }

    /**
     * Parses "0" (a single year), "1-4" (inclusive range) or "100+" (open group). Surrounding white space is ignored.
     *
     * @throws IllegalArgumentException if the label has another form or the range is reversed
     */
    public static AgeGroup parse(String label) {
        if (label == null) {
            throw new IllegalArgumentException("age label is missing; " + EXPECTED);
        }
        String s = label.strip();
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b < a) {
                throw new IllegalArgumentException("age label \"" + label + "\" ends before it starts; " + EXPECTED);
            }
            return closed(a, b);
        }
        m = OPEN.matcher(s);
        if (m.matches()) {
            return openFrom(Integer.parseInt(m.group(1)));
        }
        m = SINGLE.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            return closed(a, a);
        }
        throw new IllegalArgumentException("cannot read age label \"" + label + "\"; " + EXPECTED);
    }

    /** The label in the form {@link #parse} reads: "0", "1-4" or "100+". */
    public String label() {
        if (open) {
            return start + "+";
        }
        return start == end ? Integer.toString(start) : start + "-" + end;
    }

    /** Number of single years covered; 1 for an open group (its width is unknown). */
    public int width() {
        return open ? 1 : end - start + 1;
    }

    /** Whether a person aged {@code age} completed years belongs to this group. */
    public boolean contains(int age) {
        return open ? age >= start : age >= start && age <= end;
    }

    @Override
    public String toString() {
        return label();
    }
}
