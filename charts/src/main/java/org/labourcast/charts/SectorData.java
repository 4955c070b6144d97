package org.labourcast.charts;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the three-sector employment chart shows: employment by sector (median and 80% range of runs, persons), the
 * plan's stated past structure (shares), and the plan's targets on sector employment or shares.
 *
 * @param history year to the plan's shares {primary, secondary, tertiary} (0–1), may be empty
 * @param targets targets on {@code employment_*} and {@code sector_share_*} are drawn; others are ignored
 */
public record SectorData(RunInfo info, IndicatorProjection primary, IndicatorProjection secondary,
                         IndicatorProjection tertiary, SortedMap<Integer, double[]> history,
                         List<TargetResult> targets) {

    public static final List<String> SECTORS = List.of("primary", "secondary", "tertiary");

    public SectorData {
        history = Collections.unmodifiableSortedMap(new TreeMap<>(history == null ? Collections.emptySortedMap() : history));
        targets = targets == null ? List.of() : targets.stream().filter(t -> t.annual()
                && (t.indicator().startsWith("employment_") && !t.indicator().equals("employment_total")
                || t.indicator().startsWith("sector_share_"))).toList();
    }

    public List<IndicatorProjection> sectors() {
        return List.of(primary, secondary, tertiary);
    }

    /** Shares of the median employment in each projected year: {primary, secondary, tertiary}, summing to 1. */
    public SortedMap<Integer, double[]> projectedShares() {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        for (YearValue p : primary.central()) {
            double s = secondary.centralIn(p.year());
            double t = tertiary.centralIn(p.year());
            double sum = p.value() + s + t;
            if (Double.isFinite(sum) && sum > 0) {
                out.put(p.year(), new double[] {p.value() / sum, s / sum, t / sum});
            }
        }
        return out;
    }
}
