package org.labourcast.results;

import java.util.List;
import org.labourcast.Csv;
import org.labourcast.evaluation.ActualsSummary;

/**
 * {@code actuals_summary.csv}: per indicator and over all actuals ({@code all}), the share of actuals inside the
 * projection's 80% and 90% central bands, the mean CRPS of the runs and of the two naive forecasts (last observed
 * value, linear trend of the last five observed points), and the skill 1 − CRPS/CRPS_naive (docs/comparison.md).
 * Stateless and thread-safe.
 */
public final class ActualsSummaryCsv {
    public static final String HEADER = "indicator,actuals,in_band_80,in_band_90,crps,crps_last_value,"
            + "crps_linear_trend,skill_last_value,skill_linear_trend";

    private ActualsSummaryCsv() {
    }

    public static String render(List<ActualsSummary> rows) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (ActualsSummary r : rows) {
            sb.append(Csv.row(r.indicator(), r.actuals(), r.inBand80(), r.inBand90(), r.crps(), r.crpsLastValue(),
                    r.crpsLinearTrend(), r.skillLastValue(), r.skillLinearTrend()));
        }
        return sb.toString();
    }
}
