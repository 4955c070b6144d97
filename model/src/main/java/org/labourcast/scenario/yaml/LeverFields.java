package org.labourcast.scenario.yaml;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.labourcast.InputException;
import org.labourcast.policy.LeverInfo;
import org.labourcast.policy.LeverName;
import org.labourcast.policy.Span;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.NumberRange;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;

/**
 * The fields of one {@code levers:} entry, read with the scenario's strictness: every failure is an
 * {@link InputException} at the offending value with its field path. A single number may be written plainly,
 * {@code trainees: 10000}, or with its own source, {@code trainees: {value: 10000, source: "..."}}; such sources are
 * kept after the lever's own source ({@code "measure | trainees: ..."}). Not thread-safe; one per entry.
 */
public final class LeverFields {
    /** Sector shares must sum to 1 within this tolerance (as {@code labour.sectors.history}). */
    private static final double SHARES_TOLERANCE = 0.005;

    private final Fields f;
    private final String type;
    private final LeverContext context;
    private final StringBuilder parameterSources = new StringBuilder();

    /**
     * @param f       the entry's fields; the caller has read {@code type} and calls {@link Fields#finish()} afterwards
     * @param type    the lever type the entry names
     * @param context the scenario's years and labour defaults
     */
    public LeverFields(Fields f, String type, LeverContext context) {
        this.f = f;
        this.type = type;
        this.context = context;
    }

    public Fields fields() {
        return f;
    }

    public LeverContext context() {
        return context;
    }

    /**
     * The optional {@code name} (a text, or {@code {en, zh}}) and the required {@code source}, with the sources of
     * single parameters read so far. Call it after reading the parameters.
     */
    public LeverInfo info() {
        Optional<LeverName> name = Optional.empty();
        if (f.has("name")) {
            YamlNode n = f.node("name");
            if (n instanceof YamlMapping) {
                Fields names = f.fields("name");
                name = Optional.of(new LeverName(names.string("en"), names.string("zh")));
                names.finish();
            } else {
                String text = Fields.toText(n);
                name = Optional.of(new LeverName(text, text));
            }
        }
        String source = f.string("source");
        return new LeverInfo(type, name, source + parameterSources);
    }

    /** {@code from} (required), {@code to} and {@code phase_in_years} (optional), checked against the projection. */
    public Span span() {
        int first = context.firstYear();
        int horizon = context.horizon();
        int from = f.integer("from");
        if (from < first || from > horizon) {
            throw f.error("from", "the first year " + from + " must be between " + first + " (the year after the base"
                    + " year) and " + horizon + " (the horizon)", "levers act in projected years only");
        }
        OptionalInt to = OptionalInt.empty();
        if (f.has("to")) {
            int last = f.integer("to");
            if (last < from) {
                throw f.error("to", "the last year " + last + " is before the first year " + from,
                        "'to' is the last year the lever acts, inclusive");
            }
            if (last > horizon) {
                throw f.error("to", "the last year " + last + " is after the horizon " + horizon,
                        "omit 'to' for a lever that acts to the end of the projection");
            }
            to = OptionalInt.of(last);
        }
        int phaseIn = 0;
        if (f.has("phase_in_years")) {
            phaseIn = f.integer("phase_in_years");
            int last = to.isPresent() ? to.getAsInt() : horizon;
            if (phaseIn < 0) {
                throw f.error("phase_in_years", "must not be negative, got " + phaseIn, "0 means the full effect at once");
            }
            if (phaseIn > last - from) {
                throw f.error("phase_in_years", "a phase-in of " + phaseIn + " years is longer than the lever's span "
                        + from + "-" + last + " allows: the full effect would begin after " + last,
                        "at most " + (last - from) + " years, so that the full effect is reached by " + last);
            }
        }
        int phase = phaseIn;
        OptionalInt end = to;
        return build(() -> new Span(from, end, phase));
    }

