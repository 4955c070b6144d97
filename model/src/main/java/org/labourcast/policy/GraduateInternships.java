package org.labourcast.policy;


/**
 * {@code graduate_internships}: internships (就业见习) for the year's college graduates looking for work. In a year of
 * intensity r, r × {@code participantsPerYear} of the year's graduates who seek work take part (at most all of them);
 * taking part adds {@code placementGain} to a participant's chance of being employed by the year's end: after
 * ordinary matching, that many participants still without work are placed in vacancies matching left unfilled (the
 * host keeps the intern). No default for the gain: see docs/levers.md.
 *
 * @param participantsPerYear interns per year at full strength (persons, ≥ 0)
 * @param placementGain       points (a share, 0–1) added to a participant's placement by the year's end
 */
public record GraduateInternships(LeverInfo info, Span span, double participantsPerYear, double placementGain)
        implements Lever {
    public static final String TYPE = "graduate_internships";

    public GraduateInternships {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.atLeast(participantsPerYear, 0, "interns");
        Checks.share(placementGain, "placement gain");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.addInternships(new Internships(r * participantsPerYear, placementGain));
        }
    }
}
