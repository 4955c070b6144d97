package org.labourcast.results;

import java.util.List;
import org.labourcast.Csv;
import org.labourcast.indicators.IndicatorRow;

/** Renders indicator rows as {@code indicators.csv}. Stateless and thread-safe. */
public final class IndicatorCsv {

    /** The header line, without line end. */
    public static final String HEADER = "scenario,indicator,year,stat,value";

    private IndicatorCsv() {
    }

    /** The header and one line per row, in the given order; numbers formatted by {@link Csv#number(double)}. */
    public static String render(List<IndicatorRow> rows) {
        StringBuilder sb = new StringBuilder(64 + 48 * rows.size());
        sb.append(HEADER).append('\n');
        for (IndicatorRow r : rows) {
            sb.append(Csv.row(r.scenario(), r.indicator(), r.year(), r.stat(), r.value()));
        }
        return sb.toString();
    }
}
