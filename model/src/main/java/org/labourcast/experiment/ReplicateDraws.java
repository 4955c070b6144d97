package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.ArrayValues;
import org.labourcast.InputException;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioAssumptions;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ScenarioUncertainty;
import org.labourcast.uncertainty.DemographicDeviation;
import org.labourcast.uncertainty.DemographicUncertainty;
import org.labourcast.uncertainty.RandomStreams;
import org.labourcast.uncertainty.UncertaintySource;

/**
 * What each replicate of a run draws besides its agents' chance events (docs/uncertainty.md): every
 * distribution-valued scenario number whose source the settings switch on, then the fertility, mortality and
 * migration deviations. Each field and each demographic source draws from its own stream of
 * {@link RandomStreams#source}, so the draws of replicate i depend only on (seed, i, source, field): a block of
 * replicates run anywhere gives the values the whole run gives, and two scenarios run with one seed share the draws
 * of every source and field they have in common.
 *
 * <p>Columns of the drawn inputs: the drawn fields' paths, then {@code fertility.log_tfr_deviation} (mean over the
 * projected years of the log TFR deviation), {@code mortality.e0_deviation} (years, mean) and
 * {@code migration.level_deviation} (share of the level, mean) for each demographic source drawn. Thread-safe.
 */
public final class ReplicateDraws {
    public static final String FERTILITY_COLUMN = "fertility.log_tfr_deviation";
    public static final String MORTALITY_COLUMN = "mortality.e0_deviation";
    public static final String MIGRATION_COLUMN = "migration.level_deviation";
    public static final String URBANIZATION_COLUMN = "urbanization.logit_deviation";
    public static final String ECONOMIC_COLUMN = "output_growth.deviation";

    private final ScenarioSpec spec;
    private final RunSettings settings;
    private final List<Integer> fields = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<UncertaintySource> sources = new ArrayList<>();

    public ReplicateDraws(ScenarioSpec spec, RunSettings settings) {
        this.spec = spec;
        this.settings = settings;
        List<ScenarioUncertainty.Field> all = spec.uncertainty().fields();
        for (int i = 0; i < all.size(); i++) {
            if (settings.draws(all.get(i).source())) {
                fields.add(i);
                names.add(all.get(i).path());
                sources.add(all.get(i).source());
            }
        }
        addIfDrawn(UncertaintySource.FERTILITY, FERTILITY_COLUMN);
        addIfDrawn(UncertaintySource.MORTALITY, MORTALITY_COLUMN);
        addIfDrawn(UncertaintySource.MIGRATION, MIGRATION_COLUMN);
        if (spec.ruralUrbanMove().projection() != null) {
            addIfDrawn(UncertaintySource.URBANIZATION, URBANIZATION_COLUMN);
        }
        if (spec.labour() != null) {
            addIfDrawn(UncertaintySource.ECONOMIC, ECONOMIC_COLUMN);
        }
    }

    private void addIfDrawn(UncertaintySource s, String column) {
        if (settings.draws(s)) {
            names.add(column);
            sources.add(s);
        }
    }

