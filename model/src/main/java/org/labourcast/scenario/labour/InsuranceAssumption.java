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
 * @param pension      basic pension enrolment (基本养老保险, both schemes), or null when the scenario models none
 */
public record InsuranceAssumption(Scheme unemployment, Scheme injury, Pension pension, String source) {
    public InsuranceAssumption {
        if (unemployment == null || injury == null) {
            throw new IllegalArgumentException("both schemes (unemployment, injury) are needed");
        }
    }

    /** Without basic pension enrolment. */
    public InsuranceAssumption(Scheme unemployment, Scheme injury, String source) {
        this(unemployment, injury, null, source);
    }

    /** These assumptions with basic pension enrolment replaced (null for none). */
    public InsuranceAssumption withPension(Pension value) {
        return new InsuranceAssumption(unemployment, injury, value, source);
    }

    /** The schemes in a fixed order: unemployment, injury (the order of the agents' enrolment bits). */
    public Scheme[] schemes() {
        return new Scheme[] {unemployment, injury};
    }

    /** These assumptions with every count multiplied by {@code f} (a population scaled as a whole). */
    public InsuranceAssumption scaled(double f) {
        return new InsuranceAssumption(unemployment.scaled(f), injury.scaled(f),
                pension == null ? null : new Pension(pension.enrolled() * f, pension.newEmployeeEnrolment()), source);
    }

    /**
     * Basic pension enrolment (基本养老保险参保人数): persons enrolled in either basic scheme, the urban employees' scheme
     * (城镇职工, contributors and pensioners) or the urban and rural residents' scheme (城乡居民, residents aged 16+ not in
     * school, contributors and pensioners), as the plans count it. The base year reproduces the count exactly
     * (docs/labour-model.md, "Basic pension").
     *
     * @param enrolled             persons enrolled at the end of the base year
     * @param newEmployeeEnrolment probability (0–1) that a person who takes a non-farm job and is not yet enrolled is
     *                             enrolled by the employer (the employees' scheme)
     */
    public record Pension(double enrolled, double newEmployeeEnrolment) {
        public Pension {
            LabourAssumptions.requireRange(enrolled, 0, Double.MAX_VALUE, "enrolled persons");
            LabourAssumptions.requireShare(newEmployeeEnrolment, "new employees' enrolment");
        }
    }

    /**
     * @param enrolled           persons enrolled (参保人数) at the end of the base year
     * @param ruralHukouCoverage share of rural-hukou non-farm workers enrolled (0–1): the base year gives them this
     *                           share, urban-hukou workers the rest of the count (calibrated)
     * @param uptake             yearly probability (0–1) that a non-farm employee not enrolled enrols while in the job:
     *                           coverage drifting up as it did before the base year (参保扩面 under way), 0 when the
     *                           scenario states none (then coverage changes only as people take and leave jobs)
     */
    public record Scheme(double enrolled, double ruralHukouCoverage, double uptake) {
        public Scheme {
            LabourAssumptions.requireRange(enrolled, 0, Double.MAX_VALUE, "enrolled persons");
            LabourAssumptions.requireShare(ruralHukouCoverage, "rural-hukou coverage");
            LabourAssumptions.requireShare(uptake, "yearly uptake");
        }

        /** Without a drift of coverage. */
        public Scheme(double enrolled, double ruralHukouCoverage) {
            this(enrolled, ruralHukouCoverage, 0);
        }

        /** This scheme with the count multiplied by {@code f}. */
        public Scheme scaled(double f) {
            return new Scheme(enrolled * f, ruralHukouCoverage, uptake);
        }
    }
}
