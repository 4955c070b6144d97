package org.labourcast.sweep;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.Csv;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.uncertainty.RandomStreams;

/**
 * The sensitivity analysis of a finished sweep, from each point's outcome (the chosen statistic of an indicator in
 * a year over the point's runs):
 *
 * <ul>
 *   <li><b>oat</b>: for each parameter, the elasticity ε = d ln y / d ln x around the baseline, estimated from the
 *       points at x₀(1 − δ) and x₀(1 + δ) as (ln|y₊| − ln|y₋|) / (ln|x₊| − ln|x₋|) (exact for y = c·xᵉ; empty when
 *       y₋ and y₊ are zero or of opposite signs); and the tornado: the outcome at the baseline and with the parameter
 *       at its low and its high value;</li>
 *   <li><b>sobol</b>: first-order and total indices ({@link SobolIndices}) with percentile bootstrap intervals; the
 *       bootstrap of outcome c (in the order indicators × years) draws from stream 1 + c of
 *       {@link RandomStreams}{@code (seed)}.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class SensitivityAnalysis {
    /** Header of {@code sensitivity.csv}. */
    public static final String HEADER = "indicator,year,stat,parameter,method,measure,value,ci_low,ci_high";
    /** Header of {@code tornado.csv}, the input of {@code labourcast chart --sensitivity}. */
    public static final String TORNADO_HEADER =
            "indicator,year,baseline,parameter,low_setting,high_setting,outcome_low,outcome_high";

    private SensitivityAnalysis() {
    }

    /** One outcome of the analysis: an indicator in a year. */
    public record Outcome(String indicator, int year) {
    }

    /** One line of {@code sensitivity.csv}; {@code NaN} is an empty cell. */
    public record Row(String indicator, int year, String stat, String parameter, String method, String measure,
                      double value, double ciLow, double ciHigh) {
    }

    /** One bar of a tornado chart. */
    public record TornadoRow(String parameter, String lowSetting, String highSetting, double outcomeLow,
                             double outcomeHigh) {
    }

    /** The tornado of one outcome. */
    public record Tornado(String indicator, int year, double baseline, List<TornadoRow> rows) {
        public Tornado {
            rows = List.copyOf(rows);
        }
    }

    /** Every row, and the tornadoes (one-at-a-time only). */
    public record Result(List<Row> rows, List<Tornado> tornadoes) {
        public Result {
            rows = List.copyOf(rows);
            tornadoes = List.copyOf(tornadoes);
        }

        public String csv() {
            StringBuilder sb = new StringBuilder(HEADER).append('\n');
            for (Row r : rows) {
                sb.append(Csv.row(r.indicator(), r.year(), r.stat(), r.parameter(), r.method(), r.measure(), r.value(),
                        r.ciLow(), r.ciHigh()));
            }
            return sb.toString();
        }

        public String tornadoCsv() {
            StringBuilder sb = new StringBuilder(TORNADO_HEADER).append('\n');
            for (Tornado t : tornadoes) {
                for (TornadoRow r : t.rows()) {
                    sb.append(Csv.row(t.indicator(), t.year(), t.baseline(), r.parameter(), r.lowSetting(),
                            r.highSetting(), r.outcomeLow(), r.outcomeHigh()));
                }
            }
            return sb.toString();
        }
    }

    /** Every outcome the plan analyses: its indicators × its years, in that order. */
    public static List<Outcome> outcomes(SensitivitySpec spec) {
        List<Outcome> out = new ArrayList<>();
        for (String indicator : spec.indicators()) {
            for (int year : spec.years()) {
                out.add(new Outcome(indicator, year));
            }
        }
        return out;
    }

    /**
     * @param values values[c][point]: outcome c (in {@link #outcomes} order) at every point of the plan
     */
    public static Result analyse(SweepPlan plan, double[][] values) {
        SensitivitySpec spec = plan.sensitivity().orElseThrow();
        List<Outcome> outcomes = outcomes(spec);
        List<Row> rows = new ArrayList<>();
        List<Tornado> tornadoes = new ArrayList<>();
        for (int c = 0; c < outcomes.size(); c++) {
            Outcome o = outcomes.get(c);
            double[] y = values[c];
            if (spec.method() == SensitivitySpec.Method.OAT) {
                List<TornadoRow> bars = new ArrayList<>();
                for (OatLayout l : plan.oat()) {
                    int p = plan.parameters().indexOf(l.parameter());
                    double xMinus = plan.points().get(l.minusPoint()).values().get(p).number();
                    double xPlus = plan.points().get(l.plusPoint()).values().get(p).number();
                    rows.add(new Row(o.indicator(), o.year(), spec.stat(), l.parameter(), "oat", "elasticity",
                            elasticity(xMinus, xPlus, y[l.minusPoint()], y[l.plusPoint()]), Double.NaN, Double.NaN));
                    bars.add(new TornadoRow(l.parameter(),
                            plan.points().get(l.lowPoint()).values().get(p).text(),
                            plan.points().get(l.highPoint()).values().get(p).text(),
                            y[l.lowPoint()], y[l.highPoint()]));
                }
                tornadoes.add(new Tornado(o.indicator(), o.year(), y[plan.oatBaseline()], bars));
            } else {
                sobol(plan, spec, o, y, new RandomStreams(plan.seed()).replicate(1 + c), rows);
            }
        }
        return new Result(rows, tornadoes);
    }

    private static void sobol(SweepPlan plan, SensitivitySpec spec, Outcome o, double[] y,
                              org.apache.commons.rng.UniformRandomProvider rng, List<Row> rows) {
        int k = plan.parameters().size();
        int n = plan.samples();
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            fA[j] = y[plan.sobolPoint(j, 0)];
            fB[j] = y[plan.sobolPoint(j, 1)];
            for (int i = 0; i < k; i++) {
                fAB[i][j] = y[plan.sobolPoint(j, 2 + i)];
            }
        }
        SobolIndices.Estimate e = SobolIndices.estimate(fA, fB, fAB);
        SobolIndices.Intervals ci = spec.bootstrap() > 0 && n >= 2
                ? SobolIndices.bootstrap(fA, fB, fAB, spec.bootstrap(), spec.confidence(), rng) : null;
        for (int i = 0; i < k; i++) {
            String name = plan.parameters().get(i);
            rows.add(new Row(o.indicator(), o.year(), spec.stat(), name, "sobol", "first_order", e.first()[i],
                    ci == null ? Double.NaN : ci.first()[i].low(), ci == null ? Double.NaN : ci.first()[i].high()));
            rows.add(new Row(o.indicator(), o.year(), spec.stat(), name, "sobol", "total", e.total()[i],
                    ci == null ? Double.NaN : ci.total()[i].low(), ci == null ? Double.NaN : ci.total()[i].high()));
        }
    }

    /**
     * d ln y / d ln x from two points either side of the baseline: (ln|y₊| − ln|y₋|) / (ln|x₊| − ln|x₋|); NaN when
     * y₋ or y₊ is zero, they differ in sign, or x₋ = x₊.
     */
    public static double elasticity(double xMinus, double xPlus, double yMinus, double yPlus) {
        if (yMinus == 0 || yPlus == 0 || Math.signum(yMinus) != Math.signum(yPlus) || xMinus == xPlus
                || xMinus == 0 || xPlus == 0 || Math.signum(xMinus) != Math.signum(xPlus)) {
            return Double.NaN;
        }
        return (Math.log(Math.abs(yPlus)) - Math.log(Math.abs(yMinus)))
                / (Math.log(Math.abs(xPlus)) - Math.log(Math.abs(xMinus)));
    }
}
