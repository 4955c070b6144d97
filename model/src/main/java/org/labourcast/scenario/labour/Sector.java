package org.labourcast.scenario.labour;

/**
 * The three sectors of China's employment statistics (三次产业): primary (farming, forestry, animal husbandry,
 * fishery), secondary (industry and construction), tertiary (services). {@link #code()} is the value stored in an
 * agent's sector column; 0 there means "no sector" (not employed).
 */
public enum Sector {
    PRIMARY("primary", "第一产业"),
    SECONDARY("secondary", "第二产业"),
    TERTIARY("tertiary", "第三产业");

    /** values() copies its array on every call; the agent scans look sectors up by code per agent. */
    private static final Sector[] BY_CODE = values();

    private final String label;
    private final String chinese;

    Sector(String label, String chinese) {
        this.label = label;
        this.chinese = chinese;
    }

    /** The YAML and indicator name, e.g. "primary". */
    public String label() {
        return label;
    }

    public String chinese() {
        return chinese;
    }

    /** 1, 2 or 3. */
    public byte code() {
        return (byte) (ordinal() + 1);
    }

    /** The sector of a stored code 1..3. */
    public static Sector ofCode(int code) {
        return BY_CODE[code - 1];
    }

    /** Non-farm: secondary or tertiary (where transferred rural labour works). */
    public boolean nonFarm() {
        return this != PRIMARY;
    }
}
