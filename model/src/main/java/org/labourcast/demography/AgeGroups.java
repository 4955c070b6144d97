package org.labourcast.demography;

import java.util.ArrayList;
import java.util.List;

/** Checks and builders for ordered lists of {@link AgeGroup}s. */
public final class AgeGroups {

    private AgeGroups() {
    }

    /**
     * Requires the groups to start at age 0 and follow each other without gap or overlap, with only the last group
     * allowed to be open.
     *
     * @param lastMustBeOpen whether the last group must also be open (e.g. for a whole population)
     * @throws IllegalArgumentException naming the first offending group(s)
     */
    public static void requireContiguousFromZero(List<AgeGroup> groups, boolean lastMustBeOpen) {
        requireNonEmpty(groups);
        if (groups.get(0).start() != 0) {
            throw new IllegalArgumentException("age groups must start at 0, first group is " + groups.get(0).label());
        }
        requireContiguous(groups, lastMustBeOpen);
    }

    /**
     * Like {@link #requireContiguousFromZero} but the first group may start at any age (e.g. fertility 15-19 ... 45-49).
     */
    public static void requireContiguous(List<AgeGroup> groups, boolean lastMustBeOpen) {
        requireNonEmpty(groups);
        for (int i = 0; i < groups.size(); i++) {
            AgeGroup g = groups.get(i);
            if (g == null) {
                throw new IllegalArgumentException("age group " + i + " is missing");
            }
            boolean last = i == groups.size() - 1;
            if (g.open() && !last) {
                throw new IllegalArgumentException("only the last group may be open, but " + g.label() + " is group "
                        + (i + 1) + " of " + groups.size());
            }
            if (i > 0) {
                AgeGroup prev = groups.get(i - 1);
                if (g.start() > prev.end() + 1) {
                    throw new IllegalArgumentException("gap between " + prev.label() + " and " + g.label());
                }
                if (g.start() <= prev.end()) {
                    throw new IllegalArgumentException("overlap or wrong order between " + prev.label() + " and " + g.label());
                }
            }
        }
        AgeGroup last = groups.get(groups.size() - 1);
        if (lastMustBeOpen && !last.open()) {
            throw new IllegalArgumentException("the last age group must be open (like \"100+\"), got " + last.label());
        }
    }

    /** Parses each label with {@link AgeGroup#parse}; does not check contiguity. */
    public static List<AgeGroup> parseAll(List<String> labels) {
        if (labels == null) {
            throw new IllegalArgumentException("age labels are missing");
        }
        List<AgeGroup> out = new ArrayList<>(labels.size());
        for (String label : labels) {
            out.add(AgeGroup.parse(label));
        }
        return List.copyOf(out);
    }

    /** 0-4, 5-9, ..., (openStart-5)-(openStart-1), openStart+. {@code openStart} must be a positive multiple of 5. */
    public static List<AgeGroup> fiveYear(int openStart) {
        requireOpenStart(openStart, 5);
        List<AgeGroup> out = new ArrayList<>();
        for (int a = 0; a < openStart; a += 5) {
            out.add(AgeGroup.closed(a, a + 4));
        }
        out.add(AgeGroup.openFrom(openStart));
        return List.copyOf(out);
    }

    /** 0, 1-4, 5-9, ..., openStart+ (the abridged life-table layout). {@code openStart} must be a multiple of 5, >= 5. */
    public static List<AgeGroup> abridged(int openStart) {
        requireOpenStart(openStart, 5);
        List<AgeGroup> out = new ArrayList<>();
        out.add(AgeGroup.closed(0, 0));
        out.add(AgeGroup.closed(1, 4));
        for (int a = 5; a < openStart; a += 5) {
            out.add(AgeGroup.closed(a, a + 4));
        }
        out.add(AgeGroup.openFrom(openStart));
        return List.copyOf(out);
    }

    private static void requireOpenStart(int openStart, int step) {
        if (openStart < step || openStart % step != 0) {
            throw new IllegalArgumentException("open group start must be a positive multiple of " + step + ", got " + openStart);
        }
    }

    private static void requireNonEmpty(List<AgeGroup> groups) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("age groups must not be empty");
        }
    }
}
