package org.labourcast.results;

import java.util.List;
import org.labourcast.Csv;
import org.labourcast.experiment.ActualDeviation;

/**
 * {@code actuals.csv}: each realised value against the projection — the projected median and 90% band (p05, p95),
 * the deviation median − actual (in the indicator's unit), the relative deviation (median − actual) / actual, and
 * whether the actual lies in the band. Stateless and thread-safe.
 */
public final class ActualsCsv {
    public static final String HEADER = "indicator,year,actual,median,p05,p95,deviation,relative_deviation,"
            + "in_band_90,source";

    private ActualsCsv() {
    }

    public static String render(List<ActualDeviation> deviations) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (ActualDeviation d : deviations) {
            sb.append(Csv.row(d.actual().indicator(), d.actual().year(), d.actual().value(), d.median(), d.p05(),
                    d.p95(), d.deviation(), d.relativeDeviation(), Boolean.toString(d.inBand()), d.actual().source()));
        }
        return sb.toString();
    }
}
