package org.labourcast.policy;

/**
 * What internship levers ({@link GraduateInternships}, 就业见习) ask of the engine in one year: the participants, drawn
 * from the year's graduates looking for work, and how many percentage points of placement by the year's end taking
 * part adds. Several levers add their participants; the gain is their participant-weighted mean. Immutable.
 *
 * @param participants  interns this year (persons, ≥ 0)
 * @param placementGain points (as a share 0–1) added to a participant's chance of being employed at the year's end
 */
public record Internships(double participants, double placementGain) {
    /** No internships. */
    public static final Internships NONE = new Internships(0, 0);

    public Internships {
        Checks.atLeast(participants, 0, "interns");
        Checks.share(placementGain, "placement gain of interns");
    }

    /** Both levers' internships in the same year: participants summed, gains weighted by participants. */
    public Internships and(Internships o) {
        double n = participants + o.participants;
        double gain = n > 0 ? Math.min(1, (participants * placementGain + o.participants * o.placementGain) / n) : 0;
        return new Internships(n, gain);
    }
}
