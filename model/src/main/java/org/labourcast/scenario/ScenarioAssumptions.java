package org.labourcast.scenario;

import org.labourcast.TimeAnchor;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.demography.Residence;
import org.labourcast.demography.RuralUrbanMoveRule;
import org.labourcast.demography.Sex;
import org.labourcast.demography.UrbanizationProjection;
import org.labourcast.demography.YearAssumptions;

/**
 * Turns a scenario's time-varying assumptions into the single-year inputs of each projected year.
 * Mortality is the same in both residences (the scenario format gives it by sex only). Net migrants are split
 * between residences by the scenario's rule: a fixed urban share, or in proportion to the start-of-year population
 * of that sex and age (by the overall urban share where that age is empty).
 */
public final class ScenarioAssumptions implements DemographicAssumptions {
    private final ScenarioSpec spec;
    /** Urbanization rate to reach at the end of each year base+1..horizon under a projection, else null. */
    private final double[] projectedUrbanization;
    /** Net migrants (persons) of each year base+1..horizon replacing the scenario's totals, else null. */
    private final double[] netMigration;

    /** The scenario's assumptions; a projected urbanization rate is followed along its median path. */
    public ScenarioAssumptions(ScenarioSpec spec) {
        this.spec = spec;
        UrbanizationProjection projection = spec.ruralUrbanMove().projection();
        this.projectedUrbanization = projection == null ? null
                : projection.median(spec.baseYear() + 1, spec.horizon());
        this.netMigration = null;
    }

    /**
     * The scenario's assumptions with the transfer solved to follow a given urbanization path, e.g. one drawn by
     * {@link UrbanizationProjection#draw} for a Monte Carlo replicate.
     *
     * @param urbanization the urbanization rate (0–1) at the end of each year from base year + 1 to the horizon
     * @throws IllegalArgumentException unless the scenario projects its urbanization ({@code rural_urban_move.projection})
     *                                  and the path has one value per projected year
     */
    public ScenarioAssumptions(ScenarioSpec spec, double[] urbanization) {
        this(spec, urbanization, null);
    }

    /**
     * The scenario's assumptions with drawn paths, e.g. {@link UrbanizationProjection#draw} and
     * {@link org.labourcast.demography.NetMigrationProjection#draw} for one Monte Carlo replicate. Either may be null
     * to keep the scenario's own (median) path.
     *
     * @param urbanization the urbanization rate (0–1) at the end of each year from base year + 1 to the horizon
     * @param netMigration net migrants (persons) in each year from base year + 1 to the horizon, split by sex with the
     *                     scenario's {@code male_share} and over ages as its total is
     * @throws IllegalArgumentException unless the scenario projects what is given ({@code rural_urban_move.projection},
     *                                  {@code migration.total.projection}) and each path has one value per year
     */
    public ScenarioAssumptions(ScenarioSpec spec, double[] urbanization, double[] netMigration) {
        int years = spec.horizon() - spec.baseYear();
        if (urbanization != null && (spec.ruralUrbanMove().projection() == null || urbanization.length != years)) {
            throw new IllegalArgumentException("scenario " + spec.id() + " must project its urbanization and the"
                    + " path have " + years + " values");
        }
        if (netMigration != null && (spec.migration().projection() == null || netMigration.length != years)) {
            throw new IllegalArgumentException("scenario " + spec.id() + " must project its net migration and the"
                    + " path have " + years + " values");
        }
        this.spec = spec;
        UrbanizationProjection projection = spec.ruralUrbanMove().projection();
        this.projectedUrbanization = urbanization != null ? urbanization.clone()
                : projection == null ? null : projection.median(spec.baseYear() + 1, spec.horizon());
        this.netMigration = netMigration == null ? null : netMigration.clone();
    }