    /** True when nothing is drawn: every replicate runs the scenario as written. */
    public boolean none() {
        return names.isEmpty();
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    public List<UncertaintySource> sources() {
        return List.copyOf(sources);
    }

    /**
     * One replicate's draws.
     *
     * @param spec        the scenario with the drawn numbers
     * @param assumptions its demographic assumptions with the replicate's deviations
     * @param inputs      the row of drawn inputs, in {@link #names()} order
     */
    public record Drawn(ScenarioSpec spec, DemographicAssumptions assumptions, double[] inputs) {
        public Drawn {
            inputs = ArrayValues.copy(inputs);
        }

        @Override
        public double[] inputs() {
            return ArrayValues.copy(inputs);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Drawn other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {spec, assumptions, inputs};
        }
    }

    /**
     * The draws of replicate {@code index}.
     *
     * @throws InputException when the drawn numbers together break a rule of the scenario, naming the replicate
     */
    public Drawn draw(RandomStreams streams, int index) {
        double[] row = new double[names.size()];
        ScenarioSpec drawnSpec = spec;
        if (!fields.isEmpty()) {
            List<ScenarioUncertainty.Field> all = spec.uncertainty().fields();
            double[] values = new double[all.size()];
            java.util.Arrays.fill(values, Double.NaN);
            for (int c = 0; c < fields.size(); c++) {
                ScenarioUncertainty.Field f = all.get(fields.get(c));
                double u = streams.source(index, f.source(), f.path()).nextDouble();
                // nextDouble is in [0, 1): keep u inside (0, 1) so that unbounded quantiles stay finite
                values[fields.get(c)] = f.distribution().quantile(Math.max(u, 0x1.0p-53));
                row[c] = values[fields.get(c)];
            }
            try {
                drawnSpec = spec.uncertainty().withValues(values);
            } catch (InputException e) {
                throw explain(e, index, row);
            }
        }
        int years = spec.horizon() - spec.baseYear();
        DemographicDeviation dev = DemographicUncertainty.draw(years, stream(streams, index,
                UncertaintySource.FERTILITY), stream(streams, index, UncertaintySource.MORTALITY),
                stream(streams, index, UncertaintySource.MIGRATION),
                spec.migration() == null ? Double.NaN : spec.migration().mobileStock());
        int c = fields.size();
        if (dev.fertilityDrawn()) {
            row[c++] = DemographicDeviation.mean(dev.logFertility());
        }
        if (dev.mortalityDrawn()) {
            row[c++] = DemographicDeviation.mean(dev.e0Shift());
        }
        if (dev.migrationDrawn()) {
            row[c++] = DemographicDeviation.mean(dev.migration());
        }
        DemographicAssumptions base = new ScenarioAssumptions(drawnSpec);
        org.labourcast.demography.UrbanizationProjection projection = drawnSpec.ruralUrbanMove().projection();
        if (projection != null && settings.draws(UncertaintySource.URBANIZATION)) {
            // The fitted URGD model's own forecast error (docs/urbanization.md): estimation error of the URGD plus
            // yearly innovations on the logit. The column is the path's mean logit deviation from the median.
            double[] path = projection.draw(spec.baseYear() + 1, spec.horizon(),
                    stream(streams, index, UncertaintySource.URBANIZATION));
            double[] median = projection.median(spec.baseYear() + 1, spec.horizon());
            double deviation = 0;
            for (int y = 0; y < path.length; y++) {
                deviation += (org.labourcast.demography.UrbanizationProjection.logit(path[y])
                        - org.labourcast.demography.UrbanizationProjection.logit(median[y])) / path.length;
            }
            row[c++] = deviation;
            base = new ScenarioAssumptions(drawnSpec, path);
        }
        if (drawnSpec.labour() != null && settings.draws(UncertaintySource.ECONOMIC)) {
            EconomicDeviation growth = EconomicDeviation.draw(years, stream(streams, index,
                    UncertaintySource.ECONOMIC));
            row[c] = growth.mean();
            drawnSpec = drawnSpec.withLabour(growth.applyTo(drawnSpec.labour(), spec.baseYear()));
        }
        return new Drawn(drawnSpec, dev.any() ? dev.applyTo(base, spec.baseYear()) : base, row);
    }

    /**
     * A scenario or model error met with drawn values, restated with the replicate and what it drew: each
     * distribution alone is within its field's range (checked when the scenario is read), so such an error comes
     * from a combination of draws, or from a rule the model checks when it builds the base year.
     */
    public InputException explain(InputException e, int index, double[] row) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            text.append(c == 0 ? "" : ", ").append(names.get(c)).append(" = ")
                    .append(org.labourcast.Csv.number(row[c]));
        }
        return new InputException(e.location(), e.fieldPath(), "replicate " + index + " drew " + text
                + ", and then: " + e.problem(), "each distribution alone lies within its field's range; narrow the"
                + " distributions named so that every combination of draws is valid, or run with --no-uncertainty");
    }

    private org.apache.commons.rng.UniformRandomProvider stream(RandomStreams streams, int index,
                                                                UncertaintySource s) {
        return settings.draws(s) ? streams.source(index, s, "") : null;
    }
}
