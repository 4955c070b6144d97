package org.labourcast.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one message catalogue of charts and reports: every title, axis label, legend entry, note and indicator name,
 * in English and Chinese ({@code messages_en.properties}, {@code messages_zh.properties}, UTF-8, the same keys).
 * {@code {0}}, {@code {1}} … are replaced by the arguments, as they are: no {@link java.text.MessageFormat} quoting.
 *
 * <p>Also formats values for display: percentages with "%", persons with thousands separators in English and in
 * units of 10,000 (万) in Chinese, always with {@link Locale#ROOT} symbols so output never depends on the machine's
 * locale. Immutable and thread-safe.
 */
public final class Messages {

    /** Persons are shown in 万 (10,000) in Chinese. */
    public static final double WAN = 10_000;

    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);
    private static final Pattern WORKING_AGE = Pattern.compile("working_age_population_(\\d+)_(\\d+)(_share)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final Lang lang;
    private final Map<String, String> texts;

    private Messages(Lang lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** The catalogue of a language. */
    public static Messages of(Lang lang) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(lang, Messages::load);
        }
    }

    private static Messages load(Lang lang) {
        String resource = "messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message catalogue " + resource + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> m = new java.util.TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return new Messages(lang, Collections.unmodifiableMap(m));
    }

    public Lang lang() {
        return lang;
    }

    /** Every key of the catalogue, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    /**
     * The text of {@code key} with {@code {i}} replaced by {@code args[i]} ({@code String.valueOf}).
     *
     * @throws IllegalArgumentException for an unknown key (a bug: every key exists in both languages)
     */
    public String text(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message '" + key + "' in the " + lang.code() + " catalogue");
        }
        if (args.length == 0) {
            return t;
        }
        Matcher m = PLACEHOLDER.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** True if the catalogue has a text for {@code key}. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** True if the catalogue names this indicator (directly or by the working-age pattern). */
    public boolean hasIndicator(String indicator) {
        return texts.containsKey("indicator." + indicator) || WORKING_AGE.matcher(indicator).matches();
    }

    /**
     * The indicator's name, e.g. "Rural labour transfer rate" / "农村劳动力转移就业率"; working-age indicators are
     * named from their bounds; an indicator the catalogue does not know is shown as its code with spaces.
     */
    public String indicator(String indicator) {
        String t = texts.get("indicator." + indicator);
        if (t != null) {
            return t;
        }
        Matcher m = WORKING_AGE.matcher(indicator);
        if (m.matches()) {
            return text(m.group(3) == null ? "indicator.working_age_population" : "indicator.working_age_population_share",
                    m.group(1), m.group(2));
        }
        return indicator.replace('_', ' ');
    }

    /**
     * A swept parameter's name from the catalogue ({@code parameter.<path or name>}), e.g.
     * {@code labour.skills.trainees} → "Subsidised trainees a year" / "每年补贴性职业技能培训人数"; a parameter the
     * catalogue does not know is shown as written (its scenario path is what the user put in the sweep file).
     */
    public String parameter(String name) {
        String t = texts.get("parameter." + name);
        return t != null ? t : name;
    }

    /** The unit as written in an axis label: "%", "persons", "万人". */
    public String unit(ValueUnit unit) {
        return switch (unit) {
            case PERCENT -> text("unit.percent");
            case PERSONS -> text("unit.persons");
            case PERSONS_PER_YEAR -> text("unit.persons_per_year");
            case YUAN -> text("unit.yuan");
            case YEARS -> text("unit.years");
            case HOUSEHOLDS -> text("unit.households");
            case HOUSEHOLDS_PER_YEAR -> text("unit.households_per_year");
            case FEW_HOUSEHOLDS -> text("unit.few_households");
            case FEW_HOUSEHOLDS_PER_YEAR -> text("unit.few_households_per_year");
            case PERSONS_PER_HOUSEHOLD -> text("unit.persons_per_household");
        };
    }

    /** "Rural labour transfer rate (%)", "技能劳动者（万人）". */
    public String axisLabel(String indicator) {
        return text("unit.axis", indicator(indicator), unit(ValueUnit.of(indicator)));
    }

    /** A label with its unit: "Persons (persons)" style joins use {@link #text(String, Object...)} directly. */
    public String withUnit(String label, ValueUnit unit) {
        return text("unit.axis", label, unit(unit));
    }

    /**
     * A value for labels and tables: "60%", "5.6%", "400,000" (English) or "40万" (Chinese); {@code decimals} is
     * the most decimals of the percentage or of the 万 figure (persons in English are whole).
     */
    public String value(double v, ValueUnit unit, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (unit.percent()) {
            return decimal(v * 100, decimals) + "%";
        }
        if (unit == ValueUnit.YEARS || unit == ValueUnit.PERSONS_PER_HOUSEHOLD) {
            return decimal(v, Math.max(decimals, 2));
        }
        if (lang == Lang.ZH && (unit == ValueUnit.HOUSEHOLDS || unit == ValueUnit.HOUSEHOLDS_PER_YEAR)) {
            return decimal(v / WAN, Math.max(decimals, 1)) + "万户";
        }
        if (lang == Lang.ZH && (unit == ValueUnit.FEW_HOUSEHOLDS || unit == ValueUnit.FEW_HOUSEHOLDS_PER_YEAR)) {
            return new DecimalFormat("#,##0", SYMBOLS).format(BigDecimal.valueOf(v).setScale(0,
                    RoundingMode.HALF_EVEN)) + "户";
        }
        if (lang == Lang.ZH && unit.inWan()) {
            return decimal(v / WAN, Math.max(decimals, 1)) + "万";
        }
        return new DecimalFormat("#,##0", SYMBOLS).format(BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_EVEN));
    }

    /** Like {@link #value(double, ValueUnit, int)}, but percentages keep exactly one decimal ("60.0%", "4.1%"). */
    public String valueFixed(double v, ValueUnit unit) {
        if (unit.percent() && !Double.isNaN(v)) {
            return BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
        }
        return value(v, unit, 1);
    }

    /** {@link #value(double, ValueUnit, int)} with one decimal. */
    public String value(double v, ValueUnit unit) {
        return value(v, unit, 1);
    }

    /** A share 0–1 as a whole percentage: "75%". */
    public String percent(double share) {
        return decimal(share * 100, 0) + "%";
    }

    /** Status of a target from its targets.csv label ("on track", "at risk", "off track"). */
    public String status(String csvLabel) {
        return text("status." + csvLabel.trim().replace(' ', '_'));
    }

    /** Display form of a targets.csv operator: "≥", "≤", "&gt;", "&lt;". */
    public static String operatorSymbol(String operator) {
        return switch (operator.trim()) {
            case ">=", "\u2265" -> "\u2265";
            case "<=", "\u2264" -> "\u2264";
            case ">" -> ">";
            case "<" -> "<";
            default -> throw new IllegalArgumentException("unknown target operator '" + operator + "'");
        };
    }

    /** A number with at most three decimals, no exponent, no trailing zeros ("16", "12.5"). */
    public static String decimalText(double v) {
        return decimal(v, 3);
    }

    /** Half-even rounding to at most {@code decimals} decimals, trailing zeros removed ("60", "5.6"). */
    static String decimal(double v, int decimals) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