    @Override
    public YearAssumptions forYear(int year, CohortTable start) {
        double t = TimeAnchor.midYear(year);
        double[] mxMale = spec.mortality().mxMale().at(t);
        double[] mxFemale = spec.mortality().mxFemale().at(t);
        double[][][] mx = {{mxMale, mxMale.clone()}, {mxFemale, mxFemale.clone()}};
        double[][] asfr = new double[Residence.values().length][];
        asfr[Residence.URBAN.ordinal()] = spec.fertility().asfrUrban().at(t);
        asfr[Residence.RURAL.ordinal()] = spec.fertility().asfrRural().at(t);
        double srb = spec.fertility().sexRatioAtBirth().scalarAt(t);
        double[][][] migrants = splitMigrants(migrantsBySexAge(year, t, start), start);
        return new YearAssumptions(mx, asfr, srb, migrants, transferRule(year));
    }

    /** Net migrants by {@code [sex][age]}: as given, or a total spread by rate schedule × population. */
    private double[][] migrantsBySexAge(int year, double t, CohortTable start) {
        MigrationAssumption m = spec.migration();
        double[][] out = {m.male().at(t), m.female().at(t)};
        if (netMigration != null && year > spec.baseYear()) {
            double total = netMigration[year - spec.baseYear() - 1];
            out = new double[][] {{total * m.maleShare()}, {total * (1 - m.maleShare())}};
        }
        if (m.ageRates() == null) {
            return out;
        }
        int ages = start.maxAge() + 1;
        for (Sex s : Sex.values()) {
            double total = out[s.ordinal()][0];
            double[] weights = new double[ages];
            double sum = 0;
            for (int a = 0; a < ages; a++) {
                weights[a] = m.ageRates()[a]
                        * (start.persons(s, Residence.URBAN, a) + start.persons(s, Residence.RURAL, a));
                sum += weights[a];
            }
            double[] byAge = new double[ages];
            for (int a = 0; a < ages && sum > 0; a++) {
                byAge[a] = total * weights[a] / sum;
            }
            out[s.ordinal()] = byAge;
        }
        return out;
    }

    private double[][][] splitMigrants(double[][] bySexAge, CohortTable start) {
        int ages = start.maxAge() + 1;
        double overall = start.total(Residence.URBAN) / start.total();
        double[][][] out = new double[Sex.values().length][Residence.values().length][ages];
        for (Sex s : Sex.values()) {
            for (int a = 0; a < ages; a++) {
                double share;
                if (spec.migration().fixedUrbanShare().isPresent()) {
                    share = spec.migration().fixedUrbanShare().getAsDouble();
                } else {
                    double u = start.persons(s, Residence.URBAN, a);
                    double r = start.persons(s, Residence.RURAL, a);
                    share = u + r > 0 ? u / (u + r) : overall;
                }
                double m = bySexAge[s.ordinal()][a];
                out[s.ordinal()][Residence.URBAN.ordinal()][a] = m * share;
                out[s.ordinal()][Residence.RURAL.ordinal()][a] = m * (1 - share);
            }
        }
        return out;
    }

    private RuralUrbanMoveRule transferRule(int year) {
        RuralUrbanMoveAssumption tr = spec.ruralUrbanMove();
        if (tr.intensity() != null) {
            return new RuralUrbanMoveRule.FixedIntensity(tr.intensity().scalarAt(TimeAnchor.midYear(year)), tr.shape(),
                    tr.maxRate());
        }
        if (projectedUrbanization != null) {
            // Years up to the base year (a derivation projecting a census to the base year) keep the base share.
            double target = year <= spec.baseYear() ? tr.projection().parameters().baseShare()
                    : projectedUrbanization[year - spec.baseYear() - 1];
            return new RuralUrbanMoveRule.TargetUrbanization(target, tr.shape(), tr.maxRate());
        }
        if (year > tr.path().lastYear()) {
            return new RuralUrbanMoveRule.HoldPreviousIntensity(tr.shape(), tr.maxRate());
        }
        return new RuralUrbanMoveRule.TargetUrbanization(tr.path().valueAt(year), tr.shape(), tr.maxRate());
    }
}
