package org.labourcast.policy;

/**
 * {@code insurance_expansion}: a drive to enrol workers in social insurance (全民参保计划, 失业保险参保扩面, 按项目参加
 * 工伤保险). In a year of intensity r, each non-farm employee of the target group who is not enrolled in a scheme is
 * enrolled with probability r·u (u the scheme's yearly uptake); new hires keep the enrolment chance calibrated in the
 * base year. With a pension uptake each employed person of the group (any sector) not enrolled in a basic pension
 * enrols with r·u too (推动城乡就业者应保尽保). No default for the two insurance uptakes: see docs/levers.md.
 *
 * @param group              whose enrolment the measure raises
 * @param unemploymentUptake u for unemployment insurance (0–1 a year)
 * @param injuryUptake       u for work-injury insurance (0–1 a year)
 * @param pensionUptake      u for the basic pension, either scheme (0–1 a year; 0 when the lever leaves it out)
 */
public record InsuranceExpansion(LeverInfo info, Span span, Group group, double unemploymentUptake,
                                 double injuryUptake, double pensionUptake) implements Lever {
    public static final String TYPE = "insurance_expansion";

    /** The hukou group a drive targets. */
    public enum Group {
        /** Rural-hukou workers (农民工), the group the plans' 参保扩面 measures name. */
        RURAL_HUKOU("rural_hukou"),
        URBAN_HUKOU("urban_hukou"),
        ALL("all");

        public final String label;

        Group(String label) {
            this.label = label;
        }
    }

    public InsuranceExpansion {
        Checks.info(info, TYPE);
        Checks.span(span);
        if (group == null) {
            throw new IllegalArgumentException("an insurance expansion needs its target group");
        }
        Checks.share(unemploymentUptake, "unemployment-insurance uptake");
        Checks.share(injuryUptake, "injury-insurance uptake");
        Checks.share(pensionUptake, "pension uptake");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r <= 0) {
            return;
        }
        double u = r * unemploymentUptake;
        double i = r * injuryUptake;
        double p = r * pensionUptake;
        boolean urban = group != Group.RURAL_HUKOU;
        boolean rural = group != Group.URBAN_HUKOU;
        effects.addEnrolmentDrive(new EnrolmentDrive(urban ? u : 0, urban ? i : 0, rural ? u : 0, rural ? i : 0,
                urban ? p : 0, rural ? p : 0));
    }
}
