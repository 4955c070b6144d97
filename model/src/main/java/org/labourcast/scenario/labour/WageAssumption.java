package org.labourcast.scenario.labour;

/**
 * The optional {@code labour.wages:} block: how an individual wage is computed (never stored: an agent carries no
 * wage column) and the base-year average it is scaled to. A non-farm employee's wage is
 * <pre>
 *   w = c × ratio(sector) × exp(r × (S − S̄)) × exp(b1·x + b2·x²) × premium^skilled × P(sector, t)
 * </pre>
 * with S the years of schooling of the agent's education level (S̄ when the level is not known), x = age − S − 6
 * the years of potential experience (Mincer), {@code premium} applied to skilled workers (技能劳动者), and P a
 * productivity index that starts at 1 in the base year and grows with the sector's labour productivity (output
 * growth over employment growth) raised to {@code productivityPassThrough}. The constant c is fitted in the base
 * year so that the average over urban non-farm employees equals {@link #baseWage}. Wages are real (base-year
 * prices). Immutable.
 *
 * @param baseWage                average wage of the base year (城镇全部单位就业人员平均工资), yuan a year
 * @param secondaryRatio          relative wage of the secondary sector (to tertiary = {@code tertiaryRatio})
 * @param tertiaryRatio           relative wage of the tertiary sector
 * @param returnToSchooling       r, log points per year of schooling
 * @param meanSchooling           S̄, years: the schooling an agent of unknown education is given
 * @param experienceLinear        b1, log points per year of experience
 * @param experienceQuadratic     b2, log points per year of experience squared (negative: a concave profile)
 * @param skillPremium            wage ratio of skilled to otherwise equal workers (≥ 1)
 * @param productivityPassThrough elasticity of wages to sector labour productivity (1: they grow in step)
 */
public record WageAssumption(double baseWage, double secondaryRatio, double tertiaryRatio, double returnToSchooling,
                             double meanSchooling, double experienceLinear, double experienceQuadratic,
                             double skillPremium, double productivityPassThrough, String source) {
    public WageAssumption {
        LabourAssumptions.requireRange(baseWage, 1, Double.MAX_VALUE, "base wage (yuan a year)");
        LabourAssumptions.requireRange(secondaryRatio, 0.1, 10, "secondary wage ratio");
        LabourAssumptions.requireRange(tertiaryRatio, 0.1, 10, "tertiary wage ratio");
        LabourAssumptions.requireRange(returnToSchooling, 0, 0.5, "return to schooling");
        LabourAssumptions.requireRange(meanSchooling, 0, 19, "mean years of schooling");
        LabourAssumptions.requireRange(experienceLinear, 0, 0.5, "experience coefficient");
        LabourAssumptions.requireRange(experienceQuadratic, -0.05, 0, "experience-squared coefficient");
        LabourAssumptions.requireRange(skillPremium, 1, 5, "skill premium");
        LabourAssumptions.requireRange(productivityPassThrough, 0, 2, "productivity pass-through");
    }

    /** The relative wage of a non-farm sector; farming is outside the urban units' average and has none. */
    public double ratio(Sector s) {
        return switch (s) {
            case SECONDARY -> secondaryRatio;
            case TERTIARY -> tertiaryRatio;
            case PRIMARY -> throw new IllegalArgumentException("no wage ratio for farming");
        };
    }

    /**
     * The wage factor of an agent's schooling and age, before the sector, skill and productivity factors.
     *
     * @param schooling years of schooling (pass {@link #meanSchooling} when the level is not known)
     */
    public double personFactor(double schooling, int age) {
        double experience = Math.max(0, age - schooling - 6);
        return Math.exp(returnToSchooling * (schooling - meanSchooling) + experienceLinear * experience
                + experienceQuadratic * experience * experience);
    }
}
