package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.labourcast.Csv;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.scenario.Actual;
import org.labourcast.yaml.Fields;

/**
 * Reads a scenario's optional {@code actuals:} list — realised values for years after the base year, each
 * {@code {indicator, year, value, source}} — and checks it: the indicator must be one this scenario projects (labour
 * indicators only with a {@code labour:} section), the year in (base year, horizon], a share in [0, 1], a count of
 * persons not negative (net migration may be), and each indicator and year given once. Errors name file:line:col.
 */
final class ActualsReader {
    private final int baseYear;
    private final int horizon;
    private final List<AgeBand> workingAge;
    private final boolean hasLabour;

    ActualsReader(int baseYear, int horizon, List<AgeBand> workingAge, boolean hasLabour) {
        this.baseYear = baseYear;
        this.horizon = horizon;
        this.workingAge = List.copyOf(workingAge);
        this.hasLabour = hasLabour;
    }

    /** The actuals under {@code root.actuals}, in file order; empty when the key is absent. */
    List<Actual> read(Fields root) {
        if (!root.has("actuals")) {
            return List.of();
        }
        List<String> known = new ArrayList<>(IndicatorCatalog.names(workingAge));
        known.addAll(IndicatorCatalog.labourNames());
        String[] names = known.toArray(new String[0]);
        List<Actual> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields a : root.fieldsList("actuals", true)) {
            String indicator = a.choice("indicator", names);
            if (!hasLabour && IndicatorCatalog.isLabour(indicator)) {
                throw a.error("indicator", "'" + indicator + "' is produced by the labour model, and this scenario has"
                        + " no labour: section", "add a labour: section or remove this actual");
            }
            int year = a.integer("year");
            if (year <= baseYear || year > horizon) {
                throw a.error("year", "an actual's year " + year + " must be after the base year " + baseYear
                        + " and no later than the horizon " + horizon);
            }
            if (!seen.add(indicator + "@" + year)) {
                throw a.error("year", "a second actual for " + indicator + " in " + year,
                        "give each indicator and year once");
            }
            double value;
            if (IndicatorCatalog.isShare(indicator)) {
                value = a.number("value", 0, 1, "a share, written as a fraction (0.6 = 60%)");
            } else if (indicator.equals(IndicatorCatalog.NET_MIGRATION)) {
                value = a.number("value");
            } else {
                value = a.number("value");
                if (value < 0) {
                    throw a.error("value", "a number of persons cannot be negative, got "
                            + Csv.number(value));
                }
            }
            out.add(new Actual(indicator, year, value, a.string("source")));
            a.finish();
        }
        return List.copyOf(out);
    }
}
