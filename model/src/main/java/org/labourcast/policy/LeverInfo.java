package org.labourcast.policy;

import java.util.Optional;

/**
 * What every lever states besides its parameters.
 *
 * @param type   the lever's YAML type, e.g. {@code vocational_training} (a name registered in the reader's {@code LeverCatalog})
 * @param name   an optional label
 * @param source the plan measure the lever represents, quoted with document and section, followed by the sources
 *               the scenario gave for single parameters ({@code "measure | parameter: source"})
 */
public record LeverInfo(String type, Optional<LeverName> name, String source) {
    public LeverInfo {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a lever needs a type");
        }
        if (name == null) {
            throw new IllegalArgumentException("name must be given or empty");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a lever needs a source: the plan measure it represents");
        }
    }

    /** The name in a language, or the type when the scenario gave none. */
    public String label(String lang) {
        return name.map(n -> n.in(lang)).orElse(type);
    }
}
