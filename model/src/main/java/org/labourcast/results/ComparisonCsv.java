package org.labourcast.results;

import org.labourcast.Csv;
import org.labourcast.experiment.Comparison;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;

/**
 * The tables of {@code labourcast compare}: {@code comparison.csv}, {@code differences.csv},
 * {@code comparison_targets.csv} and {@code decomposition.csv}. Values are in each indicator's unit (persons, or
 * shares 0–1); probabilities are shares of runs (0–1). Numbers by {@link Csv#number(double)}, so equal results give
 * equal bytes. Stateless and thread-safe.
 */
public final class ComparisonCsv {
    public static final String COMPARISON_HEADER = "indicator,year,scenario,stat,value";
    public static final String DIFFERENCES_HEADER = "indicator,year,scenario,reference,runs,mean,median,p05,p95,"
            + "unpaired_p05,unpaired_p95";
    public static final String TARGETS_HEADER = "indicator,year,operator,target,kind,nature,scenario,probability,"
            + "probability_difference,median,median_first_year_met,status,runs,label,source,basis,basis_input,"
            + "probability_low,probability_high";
    public static final String DECOMPOSITION_HEADER = "indicator,year,scenario,reference,component,factor,runs,mean,"
            + "median,p05,p95";

    private ComparisonCsv() {
    }

    /** Every scenario's summary rows, tidy: indicator, year, scenario, stat, value. */
    public static String comparison(Comparison c) {
        StringBuilder sb = new StringBuilder(COMPARISON_HEADER).append('\n');
        for (IndicatorRow r : c.rows()) {
            sb.append(Csv.row(r.indicator(), r.year(), r.scenario(), r.stat(), r.value()));
        }
        return sb.toString();
    }

    /** The paired differences (scenario − reference) summarised over the runs, with the unpaired band. */
    public static String differences(Comparison c) {
        StringBuilder sb = new StringBuilder(DIFFERENCES_HEADER).append('\n');
        for (Comparison.Difference d : c.differences()) {
            sb.append(Csv.row(d.indicator(), d.year(), d.scenario(), d.reference(), d.runs(), d.mean(), d.median(),
                    d.p05(), d.p95(), d.unpairedP05(), d.unpairedP95()));
        }
        return sb.toString();
    }

    /** Each target in each scenario that carries it; the probability difference is scenario − reference. */
    public static String targets(Comparison c) {
        StringBuilder sb = new StringBuilder(TARGETS_HEADER).append('\n');
        for (Comparison.TargetRow row : c.targets()) {
            TargetAttainment a = row.attainment();
            Target t = a.target();
            sb.append(Csv.row(t.indicator(), t.year(), t.operator().symbol(), t.value(), t.kind().label(),
                    t.nature().label(), row.scenario(), a.probability(),
                    row.probabilityDifference().isPresent() ? row.probabilityDifference().getAsDouble() : Double.NaN,
                    a.medianProjected(),
                    a.medianFirstYearMet().isPresent() ? Integer.toString(a.medianFirstYearMet().getAsInt()) : "",
                    a.status().label(), a.runs(), t.label(), t.source(), a.basis().label(), a.basisInput(),
                    a.probabilityLow(), a.probabilityHigh()));
        }
        return sb.toString();
    }

    /** The LMDI-I components of each labour indicator's difference, with the total first. */
    public static String decomposition(Comparison c) {
        StringBuilder sb = new StringBuilder(DECOMPOSITION_HEADER).append('\n');
        for (Comparison.DecompositionRow d : c.decomposition()) {
            sb.append(Csv.row(d.indicator(), d.year(), d.scenario(), d.reference(), d.component(), d.factor(),
                    d.runs(), d.mean(), d.median(), d.p05(), d.p95()));
        }
        return sb.toString();
    }
}
