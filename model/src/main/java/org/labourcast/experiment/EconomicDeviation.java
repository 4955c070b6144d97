package org.labourcast.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.labourcast.ArrayValues;
import org.labourcast.TimeAnchor;
import org.labourcast.TimeSeries;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.uncertainty.DemographicDeviation;

/**
 * A replicate's deviation of real output growth from the scenario's path, the same in every sector: an AR(1)
 * δ(t) = φ δ(t−1) + σ ε(t) from δ(base) = 0, so growth cycles around its trend instead of wandering off
 * (docs/uncertainty.md, economic). Through the labour market's Okun term it moves unemployment; through the sectors'
 * elasticities, the employment structure.
 *
 * <p>σ: China's real GDP growth 2010–2019 (NBS: 10.6, 9.6, 7.9, 7.8, 7.4, 7.0, 6.8, 6.9, 6.7, 6.0%) changed by a
 * standard deviation of 0.553 points a year — the one-step forecast error of a random walk in growth (ARIMA(0,1,0)
 * with drift) fitted to it. A prefecture's growth moves more than the nation's (no regional series before 2020 was
 * found to measure by how much): assumption, twice the national figure, 0.011. φ = 0.8 (assumption): deviations from
 * trend fade, as in a business cycle, to a stationary spread of σ/√(1 − φ²) = 1.8 points.
 *
 * @param deviation δ by projected year, base year + 1 first (growth as a share, 0.01 = 1 point)
 */
public record EconomicDeviation(double[] deviation) {
    public static final double STEP_SD = 0.011;
    public static final double PERSISTENCE = 0.8;

    public EconomicDeviation {
        deviation = deviation.clone();
    }

    /** The deviations of {@code years} projected years, drawn from {@code rng}. */
    public static EconomicDeviation draw(int years, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] d = new double[years];
        double previous = 0;
        for (int i = 0; i < years; i++) {
            previous = PERSISTENCE * previous + STEP_SD * normal.sample();
            d[i] = previous;
        }
        return new EconomicDeviation(d);
    }

    /** The mean deviation over the projected years: the column drivers.csv attributes variance to. */
    public double mean() {
        return DemographicDeviation.mean(deviation);
    }

    /** The labour assumptions with every sector's output growth moved by δ in each projected year. */
    public LabourAssumptions applyTo(LabourAssumptions la, int baseYear) {
        LabourAssumptions.SectorDemandAssumption s = la.sectors();
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = -1; i < deviation.length; i++) {
            int year = baseYear + 1 + i;
            double[] g = s.outputGrowth().at(TimeAnchor.midYear(year));
            double shift = i < 0 ? 0 : deviation[i];
            for (int k = 0; k < g.length; k++) {
                g[k] += shift;
            }
            anchors.add(TimeAnchor.year(year));
            values.add(g);
        }
        LabourAssumptions.SectorDemandAssumption drawn = new LabourAssumptions.SectorDemandAssumption(
                TimeSeries.of(anchors, values), s.employmentElasticity(), s.adjustmentSpeed(), s.history(), s.source());
        return la.withSectors(drawn);
    }

    @Override
    public double[] deviation() {
        return deviation.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EconomicDeviation other && ArrayValues.equal(componentValues(), other.componentValues());
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
        return new Object[] {deviation};
    }
}
