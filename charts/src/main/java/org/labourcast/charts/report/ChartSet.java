package org.labourcast.charts.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.labourcast.charts.ChartSize;
import org.labourcast.charts.ComparisonData;
import org.labourcast.charts.FanChart;
import org.labourcast.charts.FanChartData;
import org.labourcast.charts.ForecastChart;
import org.labourcast.charts.ForecastData;
import org.labourcast.charts.ForecastSeries;
import org.labourcast.charts.IndicatorProjection;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.charts.NamedChart;
import org.labourcast.charts.PopulationPyramid;
import org.labourcast.charts.PopulationTable;
import org.labourcast.charts.PyramidData;
import org.labourcast.charts.ScenarioComparisonChart;
import org.labourcast.charts.SectorData;
import org.labourcast.charts.SectorStructureChart;
import org.labourcast.charts.TargetResult;
import org.labourcast.charts.TargetScorecard;
import org.labourcast.charts.TornadoChart;
import org.labourcast.charts.TornadoData;
import org.labourcast.charts.YearValue;

import org.labourcast.charts.data.SavedResults;

/**
 * The standard charts of one run, built from its saved results: a fan chart of the urbanization rate and of every
 * indicator with an annual plan target, the population pyramid of the first and last year, the employment structure
 * by sector (with the labour model) and the target scorecard. {@code run}, {@code chart} and {@code report} all draw
 * them through here. Stateless.
 */
public final class ChartSet {

    public static final String URBANIZATION = "urbanization_rate";
    public static final String PYRAMID = "population_pyramid";
    public static final String SECTORS = "employment_structure";
    public static final String SCORECARD = "target_scorecard";
    /** The employment-structure chart is this much taller than the size asked for, for its history and legend. */
    public static final double SECTORS_HEIGHT_FACTOR = 1.3;

    private ChartSet() {
    }

    /** The standard set, in the order a report shows them. */
    public static List<NamedChart> standard(SavedResults r, Messages m, ChartSize size) {
        List<NamedChart> out = new ArrayList<>();
        for (String indicator : targetedIndicators(r)) {
            out.add(fan(r, indicator, m, size));
        }
        NamedChart pyramid = pyramid(r, m, size);
        if (pyramid != null) {
            out.add(pyramid);
        }
        NamedChart sectors = sectors(r, m, size);
        if (sectors != null) {
            out.add(sectors);
        }
        if (!r.targets().isEmpty()) {
            out.add(scorecard(r, m, size));
        }
        return out;
    }

    /** The urbanization rate (if present), then each indicator with an annual target, in targets.csv order. */
    public static List<String> targetedIndicators(SavedResults r) {
        Set<String> names = new LinkedHashSet<>();
        if (r.indicator(URBANIZATION) != null) {
            names.add(URBANIZATION);
        }
        for (TargetResult t : r.targets()) {
            if (t.annual() && r.indicator(t.indicator()) != null) {
                names.add(t.indicator());
            }
        }
        return List.copyOf(names);
    }

    /** A fan chart of any indicator of the results. @throws IllegalArgumentException if it has no such indicator */
    public static NamedChart fan(SavedResults r, String indicator, Messages m, ChartSize size) {
        return new NamedChart(indicator, FanChart.build(fanData(r, indicator), m), size);
    }

    public static FanChartData fanData(SavedResults r, String indicator) {
        IndicatorProjection p = r.indicator(indicator);
        if (p == null) {
            throw new IllegalArgumentException("the results have no indicator '" + indicator + "'");
        }
        return new FanChartData(r.info(), p, history(r, indicator), r.targets());
    }

