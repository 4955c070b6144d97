package org.labourcast.results;

import org.labourcast.Csv;
import org.labourcast.indicators.ReplicateValues;

/**
 * {@code runs.csv}: every run's value of every indicator and year, in tidy long form, so the Monte Carlo
 * distribution can be re-analysed outside labourcast. Values are in each indicator's unit (persons, shares 0–1).
 * Stateless and thread-safe.
 */
public final class RunValuesCsv {

    /** The header line, without line end. */
    public static final String HEADER = "scenario,run,indicator,year,value";

    private RunValuesCsv() {
    }

    /**
     * The header and one line per run, indicator and year, in that order (runs numbered from 1); cells that are not
     * available (NaN, such as flows in the base year) are left out.
     */
    public static String render(ReplicateValues replicates) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int[] years = replicates.years();
        for (int run = 0; run < replicates.runs(); run++) {
            for (String indicator : replicates.indicators()) {
                double[] series = replicates.series(run, indicator);
                for (int y = 0; y < years.length; y++) {
                    if (!Double.isNaN(series[y])) {
                        sb.append(Csv.row(replicates.scenario(), run + 1, indicator, years[y], series[y]));
                    }
                }
            }
        }
        return sb.toString();
    }
}
