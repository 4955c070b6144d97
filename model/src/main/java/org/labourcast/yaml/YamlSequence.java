package org.labourcast.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.labourcast.Location;

/** A YAML sequence ({@code - a} items or {@code [a, b]}). Immutable once loaded. */
public final class YamlSequence implements YamlNode {
    private final Location location;
    private final String path;
    private final List<YamlNode> items = new ArrayList<>();
    private final List<YamlNode> view = Collections.unmodifiableList(items);

    YamlSequence(Location location, String path) {
        this.location = location;
        this.path = path;
    }

    void add(YamlNode item) {
        items.add(item);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String path() {
        return path;
    }

    /** The items in document order (unmodifiable). */
    public List<YamlNode> items() {
        return view;
    }

    public int size() {
        return items.size();
    }

    /** Item {@code i}; throws IndexOutOfBoundsException outside {@code 0..size()-1} (a programming error). */
    public YamlNode get(int i) {
        return items.get(i);
    }

    @Override
    public String toString() {
        return "YamlSequence[" + location + " " + path + ", " + items.size() + " items]";
    }
}
