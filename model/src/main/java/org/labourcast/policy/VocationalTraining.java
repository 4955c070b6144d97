package org.labourcast.policy;


/**
 * {@code vocational_training}: subsidised vocational training beyond the scenario's {@code labour.skills.trainees}.
 * Adds {@code intensity × traineesPerYear} extra trainees a year, drawn from rural labour with {@code
 * ruralLabourShare}, of whom {@code certificationRate} become skilled (the engine's {@code SkillsProcess}); skill then
 * raises transfer and hiring through the scenario's skilled log-odds.
 *
 * @param traineesPerYear   persons completing training per year at full strength (≥ 0)
 * @param ruralLabourShare  share of trainees drawn from rural labour (0–1); default {@code labour.skills.rural_labour_share}
 * @param certificationRate share of trainees who become skilled (0–1); default {@code labour.skills.certification_rate}
 */
public record VocationalTraining(LeverInfo info, Span span, double traineesPerYear, double ruralLabourShare,
                                 double certificationRate) implements Lever {
    public static final String TYPE = "vocational_training";

    public VocationalTraining {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(traineesPerYear, 0, "trainees");
        Checks.share(ruralLabourShare, "rural labour share");
        Checks.share(certificationRate, "certification rate");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.addTrainees(r * traineesPerYear, ruralLabourShare, certificationRate);
        }
    }
}
