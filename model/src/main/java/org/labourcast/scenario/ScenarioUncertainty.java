package org.labourcast.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.labourcast.InputException;
import org.labourcast.uncertainty.Distribution;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * The distribution-valued numbers of a scenario (docs/uncertainty.md) and how to read the scenario with drawn
 * values in their place. The scenario itself ({@link ScenarioSpec}) holds each field's central value; a Monte Carlo
 * replicate draws every field whose source is switched on and reads the scenario again with the draws
 * ({@link #withValues}), through the same strict reader, so a drawn value meets every rule a written one does.
 * Immutable and thread-safe.
 */
public final class ScenarioUncertainty {
    /** A scenario without distributions. */
    public static final ScenarioUncertainty NONE = new ScenarioUncertainty(List.of(), values -> {
        throw new IllegalStateException("no distributions to draw");
    });

    private final List<Field> fields;
    private final Function<Map<String, String>, ScenarioSpec> reader;

    /**
     * One distribution-valued scenario number.
     *
     * @param path     its field path, the name of its column in the run's drawn inputs
     * @param source   the uncertainty source it belongs to (by where it stands, see {@link #sourceOf})
     * @param basis    {@code calibrated} or {@code assumption}
     * @param citation the distribution's {@code source} text, or null
     */
    public record Field(String path, String valuePath, UncertaintySource source, Distribution distribution,
                        String basis, String citation) {
    }

    ScenarioUncertainty(List<Field> fields, Function<Map<String, String>, ScenarioSpec> reader) {
        this.fields = List.copyOf(fields);
        this.reader = reader;
    }

    /**
     * The distribution-valued fields the reader found, in document order, and how to read the scenario again with
     * drawn values in their place; {@link #NONE} without fields.
     */
    public static ScenarioUncertainty of(List<Field> fields, Function<Map<String, String>, ScenarioSpec> reader) {
        return fields.isEmpty() ? NONE : new ScenarioUncertainty(fields, reader);
    }

    /** The distribution-valued fields in document order (a parent's fields where a variant keeps them). */
    public List<Field> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * The source a field belongs to, by where it stands: {@code levers} → policy; {@code labour.base} and
     * {@code population} → base year; {@code labour.sectors.output_growth} → economic; {@code fertility},
     * {@code mortality}, {@code migration}, {@code rural_urban_move} → their demographic source; else parameter.
     */
    public static UncertaintySource sourceOf(String path) {
        if (under(path, "levers")) {
            return UncertaintySource.POLICY;
        }
        if (under(path, "labour.base") || under(path, "population")) {
            return UncertaintySource.BASE_YEAR;
        }
        if (under(path, "labour.sectors.output_growth")) {
            return UncertaintySource.ECONOMIC;
        }
        if (under(path, "fertility")) {
            return UncertaintySource.FERTILITY;
        }
        if (under(path, "mortality")) {
            return UncertaintySource.MORTALITY;
        }
        if (under(path, "migration")) {
            return UncertaintySource.MIGRATION;
        }
        if (under(path, "rural_urban_move")) {
            return UncertaintySource.URBANIZATION;
        }
        return UncertaintySource.PARAMETER;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    /**
     * The scenario with drawn values: {@code values[i]} for field {@code i}, or NaN to keep its central value.
     *
     * @throws InputException when the drawn values together break a rule of the scenario (each alone lies within
     *                        its field's range: that is checked when the scenario is read)
     */
    public ScenarioSpec withValues(double[] values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(fields.size() + " fields, " + values.length + " values");
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                text.put(fields.get(i).valuePath(), Double.toString(values[i]));
            }
        }
        return reader.apply(text);
    }
}
