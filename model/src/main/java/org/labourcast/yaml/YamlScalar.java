package org.labourcast.yaml;

import java.util.Set;
import org.labourcast.Location;

/**
 * A scalar exactly as written: no type resolution at all, so {@code NO} stays the text "NO" and {@code 0511}
 * stays "0511". Readers decide the type with {@link Fields}.
 */
public final class YamlScalar implements YamlNode {
    private static final Set<String> NULL_WORDS = Set.of("", "~", "null", "Null", "NULL");

    private final Location location;
    private final String path;
    private final String text;
    private final boolean plain;

    YamlScalar(Location location, String path, String text, boolean plain) {
        this.location = location;
        this.path = path;
        this.text = text;
        this.plain = plain;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String path() {
        return path;
    }

    /** The text as written (after YAML quoting/escaping rules); never null. */
    public String text() {
        return text;
    }

    /** True when the scalar was written without quotes (and not as a | or &gt; block). */
    public boolean plain() {
        return plain;
    }

    /** True for a plain empty value, {@code ~}, {@code null}, {@code Null} or {@code NULL}. Quoted text is never null. */
    public boolean isNull() {
        return plain && NULL_WORDS.contains(text);
    }

    @Override
    public String toString() {
        return "YamlScalar[" + location + " " + path + "=" + (plain ? text : "\"" + text + "\"") + "]";
    }
}
