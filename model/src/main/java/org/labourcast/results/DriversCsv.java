package org.labourcast.results;

import java.util.List;
import java.util.Map;
import org.labourcast.Csv;
import org.labourcast.scenario.Target;
import org.labourcast.uncertainty.UncertaintySource;
import org.labourcast.uncertainty.VarianceAttribution;

/**
 * {@code drivers.csv} ({@code indicator,year,source,share}): each indicator's Monte Carlo variance in each year
 * split among the uncertainty sources the replicates drew ({@link VarianceAttribution}); the shares of an indicator
 * and year sum to 1, {@code sampling} taking what the drawn inputs do not explain. And {@code target_drivers.csv}
 * ({@code indicator,year,operator,target,kind,source,share}): the same split of each target's projected value (the
 * year's value, or the plan-period sum of a cumulative target). Stateless and thread-safe.
 */
public final class DriversCsv {
    public static final String HEADER = "indicator,year,source,share";
    public static final String DIFFERENCES_HEADER = "scenario,indicator,year,source,share";
    public static final String TARGETS_HEADER = "indicator,year,operator,target,kind,source,share";

    private DriversCsv() {
    }

    public static String render(List<VarianceAttribution.Share> shares) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (VarianceAttribution.Share s : shares) {
            sb.append(Csv.row(s.indicator(), s.year(), s.source().id(), s.share()));
        }
        return sb.toString();
    }

    /**
     * {@code differences_drivers.csv} ({@code scenario,indicator,year,source,share}): the variance over the runs of
     * each paired difference B − A (common random numbers make the pairs), split by source as in drivers.csv, with
     * the two scenarios' drawn inputs together ({@link org.labourcast.uncertainty.InputDraws#paired}).
     *
     * @param shares scenario label to its rows
     */
    public static String renderDifferences(Map<String, List<VarianceAttribution.Share>> shares) {
        StringBuilder sb = new StringBuilder(DIFFERENCES_HEADER).append('\n');
        shares.forEach((scenario, rows) -> {
            for (VarianceAttribution.Share s : rows) {
                sb.append(Csv.row(scenario, s.indicator(), s.year(), s.source().id(), s.share()));
            }
        });
        return sb.toString();
    }

    /** One block of rows per target (in order); a target whose value does not vary over the runs has none. */
    public static String renderTargets(List<Target> targets, List<Map<UncertaintySource, Double>> shares) {
        StringBuilder sb = new StringBuilder(TARGETS_HEADER).append('\n');
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            shares.get(i).forEach((source, share) -> sb.append(Csv.row(t.indicator(), t.year(),
                    t.operator().symbol(), t.value(), t.kind().label(), source.id(), share)));
        }
        return sb.toString();
    }
}
