package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.labourcast.InputException;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.indicators.ReplicateValues;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.Target;
import org.labourcast.stats.Quantiles;
import org.labourcast.targets.TargetAttainment;

/**
 * Scenarios side by side, run with <b>common random numbers</b>: every scenario has the same master seed, run count
 * and scale, so replicate i of each draws from the streams of {@link org.labourcast.uncertainty.RandomStreams}{@code (seed).replicate(i)}, and
 * within it each (year, agent group) from its own stream. Where two scenarios differ, their replicates still share
 * every draw the difference does not disturb, and the streams fall back into step at the next year and group. The
 * paired difference B<sub>i</sub> − A<sub>i</sub> therefore carries the effect of the change with little of the
 * Monte Carlo noise, and its band is much narrower than that of B<sub>j</sub> − A<sub>i</sub> for independent
 * replicates (the "unpaired" band, reported alongside).
 *
 * <p>The first scenario is the reference. Gives: every scenario's summary rows; the paired differences of each
 * other scenario from the reference, per indicator and year; the plan targets of every scenario with their
 * attainment probabilities; and the LMDI-I decomposition of the labour indicators' differences
 * ({@link LabourDecomposition}). A deterministic (demographic-only) comparison is the case of one run each.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Comparison {
    /** Above this many unpaired pairs per cell, a fixed subset of them is used (see {@link #unpairedOffsets}). */
    static final int MAX_UNPAIRED_PAIRS = 10_000;

    /**
     * The paired differences of one indicator and year, scenario minus reference, summarised over the runs where both
     * have a value ({@code runs}); {@code unpairedP05}/{@code unpairedP95} are the same quantiles of differences
     * between different replicates (i ≠ j), {@code NaN} with a single run. In the indicator's unit.
     */
    public record Difference(String indicator, int year, String scenario, String reference, int runs, double mean,
                             double median, double p05, double p95, double unpairedP05, double unpairedP95) {
    }

    /**
     * A plan target as one scenario carries it, with its attainment there and the difference of its probability
     * from the reference's (empty when the reference has no such target).
     */
    public record TargetRow(String scenario, TargetAttainment attainment, OptionalDouble probabilityDifference) {
        public Target target() {
            return attainment.target();
        }
    }

    /**
     * One component of the decomposition of an indicator's difference in one year, summarised over the runs where
     * LMDI applies ({@code runs}). {@code component} is {@link LabourDecomposition#TOTAL} for the difference itself.
     * Means add up (the components' means sum to the total's mean); medians and percentiles do not.
     */
    public record DecompositionRow(String indicator, int year, String scenario, String reference, String component,
                                   String factor, int runs, double mean, double median, double p05, double p95) {
    }

    private final List<ScenarioResult> results;
    private final List<String> labels;
    private final List<String> indicators;
    private final int[] years;

    private Comparison(List<ScenarioResult> results, List<String> labels) {
        this.results = List.copyOf(results);
        this.labels = List.copyOf(labels);
        ReplicateValues reference = results.get(0).replicates();
        List<String> common = new ArrayList<>();
        for (String name : reference.indicators()) {
            if (results.stream().allMatch(r -> r.replicates().hasIndicator(name))) {
                common.add(name);
            }
        }
        this.indicators = List.copyOf(common);
        this.years = reference.years();
    }

    /**
     * Compares runs of scenarios that {@link #requireComparable} accepts, made with the same settings.
     *
     * @throws IllegalArgumentException for fewer than two results, or results with different run counts or years
     *                                  (the caller runs them with one {@link org.labourcast.scenario.RunSettings})
     */
    public static Comparison of(List<? extends ScenarioResult> results) {
        if (results.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios, got " + results.size());
        }
        ReplicateValues first = results.get(0).replicates();
        for (ScenarioResult r : results) {
            ReplicateValues v = r.replicates();
            if (v.runs() != first.runs()) {
                throw new IllegalArgumentException("common random numbers need the same number of runs, got "
                        + first.runs() + " and " + v.runs());
            }
            if (!Arrays.equals(v.years(), first.years())) {
                throw new IllegalArgumentException("scenarios must project the same years");
            }
        }
        List<ScenarioSpec> specs = results.stream().map(ScenarioResult::scenario).toList();
        return new Comparison(List.copyOf(results), labels(specs));
    }

    /**
     * Checks that scenarios can be compared year by year: the same base year and horizon, and either all with a
     * {@code labour:} section or none.
     *
     * @throws InputException naming the first scenario that differs from the reference
     */
    public static void requireComparable(List<LoadedScenario> scenarios) {
        LoadedScenario refDoc = scenarios.get(0);
        ScenarioSpec ref = refDoc.spec();
        for (LoadedScenario doc : scenarios.subList(1, scenarios.size())) {
            ScenarioSpec s = doc.spec();
            if (s.baseYear() != ref.baseYear() || s.horizon() != ref.horizon()) {
                throw new InputException(null, "", String.format(java.util.Locale.ROOT,
                        "scenarios compared year by year must share base year and horizon: %s (%s) projects %d-%d,"
                                + " %s (%s) %d-%d", ref.id(), refDoc.source().path(), ref.baseYear(), ref.horizon(),
                        s.id(), doc.source().path(), s.baseYear(), s.horizon()),
                        "give every scenario the reference's base_year and horizon");
            }
            if ((s.labour() == null) != (ref.labour() == null)) {
                LoadedScenario with = s.labour() != null ? doc : refDoc;
                LoadedScenario without = s.labour() != null ? refDoc : doc;
                throw new InputException(null, "", with.id() + " (" + with.source().path() + ") has a labour:"
                        + " section and " + without.id() + " (" + without.source().path() + ") has none",
                        "compare scenarios that all have a labour: section, or all lack one");
            }
        }
    }

    /**
     * Labels for the scenarios in output rows: their ids, with "-2", "-3"… added to repeats (a scenario compared with
     * itself).
     */
    public static List<String> labels(List<ScenarioSpec> specs) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ScenarioSpec s : specs) {
            int n = seen.merge(s.id(), 1, Integer::sum);
            String label = n == 1 ? s.id() : s.id() + "-" + n;
            while (out.contains(label)) {
                label = label + "-" + n;
            }
            out.add(label);
        }
        return List.copyOf(out);
    }

    public List<ScenarioResult> results() {
        return results;
    }

    /** The scenarios' labels in output rows, the reference first. */
    public List<String> labels() {
        return labels;
    }

    public String referenceLabel() {
        return labels.get(0);
    }

    /** Indicators every scenario projects, in the reference's order. */
    public List<String> indicators() {
        return indicators;
    }

    public int runs() {
        return results.get(0).replicates().runs();
    }

    public int[] years() {
        return years.clone();
    }

    /** The result of the scenario with this label. */
    public ScenarioResult result(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no scenario labelled " + label);
        }
        return results.get(i);
    }

    /**
     * The summary rows of every scenario (its indicators.csv rows, with the scenario's label), ordered by indicator
     * (reference order, common indicators only), year, scenario (command-line order), then stat.
     */
    public List<IndicatorRow> rows() {
        List<Map<String, List<IndicatorRow>>> byCell = new ArrayList<>();
        for (ScenarioResult r : results) {
            Map<String, List<IndicatorRow>> m = new HashMap<>();
            for (IndicatorRow row : r.indicators()) {
                m.computeIfAbsent(row.indicator() + "@" + row.year(), k -> new ArrayList<>()).add(row);
            }
            byCell.add(m);
        }
        List<IndicatorRow> out = new ArrayList<>();
        for (String indicator : indicators) {
            for (int year : years) {
                for (int s = 0; s < results.size(); s++) {
                    for (IndicatorRow row : byCell.get(s).getOrDefault(indicator + "@" + year, List.of())) {
                        out.add(new IndicatorRow(labels.get(s), indicator, year, row.stat(), row.value()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The paired differences B_i − A_i of one indicator and year, scenario minus reference, one per run ({@code NaN}
     * where either lacks a value).
     */
    public double[] paired(String scenario, String indicator, int year) {
        return difference(results.get(0).replicates().values(indicator, year),
                result(scenario).replicates().values(indicator, year));
    }

    /** The summarised paired differences of every other scenario from the reference: scenario, indicator, year. */
    public List<Difference> differences() {
        List<Difference> out = new ArrayList<>();
        ReplicateValues ref = results.get(0).replicates();
        for (int s = 1; s < results.size(); s++) {
            ReplicateValues other = results.get(s).replicates();
            for (String indicator : indicators) {
                for (int year : years) {
                    double[] a = ref.values(indicator, year);
                    double[] b = other.values(indicator, year);
                    double[] paired = present(difference(a, b));
                    if (paired.length == 0) {
                        continue;
                    }
                    double[] unpaired = unpaired(a, b);
                    double[] sorted = paired.clone();
                    Arrays.sort(sorted);
                    out.add(new Difference(indicator, year, labels.get(s), labels.get(0), paired.length,
                            Quantiles.mean(paired), Quantiles.type7(sorted, 0.5), Quantiles.type7(sorted, 0.05),
                            Quantiles.type7(sorted, 0.95),
                            unpaired.length == 0 ? Double.NaN : Quantiles.type7(unpaired, 0.05),
                            unpaired.length == 0 ? Double.NaN : Quantiles.type7(unpaired, 0.95)));
                }
            }
        }
        return out;
    }

    /**
     * Every target of every scenario: targets are matched across scenarios by indicator, year, operator, value and
     * kind; each appears once per scenario that carries it, in order of first appearance, scenarios in command-line
     * order. Only targets the run evaluated are included (a demographic-only run evaluates no labour targets).
     */
    public List<TargetRow> targets() {
        Map<String, List<Integer>> holders = new LinkedHashMap<>();
        List<Map<String, TargetAttainment>> byKey = new ArrayList<>();
        for (int s = 0; s < results.size(); s++) {
            Map<String, TargetAttainment> m = new LinkedHashMap<>();
            for (TargetAttainment a : results.get(s).targets()) {
                String key = key(a.target());
                if (m.putIfAbsent(key, a) == null) {
                    holders.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                }
            }
            byKey.add(m);
        }
        List<TargetRow> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : holders.entrySet()) {
            TargetAttainment ref = byKey.get(0).get(e.getKey());
            for (int s : e.getValue()) {
                TargetAttainment a = byKey.get(s).get(e.getKey());
                OptionalDouble diff = ref == null ? OptionalDouble.empty()
                        : OptionalDouble.of(a.probability() - ref.probability());
                out.add(new TargetRow(labels.get(s), a, diff));
            }
        }
        return out;
    }

    /** How targets are matched across scenarios: indicator, year, operator, value and kind. */
    static String key(Target t) {
        Operator op = t.operator();
        return t.indicator() + "|" + t.year() + "|" + op.symbol() + "|" + Double.doubleToLongBits(t.value() + 0.0)
                + "|" + t.kind();
    }

    /**
     * The LMDI-I decomposition of each labour indicator's difference from the reference ({@link LabourDecomposition}),
     * per replicate, then summarised; ordered by scenario, identity, year, then the total and the components. Empty
     * for demographic-only scenarios.
     */
    public List<DecompositionRow> decomposition() {
        List<DecompositionRow> out = new ArrayList<>();
        ReplicateValues ref = results.get(0).replicates();
        for (int s = 1; s < results.size(); s++) {
            ReplicateValues other = results.get(s).replicates();
            for (LabourDecomposition.Identity id : LabourDecomposition.IDENTITIES) {
                if (!LabourDecomposition.applies(id, ref, other)) {
                    continue;
                }
                for (int year : years) {
                    out.addAll(decompose(id, ref, other, year, labels.get(s)));
                }
            }
        }
        return out;
    }

    /** Per-replicate effects of one identity and year, {@code [run][component]} (NaN rows where LMDI does not apply). */
    public double[][] effects(LabourDecomposition.Identity identity, String scenario, int year) {
        return LabourDecomposition.effects(identity, results.get(0).replicates(), result(scenario).replicates(), year);
    }

    private List<DecompositionRow> decompose(LabourDecomposition.Identity id, ReplicateValues ref,
                                             ReplicateValues other, int year, String label) {
        double[][] effects = LabourDecomposition.effects(id, ref, other, year);
        double[] a = ref.values(id.indicator(), year);
        double[] b = other.values(id.indicator(), year);
        int n = id.components().size();
        List<Double> totals = new ArrayList<>();
        List<double[]> valid = new ArrayList<>();
        for (int r = 0; r < effects.length; r++) {
            if (!Double.isNaN(effects[r][0])) {
                valid.add(effects[r]);
                totals.add(b[r] - a[r]);
            }
        }
        if (valid.isEmpty()) {
            return List.of();
        }
        List<DecompositionRow> out = new ArrayList<>();
        double[] total = totals.stream().mapToDouble(Double::doubleValue).toArray();
        out.add(row(id.indicator(), year, label, LabourDecomposition.TOTAL, id.indicator(), total));
        for (int k = 0; k < n; k++) {
            double[] v = new double[valid.size()];
            for (int r = 0; r < v.length; r++) {
                v[r] = valid.get(r)[k];
            }
            out.add(row(id.indicator(), year, label, id.components().get(k), id.factor(k), v));
        }
        return out;
    }

    private DecompositionRow row(String indicator, int year, String label, String component, String factor,
                                 double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new DecompositionRow(indicator, year, label, labels.get(0), component, factor, values.length,
                Quantiles.mean(values), Quantiles.type7(sorted, 0.5), Quantiles.type7(sorted, 0.05),
                Quantiles.type7(sorted, 0.95));
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
        }
        return d;
    }

    private static double[] present(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * Differences B_j − A_i between different replicates, sorted: replicates i ≠ j draw from independent streams, so
     * these are what differences of independent runs would give. All n(n−1) pairs when that is at most
     * {@value #MAX_UNPAIRED_PAIRS}, else the pairs j = i + k (mod n) for k = 1..K (see {@link #unpairedOffsets}).
     */
    static double[] unpaired(double[] a, double[] b) {
        int n = a.length;
        int offsets = unpairedOffsets(n);
        double[] out = new double[n * offsets];
        int m = 0;
        for (int k = 1; k <= offsets; k++) {
            for (int i = 0; i < n; i++) {
                double d = b[(i + k) % n] - a[i];
                if (!Double.isNaN(d)) {
                    out[m++] = d;
                }
            }
        }
        double[] sorted = Arrays.copyOf(out, m);
        Arrays.sort(sorted);
        return sorted;
    }

    /** K, the number of offsets k = 1..K used for the unpaired pairs: n − 1 (all pairs) unless that is too many. */
    static int unpairedOffsets(int runs) {
        return Math.min(runs - 1, Math.max(1, MAX_UNPAIRED_PAIRS / runs));
    }

    @Override
    public String toString() {
        return "Comparison" + labels + "[runs=" + runs() + "]";
    }
}
