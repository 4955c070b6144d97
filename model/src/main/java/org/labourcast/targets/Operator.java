package org.labourcast.targets;

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

    public boolean holds(double projected, double target) {
        return switch (this) {
            case AT_LEAST -> projected >= target;
            case AT_MOST -> projected <= target;
            case ABOVE -> projected > target;
            case BELOW -> projected < target;
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

    public static String[] symbols() {
        String[] out = new String[values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values()[i].symbol;
        }
        return out;
    }
}
