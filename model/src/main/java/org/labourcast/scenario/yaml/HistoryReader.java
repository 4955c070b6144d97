package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.yaml.Fields;

/**
 * Reads a scenario's optional {@code history:} section (docs/scenario-format.md) into {@link HistorySeries}, with
 * the strictness of {@link ScenarioReader}: every failure is an {@link org.labourcast.InputException} at the
 * offending value.
 *
 * <pre>
 * history:
 *   - indicator: urbanization_rate
 *     source: "where the series comes from"
 *     values:
 *       - {year: 2006, value: 0.3567, source: "optional: where this value comes from"}
 *       - {year: 2020, value: 0.53}
 * </pre>
 *
 * Rules: the indicator is one the scenario produces (labour indicators only with a {@code labour:} section), each
 * indicator at most once; at least two values, years strictly increasing, from 1949 to the base year; shares and
 * rates within 0–1, counts not negative (net migration may be).
 */
final class HistoryReader {
    /** The earliest year a history value may carry (the People's Republic's statistics start in 1949). */
    static final int FIRST_YEAR = 1949;

    private final int baseYear;
    private final List<AgeBand> workingAge;
    private final boolean hasLabour;

    HistoryReader(int baseYear, List<AgeBand> workingAge, boolean hasLabour) {
        this.baseYear = baseYear;
        this.workingAge = workingAge;
        this.hasLabour = hasLabour;
    }

    /** The series of {@code root.history}, or an empty list when the section is absent. */
    List<HistorySeries> read(Fields root) {
        if (!root.has("history")) {
            return List.of();
        }
        List<String> known = new ArrayList<>(IndicatorCatalog.names(workingAge));
        known.addAll(IndicatorCatalog.labourNames());
        String[] names = known.toArray(new String[0]);
        List<HistorySeries> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Fields s : root.fieldsList("history", true)) {
            String indicator = s.choice("indicator", names);
            if (!hasLabour && IndicatorCatalog.isLabour(indicator)) {
                throw s.error("indicator", "'" + indicator + "' is produced by the labour model, and this scenario"
                        + " has no labour: section", "add a labour: section (docs/scenario-format.md) or remove"
                        + " this series");
            }
            Integer earlier = seen.putIfAbsent(indicator, s.location().line());
            if (earlier != null) {
                throw s.error("indicator", "a history series for '" + indicator + "' is already given at line "
                        + earlier, "merge the two lists of values into one series");
            }
            String source = s.string("source");
            List<HistorySeries.Point> points = new ArrayList<>();
            int previous = Integer.MIN_VALUE;
            for (Fields v : s.fieldsList("values")) {
                int year = v.integer("year", FIRST_YEAR, baseYear);
                if (year <= previous) {
                    throw v.error("year", "history years must increase, got " + year + " after " + previous);
                }
                previous = year;
                double value = value(v, indicator);
                points.add(new HistorySeries.Point(year, value, v.optionalString("source").orElse("")));
                v.finish();
            }
            if (points.size() < 2) {
                throw s.error("values", "a history series needs at least two values to fit a trend, got "
                        + points.size());
            }
            s.finish();
            out.add(new HistorySeries(indicator, points, source));
        }
        return out;
    }

    private static double value(Fields v, String indicator) {
        if (IndicatorCatalog.isShare(indicator)) {
            return v.number("value", 0, 1, "a share: 53% is written 0.53");
        }
        if (indicator.equals(IndicatorCatalog.NET_MIGRATION)) {
            return v.number("value");
        }
        double x = v.number("value");
        if (x < 0) {
            throw v.error("value", "must not be negative (persons), got " + SharedReaders.plain(x));
        }
        return x;
    }
}
