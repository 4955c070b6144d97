package org.labourcast.policy;


/**
 * {@code graduate_employment}: graduate employment services and internships (就业见习) for young seekers. A share
 * c = participants / youngSeekers of the seekers aged 16–24 take part, each with hiring weight e^β instead of 1, so
 * the group's mean hiring weight is 1 + c·(e^β − 1) and the shift added to every young seeker's log hiring weight is
 * ln(1 + r·c·(e^β − 1)) in a year of intensity r (exact for the engine's weighted allocation of hires). No default
 * for β: see docs/levers.md.
 *
 * @param participantsPerYear     graduates supported or internship places per year at full strength (≥ 0)
 * @param youngSeekers            seekers aged 16–24 in a year, the pool the participants come from (&gt; 0, ≥ participants)
 * @param participantHireLogOdds  β, log of the factor on a participant's hiring weight (−10…10)
 */
public record GraduateEmployment(LeverInfo info, Span span, double participantsPerYear, double youngSeekers,
                                 double participantHireLogOdds) implements Lever {
    public static final String TYPE = "graduate_employment";

    public GraduateEmployment {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(participantsPerYear, 0, "participants");
        Checks.above(youngSeekers, 0, "young seekers");
        if (participantsPerYear > youngSeekers) {
            throw new IllegalArgumentException("more participants (" + participantsPerYear + ") than young seekers ("
                    + youngSeekers + ")");
        }
        Checks.within(participantHireLogOdds, -10, 10, "participant hire log-odds");
    }

    /** c, the share of young seekers who take part at full strength. */
    public double coverage() {
        return participantsPerYear / youngSeekers;
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.addYoungSeekerHireLogOdds(Math.log1p(r * coverage() * Math.expm1(participantHireLogOdds)));
        }
    }
}
