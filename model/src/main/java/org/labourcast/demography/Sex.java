package org.labourcast.demography;

/** Sex of a population or schedule. */
public enum Sex {
    MALE("male"),
    FEMALE("female");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** Lower-case label as used in data files and scenarios: "male" or "female". */
    public String label() {
        return label;
    }
}
