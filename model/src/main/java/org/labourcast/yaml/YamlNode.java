package org.labourcast.yaml;

import org.labourcast.Location;

/**
 * One node of a scenario file as written: a mapping, a sequence or a scalar. Built by {@link SafeYamlLoader};
 * immutable once loaded and safe to share between threads.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    /** Where the node starts, 1-based as an editor shows it. */
    Location location();

    /** Dotted field path: {@code ""} for the root, {@code population.male[3]}, {@code targets[0].year}. */
    String path();

}
