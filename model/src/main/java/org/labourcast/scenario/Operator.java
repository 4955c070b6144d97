package org.labourcast.scenario;

/** How a projected value is compared with a target. */
public enum Operator {
    AT_LEAST(">=", "≥"),
    AT_MOST("<=", "≤"),
    ABOVE(">", ">"),
    BELOW("<", "<");

    private final String symbol;
    private final String display;

    Operator(String symbol, String display) {
        this.symbol = symbol;
        this.display = display;
    }

    /** As written in scenario files and CSV: ">=", "<=", ">", "<". */
    public String symbol() {
        return symbol;
    }

    /** Typographic form for charts: ≥ ≤ > <. */
    public String display() {
        return display;
    }

    /** Relative tolerance within which a projection counts as equal to its target (floating-point noise). */
    public static final double EQUAL_TOLERANCE = 1e-9;

    /**
     * Whether the projected value satisfies the target. Values within {@link #EQUAL_TOLERANCE} (relative) count as
     * equal: a path solved to exactly 60% meets "≥ 60%" even if rounding leaves it at 0.5999999999999, and does not
     * meet "&gt; 60%".
     */
    public boolean holds(double projected, double target) {
        double eps = EQUAL_TOLERANCE * Math.max(1.0, Math.abs(target));
        boolean equal = Math.abs(projected - target) <= eps;
        return switch (this) {
            case AT_LEAST -> equal || projected > target;
            case AT_MOST -> equal || projected < target;
            case ABOVE -> !equal && projected > target;
            case BELOW -> !equal && projected < target;
        };
    }

    public static Operator fromSymbol(String s) {
        for (Operator op : values()) {
            if (op.symbol.equals(s)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator " + s);
    }

    /**
     * The ASCII symbol for an operator written the way documents print it — {@code ≥}, {@code ≤}, the full-width
     * {@code ＞} and {@code ＜}, {@code =>}, {@code =<} — or null when {@code written} is none of these. A near-miss
     * search by edit distance would suggest {@code >} for {@code ≥}, which drops the "or equal".
     */
    public static String asciiFor(String written) {
        return switch (written.strip()) {
            case "≥", "⩾", "≧", "=>", "＞＝", "＞=", ">＝" -> AT_LEAST.symbol;
            case "≤", "⩽", "≦", "=<", "＜＝", "＜=", "<＝" -> AT_MOST.symbol;
            case "＞" -> ABOVE.symbol;
            case "＜" -> BELOW.symbol;
            default -> null;
        };
    }

    public static String[] symbols() {
        String[] out = new String[values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values()[i].symbol;
        }
        return out;
    }
}
