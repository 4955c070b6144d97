package org.labourcast.policy;

import java.util.List;

/**
 * {@code public_employment_services}: more public employment service capacity (job fairs, neighbourhood service
 * stations, the "15-minute service circle"), which makes seekers and vacancies meet faster. Response: with capacity
 * ratios R_i = planned_i / baseline_i for the k measures given, the full-strength multiplier on matching efficiency is
 * m = (R_1 · … · R_k)^(ε/k), i.e. the service index (the geometric mean of the ratios) raised to the elasticity ε;
 * in a year of intensity r the multiplier is 1 + r·(m − 1). No default for ε: see docs/levers.md.
 *
 * @param capacities the capacity measures with their baseline and planned levels (at least one, each once)
 * @param elasticity ε, the elasticity of matching efficiency with respect to the service index (0–1)
 */
public record PublicEmploymentServices(LeverInfo info, Span span, List<Capacity> capacities, double elasticity)
        implements Lever {
    public static final String TYPE = "public_employment_services";
    /** Job fairs (招聘会) held per year. */
    public static final String JOB_FAIRS = "job_fairs";
    /** Service points (e.g. 家门口就业服务站 and township/community platforms) in operation. */
    public static final String SERVICE_STATIONS = "service_stations";
    /** Share (0–1) of the labour force within 15 minutes of a service point (15分钟就业服务圈). */
    public static final String SERVICE_CIRCLE_COVERAGE = "service_circle_coverage";
    public static final List<String> MEASURES = List.of(JOB_FAIRS, SERVICE_STATIONS, SERVICE_CIRCLE_COVERAGE);

    public PublicEmploymentServices {
        Checks.info(info, TYPE);
        Checks.span(span);
        capacities = List.copyOf(capacities);
        if (capacities.isEmpty()) {
            throw new IllegalArgumentException("give at least one of " + String.join(", ", MEASURES));
        }
        if (capacities.stream().map(Capacity::measure).distinct().count() != capacities.size()) {
            throw new IllegalArgumentException("each capacity measure may be given once");
        }
        Checks.within(elasticity, 0, 1, "elasticity");
    }

    /**
     * One capacity measure.
     *
     * @param measure  one of {@code job_fairs} (per year), {@code service_stations} (in operation) or {@code
     *                 service_circle_coverage} (share 0–1)
     * @param baseline its level without the lever (&gt; 0)
     * @param planned  its level with the lever at full strength (&gt; 0)
     */
    public record Capacity(String measure, double baseline, double planned) {
        public Capacity {
            if (!MEASURES.contains(measure)) {
                throw new IllegalArgumentException("unknown capacity measure " + measure);
            }
            Checks.above(baseline, 0, measure + " baseline");
            Checks.above(planned, 0, measure + " planned");
            if (SERVICE_CIRCLE_COVERAGE.equals(measure)) {
                Checks.share(baseline, "coverage baseline");
                Checks.share(planned, "planned coverage");
            }
        }

        public double ratio() {
            return planned / baseline;
        }
    }

    /** m = (Π R_i)^(ε/k), the multiplier on matching efficiency at full strength. */
    public double fullMultiplier() {
        double logSum = 0;
        for (Capacity c : capacities) {
            logSum += Math.log(c.ratio());
        }
        return Math.exp(elasticity * logSum / capacities.size());
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.multiplyMatchingEfficiency(1 + r * (fullMultiplier() - 1));
        }
    }
}
