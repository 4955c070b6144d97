package org.labourcast.calibration;

import java.util.Arrays;
import java.util.List;

/** What a calibration target compares: an indicator's value in a year, or its mean yearly change over years. */
public enum Statistic {
    /** The value in one year, in the indicator's unit. */
    LEVEL("level"),
    /** (value(to) − value(from)) / (to − from): the mean change a year, in the indicator's unit per year. */
    YEARLY_CHANGE("yearly_change");

    private final String label;

    Statistic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Statistic::label).toList();
    }

    /** @throws IllegalArgumentException for an unknown label */
    public static Statistic of(String label) {
        for (Statistic s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown statistic " + label);
    }
}
