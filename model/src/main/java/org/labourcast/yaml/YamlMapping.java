package org.labourcast.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.Location;

/**
 * A YAML mapping with plain-text keys, unique, in document order. Immutable once loaded.
 * Use {@link Fields} to read it; it reports unknown keys.
 */
public final class YamlMapping implements YamlNode {
    private final Location location;
    private final String path;
    private final List<String> keys = new ArrayList<>();
    private final List<String> keysView = Collections.unmodifiableList(keys);
    private final Map<String, YamlNode> values = new HashMap<>();
    private final Map<String, Location> keyLocations = new HashMap<>();

    YamlMapping(Location location, String path) {
        this.location = location;
        this.path = path;
    }

    void put(String key, Location keyLocation, YamlNode value) {
        if (!values.containsKey(key)) {
            keys.add(key);
            keyLocations.put(key, keyLocation);
        }
        values.put(key, value);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String path() {
        return path;
    }

    /** Keys in document order (unmodifiable). */
    public List<String> keys() {
        return keysView;
    }

    /** The value of {@code key}, or null when the key is absent. A key written without a value maps to a null scalar. */
    public YamlNode get(String key) {
        return values.get(key);
    }

    /** Where {@code key} itself is written, or null when absent. */
    public Location keyLocation(String key) {
        return keyLocations.get(key);
    }

    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    public int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "YamlMapping[" + location + " " + path + ", keys=" + keys + "]";
    }
}
