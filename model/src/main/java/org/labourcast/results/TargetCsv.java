package org.labourcast.results;

import java.util.List;
import org.labourcast.targets.Target;
import org.labourcast.targets.TargetResult;

/**
 * {@code targets.csv}: one row per plan target with the projected value and whether it is met.
 * Shares are fractions (0.6 = 60%); cumulative targets compare the sum over the plan period.
 */
public final class TargetCsv {
    private TargetCsv() {
    }

    public static String render(List<TargetResult> results) {
        StringBuilder sb = new StringBuilder(
                "indicator,year,operator,target,projected,status,kind,nature,base_year,base_value,label,source\n");
        for (TargetResult r : results) {
            Target t = r.target();
            sb.append(Csv.row(t.indicator(), t.year(), t.operator().symbol(), t.value(), r.projected(), r.status(),
                    t.kind().label(), t.nature().label(),
                    t.baseYear().isPresent() ? Integer.toString(t.baseYear().getAsInt()) : "",
                    t.baseValue().isPresent() ? Csv.number(t.baseValue().getAsDouble()) : "",
                    t.label(), t.source()));
        }
        return sb.toString();
    }
}
