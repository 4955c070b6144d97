package org.labourcast.results;

import java.util.List;
import org.labourcast.Csv;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;

/**
 * {@code targets.csv}: one row per plan target with the share of runs meeting it, the median projected value, the
 * median year first met and the status. Shares are fractions (0.6 = 60%, probability 0.75 = 75% of runs);
 * cumulative targets compare the sum over the plan period. Columns appended after {@code source} (older readers
 * that look columns up by name keep working): {@code basis} ({@code projected}, {@code input} or {@code base-year},
 * {@link org.labourcast.targets.TargetBasis}), {@code basis_input} (the scenario field that fixes an {@code input}
 * target), {@code probability_low} and {@code probability_high} (the 95% Wilson score interval of the share of runs,
 * {@link org.labourcast.targets.WilsonInterval}). Stateless and thread-safe.
 */
public final class TargetCsv {

    /** The header line, without line end. */
    public static final String HEADER = "indicator,year,operator,target,probability,median,median_first_year_met,"
            + "status,kind,nature,base_year,base_value,runs,label,source,basis,basis_input,probability_low,probability_high";

    private TargetCsv() {
    }

    /** The header and one line per target, in the given order; numbers formatted by {@link Csv#number(double)}. */
    public static String render(List<TargetAttainment> attainments) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (TargetAttainment a : attainments) {
            Target t = a.target();
            sb.append(Csv.row(t.indicator(), t.year(), t.operator().symbol(), t.value(), a.probability(),
                    a.medianProjected(),
                    a.medianFirstYearMet().isPresent() ? Integer.toString(a.medianFirstYearMet().getAsInt()) : "",
                    a.status().label(), t.kind().label(), t.nature().label(),
                    t.baseYear().isPresent() ? Integer.toString(t.baseYear().getAsInt()) : "",
                    t.baseValue().isPresent() ? Csv.number(t.baseValue().getAsDouble()) : "",
                    a.runs(), t.label(), t.source(), a.basis().label(), a.basisInput(), a.probabilityLow(),
                    a.probabilityHigh()));
        }
        return sb.toString();
    }
}