    /** True when the key is present with a value (and records it as a known parameter). */
    public boolean has(String key) {
        return f.has(key);
    }

    /**
     * Requires exactly one of two alternative keys; returns true when it is {@code a}. When neither is present, a
     * misspelt key in the entry is reported first (with its suggestion), since that is the likelier mistake.
     */
    boolean exactlyOne(String a, String b, String problem) {
        boolean hasA = f.has(a);
        boolean hasB = f.has(b);
        if (hasA && hasB) {
            throw f.error(b, problem);
        }
        if (!hasA && !hasB) {
            for (String key : f.mapping().keys()) {
                String wanted = Fields.closestName(key, java.util.List.of(a, b));
                if (wanted != null && !key.equals(wanted)) {
                    String path = f.path().isEmpty() ? key : f.path() + "." + key;
                    throw new InputException(f.mapping().keyLocation(key), path, "unknown field '" + key + "'",
                            "did you mean '" + wanted + "'?");
                }
            }
            throw f.errorHere("missing value: " + problem);
        }
        return hasA;
    }

    /** A required number within {@code range}, written plainly or as {@code {value, source}}. */
    double number(String key, NumberRange range) {
        return range.check(valueNode(key));
    }

    /** An optional number within {@code range}, written plainly or as {@code {value, source}}. */
    OptionalDouble optionalNumber(String key, NumberRange range) {
        return f.has(key) ? OptionalDouble.of(number(key, range)) : OptionalDouble.empty();
    }

    /**
     * A number with a documented default for when the scenario leaves it out; the default and where it comes from are
     * then kept with the lever's sources ({@code "| key: default 0.93 (note)"}).
     */
    double numberOr(String key, NumberRange range, double defaultValue, String note) {
        OptionalDouble v = optionalNumber(key, range);
        if (v.isPresent()) {
            return v.getAsDouble();
        }
        addSource(key, "default " + NumberRange.plain(defaultValue) + " (" + note + ")");
        return defaultValue;
    }

    /** {@code {primary, secondary, tertiary}} shares summing to 1 (within 0.005), with an optional {@code source}. */
    SectorValues sectorShares(String key) {
        Fields s = f.fields(key);
        double[] v = new double[Sector.values().length];
        for (Sector sector : Sector.values()) {
            v[sector.ordinal()] = NumberRange.SHARE.check(s.node(sector.label()));
        }
        s.optionalString("source").ifPresent(text -> addSource(key, text));
        s.finish();
        double sum = v[0] + v[1] + v[2];
        if (Math.abs(sum - 1) > SHARES_TOLERANCE) {
            throw f.error(key, String.format(Locale.ROOT, "sector shares must sum to 1 within 0.005, got %s",
                    NumberRange.plain(sum)), "give the share of the jobs in each sector as fractions, e.g. 0.1, 0.3, 0.6");
        }
        return SectorValues.of(v);
    }

    /** One of the three sector names. */
    Sector sector(String key) {
        String label = f.choice(key, Sector.PRIMARY.label(), Sector.SECONDARY.label(), Sector.TERTIARY.label());
        for (Sector s : Sector.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalStateException(label);
    }

    /** An error at the value of {@code key} (or at the entry when the key is absent). */
    InputException error(String key, String problem, String hint) {
        return f.error(key, problem, hint);
    }

    /** Builds a record; a rule it enforces that the parser did not check first becomes an error at the entry. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException ex) {
            throw f.errorHere(ex.getMessage());
        }
    }

    private YamlNode valueNode(String key) {
        YamlNode n = f.node(key);
        if (!(n instanceof YamlMapping)) {
            return n;
        }
        Fields v = f.fields(key);
        YamlNode value = v.node("value");
        v.optionalString("source").ifPresent(s -> addSource(key, s));
        v.finish();
        return value;
    }

    private void addSource(String key, String text) {
        parameterSources.append(" | ").append(key).append(": ").append(text);
    }
}
