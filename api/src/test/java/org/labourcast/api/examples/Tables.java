package org.labourcast.api.examples;

import java.nio.file.Path;
import org.labourcast.api.IndicatorTable;
import org.labourcast.api.Result;
import org.labourcast.api.Scenario;

/** Indicator tables, in {@link IndicatorTable}'s documentation. */
public final class Tables {
    private Tables() {
    }

    /** What the example computes, for the test to check. */
    public record Values(int[] years, double[] shares, double in2025, String csv) {
    }

    /** Run from the project root. */
    public static Values run(Path out) {
        // example: tables
        Result result = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).project();
        IndicatorTable urbanization = result.indicators().indicator("urbanization_rate").years(2020, 2035);
        int[] years = urbanization.years();       // 2020 … 2035
        double[] shares = urbanization.values();  // 0.53 … in the same order
        double in2025 = urbanization.year(2025).value();
        String csv = result.indicators().indicator("population_total", "urbanization_rate").year(2025).toCsv();
        System.out.println(result.indicators().indicator("population_total").year(2020, 2025, 2030, 2035).toText());
        // end example
        return new Values(years, shares, in2025, csv);
    }
}
