package org.labourcast.demography;

/** Place of usual residence as Chinese statistics count it (常住人口 urban / rural). */
public enum Residence {
    URBAN("urban"),
    RURAL("rural");

    private final String label;

    Residence(String label) {
        this.label = label;
    }

    /** Lower-case name used in files and output: "urban" or "rural". */
    public String label() {
        return label;
    }
}