    /**
     * Past values of an indicator: the plan's base-year values of its targets and, for the urbanization rate, the
     * points of the plan's path up to the first projected year. One value per year (the first found).
     */
    static List<YearValue> history(SavedResults r, String indicator) {
        IndicatorProjection p = r.indicator(indicator);
        int first = p.central().isEmpty() ? Integer.MAX_VALUE : p.central().get(0).year();
        List<YearValue> out = new ArrayList<>();
        Set<Integer> years = new java.util.HashSet<>();
        for (TargetResult t : r.targets()) {
            if (t.indicator().equals(indicator) && t.baseYear().isPresent() && Double.isFinite(t.baseValue())
                    && years.add(t.baseYear().getAsInt())) {
                out.add(new YearValue(t.baseYear().getAsInt(), t.baseValue()));
            }
        }
        if (indicator.equals(URBANIZATION) && r.scenario() != null) {
            for (YearValue v : r.scenario().urbanizationPath()) {
                if (v.year() <= first && years.add(v.year())) {
                    out.add(v);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.year(), b.year()));
        return out;
    }

    /** The pyramid of the first and last year in 5-year groups, or null without population.csv. */
    public static NamedChart pyramid(SavedResults r, Messages m, ChartSize size) {
        PopulationTable pop = r.population();
        if (pop == null || pop.years().size() < 2) {
            return null;
        }
        List<int[]> bands = r.workingAgeBands();
        PyramidData d = new PyramidData(r.info(), pop, pop.years().get(0), pop.years().get(pop.years().size() - 1), 5,
                bands.isEmpty() ? null : bands.get(0));
        return new NamedChart(PYRAMID, PopulationPyramid.build(d, m), size);
    }

    /** The employment structure, or null without the labour model's sector indicators. */
    public static NamedChart sectors(SavedResults r, Messages m, ChartSize size) {
        IndicatorProjection p = r.indicator("employment_primary");
        IndicatorProjection s = r.indicator("employment_secondary");
        IndicatorProjection t = r.indicator("employment_tertiary");
        if (p == null || s == null || t == null) {
            return null;
        }
        SectorData d = new SectorData(r.info(), p, s, t,
                r.scenario() == null ? new java.util.TreeMap<>() : r.scenario().sectorHistory(), r.targets());
        return new NamedChart(SECTORS, SectorStructureChart.build(d, m), size.withHeightUpTo(size.heightCm() * SECTORS_HEIGHT_FACTOR));
    }

    /**
     * Scenario comparison charts, one per indicator: the given ones, or those with an annual target in any of the
     * results; each drawn from the results that have the indicator. File stems {@code compare_<indicator>}. Legends
     * name each result by its title ({@link #legendNames}); its scenario id, with its folder when two results share
     * an id, tells apart results of one title.
     */
    public static List<NamedChart> comparisons(List<SavedResults> results, List<String> indicators, Messages m,
                                               ChartSize size) {
        List<String> labels = new ArrayList<>();
        for (SavedResults r : results) {
            String id = r.info().scenarioId();
            boolean shared = results.stream().filter(o -> o.info().scenarioId().equals(id)).count() > 1;
            Path folder = r.dir().toAbsolutePath().normalize().getFileName();
            labels.add(shared && folder != null ? id + " (" + folder + ")" : id);
        }
        return comparisons(results, labels, indicators, m, size);
    }

    /**
     * Scenario comparison charts as {@link #comparisons(List, List, Messages, ChartSize)}, with the legend names
     * given ({@code labourcast compare} gives its output rows' labels).
     */
    public static List<NamedChart> comparisons(List<SavedResults> results, List<String> labels,
                                               List<String> indicators, Messages m, ChartSize size) {
        if (labels.size() != results.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + results.size() + " results");
        }
        Set<String> names = new LinkedHashSet<>(indicators == null ? List.of() : indicators);
        if (names.isEmpty()) {
            for (SavedResults r : results) {
                names.addAll(targetedIndicators(r));
            }
        }
        List<String> legendNames = legendNames(results, labels, m.lang());
        List<NamedChart> out = new ArrayList<>();
        for (String indicator : names) {
            List<ComparisonData.Scenario> scenarios = new ArrayList<>();
            List<TargetResult> targets = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                SavedResults r = results.get(i);
                IndicatorProjection p = r.indicator(indicator);
                if (p != null) {
                    scenarios.add(new ComparisonData.Scenario(r.info(), p, legendNames.get(i)));
                    if (targets.isEmpty()) {
                        targets.addAll(r.targets());
                    }
                }
            }
            if (!scenarios.isEmpty()) {
                out.add(new NamedChart("compare_" + indicator,
                        ScenarioComparisonChart.build(new ComparisonData(indicator, scenarios, targets), m), size));
            }
        }
        return out;
    }

    /**
     * The legend's name of each result: its title in the chart's language, without a closing parenthesis of detail
     * ("Leshan: skills first (training to …)" → "Leshan: skills first"), so a planner reads scenarios, not ids; the
     * label (id, or id and folder) is added in brackets when two results would share a name, and used alone for a
     * result without a title.
     */
    public static List<String> legendNames(List<SavedResults> results, List<String> labels, Lang lang) {
        List<String> titles = new ArrayList<>();
        for (SavedResults r : results) {
            String t = r.info().title(lang);
            t = t == null ? "" : t.strip();
            t = t.replaceFirst("\\s*[(（][^()（）]*[)）]$", "");
            titles.add(t);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String t = titles.get(i);
            if (t.isEmpty() || t.equals(results.get(i).info().scenarioId())) {
                out.add(labels.get(i));
            } else if (java.util.Collections.frequency(titles, t) > 1) {
                out.add(t + " [" + labels.get(i) + "]");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Forecast-versus-projection charts for every indicator of {@code forecasts} the results have ({@code forecast_<indicator>}). */
    public static List<NamedChart> forecasts(SavedResults r, List<ForecastSeries> forecasts, Messages m,
                                             ChartSize size) {
        Set<String> names = new LinkedHashSet<>();
        forecasts.forEach(f -> names.add(f.indicator()));
        List<NamedChart> out = new ArrayList<>();
        for (String indicator : names) {
            IndicatorProjection p = r.indicator(indicator);
            if (p != null) {
                out.add(new NamedChart("forecast_" + indicator, ForecastChart.build(
                        new ForecastData(r.info(), p, forecasts, history(r, indicator)), m), size));
            }
        }
        return out;
    }

    /** The tornado chart of a sensitivity table ({@code sensitivity_<indicator>_<year>}). */
    public static NamedChart tornado(TornadoData d, Messages m, ChartSize size) {
        double height = Math.max(size.heightCm(), 5 + 0.8 * d.rows().size());
        return new NamedChart("sensitivity_" + d.indicator() + "_" + d.year(), TornadoChart.build(d, m),
                size.withHeightUpTo(height));
    }

    public static NamedChart scorecard(SavedResults r, Messages m, ChartSize size) {
        TargetScorecard card = new TargetScorecard(r.info(), r.targets(), m);
        return new NamedChart(SCORECARD, card, size.withHeightUpTo(card.heightCm(size.widthCm())));
    }
}
