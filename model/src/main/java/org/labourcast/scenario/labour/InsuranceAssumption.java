package org.labourcast.scenario.labour;

/**
 * The optional {@code labour.insurance:} block: social-insurance enrolment (参保) of the base year, which the agents
 * reproduce, and the enrolment probability of rural-hukou workers (农民工) that fixes how the count is shared between
 * hukou groups. Enrolment is carried by each employed agent (see {@code org.labourcast.agents.AgentTraits}); only
 * non-farm employees are eligible, since both schemes insure employees of an employer (失业保险条例 art. 2,
 * 工伤保险条例 art. 2), and farming is household work. Immutable.
 *
 * @param unemployment unemployment insurance (失业保险)
 * @param injury       work-injury insurance (工伤保险)
 */
public record InsuranceAssumption(Scheme unemployment, Scheme injury, String source) {
    public InsuranceAssumption {
        if (unemployment == null || injury == null) {
            throw new IllegalArgumentException("both schemes (unemployment, injury) are needed");
        }
    }

    /** The schemes in a fixed order: unemployment, injury (the order of the agents' enrolment bits). */
    public Scheme[] schemes() {
        return new Scheme[] {unemployment, injury};
    }

    /** These assumptions with every count multiplied by {@code f} (a population scaled as a whole). */
    public InsuranceAssumption scaled(double f) {
        return new InsuranceAssumption(new Scheme(unemployment.enrolled() * f, unemployment.ruralHukouCoverage()),
                new Scheme(injury.enrolled() * f, injury.ruralHukouCoverage()), source);
    }

    /**
     * @param enrolled           persons enrolled (参保人数) at the end of the base year
     * @param ruralHukouCoverage share of rural-hukou non-farm workers enrolled (0–1): the base year gives them this
     *                           share, urban-hukou workers the rest of the count (calibrated)
     */
    public record Scheme(double enrolled, double ruralHukouCoverage) {
        public Scheme {
            LabourAssumptions.requireRange(enrolled, 0, Double.MAX_VALUE, "enrolled persons");
            LabourAssumptions.requireShare(ruralHukouCoverage, "rural-hukou coverage");
        }
    }
}
