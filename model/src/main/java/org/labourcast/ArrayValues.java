package org.labourcast;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Copies and content comparison for records with array components. A record's accessor hands out its field and
 * its generated {@code equals} compares arrays by identity; a record holding an array therefore copies it in (compact
 * constructor) and out (accessor), and compares, hashes and prints its components through {@link #equal},
 * {@link #hash} and {@link #text}, which look inside arrays at any depth.
 */
public final class ArrayValues {
    private ArrayValues() {
    }

    /** A copy of {@code a}, or null for null. */
    public static double[] copy(double[] a) {
        return a == null ? null : a.clone();
    }

    /** A deep copy of {@code a} (every row copied), or null for null. */
    public static double[][] copy(double[][] a) {
        if (a == null) {
            return null;
        }
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = copy(a[i]);
        }
        return c;
    }

    /** A deep copy of {@code a}, or null for null. */
    public static double[][][] copy(double[][][] a) {
        if (a == null) {
            return null;
        }
        double[][][] c = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            c[i] = copy(a[i]);
        }
        return c;
    }

    /** A copy of {@code a}, or null for null. */
    public static int[] copy(int[] a) {
        return a == null ? null : a.clone();
    }

    /** A shallow copy of an array of immutable values, or null for null. */
    public static <T extends Record> T[] copy(T[] a) {
        return a == null ? null : a.clone();
    }

    /** Whether two records' components, given in the same order, are equal, arrays compared by content. */
    public static boolean equal(Object[] components, Object[] others) {
        return Arrays.deepEquals(components, others);
    }

    /** A hash of a record's components consistent with {@link #equal}. */
    public static int hash(Object... components) {
        return Arrays.deepHashCode(components);
    }

    /**
     * {@code Name[a=1, b=[0.5, 1.0]]}: the text a record prints, with arrays written out. {@code components} are
     * the record's component values in declaration order.
     */
    public static String text(Record r, Object... components) {
        RecordComponent[] rc = r.getClass().getRecordComponents();
        StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String value = Arrays.deepToString(new Object[] {components[i]});
            sb.append(rc[i].getName()).append('=').append(value, 1, value.length() - 1);
        }
        return sb.append(']').toString();
    }
}
