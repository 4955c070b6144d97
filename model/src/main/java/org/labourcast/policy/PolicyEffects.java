package org.labourcast.policy;

import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/**
 * The combined effect of a scenario's policy levers on the labour model in one calendar year, in the form the engine
 * consumes it. Every field has a neutral value that means "no lever" ({@link #NONE}). Immutable and thread-safe.
 *
 * <p><b>Combination</b> ({@link #combine}, {@link Builder}): additions are summed, multipliers are multiplied, and the
 * rural share and certification rate of the extra trainees are trainee-weighted means (0 when there are no extra
 * trainees). The rule is commutative and associative, so the order of levers does not matter (up to floating-point
 * rounding; {@link Levers} always combines in the scenario's order, so results are deterministic).
 *
 * <p><b>Public-welfare posts are not labour demand.</b> {@link #reservedPosts} are tertiary jobs that the engine
 * fills from the long-term unemployed before ordinary matching; they are <em>not</em> included in
 * {@link #extraLabourDemand}, so the engine must add them to tertiary employment itself and must not offer them to
 * ordinary seekers. Counting them in both places would count them twice.
 *
 * @param extraTrainees                persons completing subsidised vocational training this year beyond the
 *                                     scenario's {@code labour.skills.trainees} (persons per year, ≥ 0)
 * @param extraTraineesRuralShare      share of those extra trainees drawn from rural labour (0–1; 0 when there are none)
 * @param extraCertificationRate       share of those extra trainees who become skilled (0–1; 0 when there are none)
 * @param extraLabourDemand            persons of additional labour demand by sector created by levers up to and
 *                                     including this year: a stock (jobs created in earlier years times their
 *                                     survival since), added by the engine to the demand from output growth (each
 *                                     sector ≥ 0)
 * @param matchingEfficiencyMultiplier factor on the matching efficiency μ (≥ 0; 1 = no lever)
 * @param separationRateMultiplier     factor on the separation rates of non-farm employees (≥ 0; 1 = no lever):
 *                                     job-retention refunds of unemployment insurance (稳岗返还)
 * @param settlementRateAddition       probability added to the yearly hukou settlement rate (0–1; the engine caps the
 *                                     sum with the scenario's rate at 1)
 * @param transferLogOddsShift         log-odds added to the rural transfer logit (any real number; 0 = no lever)
 * @param reservedPosts                public-welfare posts (公益性岗位) in operation this year (persons, ≥ 0): tertiary
 *                                     jobs filled from persons unemployed for a year or more before ordinary matching;
 *                                     outside {@code extraLabourDemand}
 * @param youngSeekerHireLogOdds       log of the factor on the hiring weight of seekers aged 16–24 (graduate
 *                                     employment and internship programmes; 0 = no lever)
 * @param enrolmentDrive               yearly enrolment chances of uncovered non-farm employees from insurance-expansion
 *                                     levers (参保扩面; {@link EnrolmentDrive#NONE} = no lever); combined as independent
 *                                     chances
 * @param startups                     supported start-ups' founders and the founders' jobs ({@link StartupSupport},
 *                                     {@link StartupSupport#NONE} = no lever); their employees' jobs are in
 *                                     {@code extraLabourDemand}
 * @param internships                  internships for the year's graduates ({@link Internships#NONE} = no lever)
 */
public record PolicyEffects(double extraTrainees, double extraTraineesRuralShare, double extraCertificationRate,
                            SectorValues extraLabourDemand, double matchingEfficiencyMultiplier,
                            double separationRateMultiplier, double settlementRateAddition,
                            double transferLogOddsShift, double reservedPosts, double youngSeekerHireLogOdds,
                            EnrolmentDrive enrolmentDrive, StartupSupport startups, Internships internships) {

    /** No lever at all: no extra trainees or demand, multipliers 1, additions 0. */
    public static final PolicyEffects NONE = new PolicyEffects(0, 0, 0, new SectorValues(0, 0, 0), 1, 1, 0, 0, 0, 0);

    /** Without an insurance-expansion drive. */
    public PolicyEffects(double extraTrainees, double extraTraineesRuralShare, double extraCertificationRate,
                         SectorValues extraLabourDemand, double matchingEfficiencyMultiplier,
                         double separationRateMultiplier, double settlementRateAddition, double transferLogOddsShift,
                         double reservedPosts, double youngSeekerHireLogOdds) {
        this(extraTrainees, extraTraineesRuralShare, extraCertificationRate, extraLabourDemand,
                matchingEfficiencyMultiplier, separationRateMultiplier, settlementRateAddition, transferLogOddsShift,
                reservedPosts, youngSeekerHireLogOdds, EnrolmentDrive.NONE);
    }

    /** Without supported start-ups' founders or internships. */
    public PolicyEffects(double extraTrainees, double extraTraineesRuralShare, double extraCertificationRate,
                         SectorValues extraLabourDemand, double matchingEfficiencyMultiplier,
                         double separationRateMultiplier, double settlementRateAddition, double transferLogOddsShift,
                         double reservedPosts, double youngSeekerHireLogOdds, EnrolmentDrive enrolmentDrive) {
        this(extraTrainees, extraTraineesRuralShare, extraCertificationRate, extraLabourDemand,
                matchingEfficiencyMultiplier, separationRateMultiplier, settlementRateAddition, transferLogOddsShift,
                reservedPosts, youngSeekerHireLogOdds, enrolmentDrive, StartupSupport.NONE, Internships.NONE);
    }

    public PolicyEffects {
        if (enrolmentDrive == null) {
            throw new IllegalArgumentException("an enrolment drive is required (EnrolmentDrive.NONE for none)");
        }
        if (startups == null || internships == null) {
            throw new IllegalArgumentException("start-up support and internships are required (NONE for none)");
        }
        requireAtLeast(extraTrainees, 0, "extra trainees");
        requireShare(extraTraineesRuralShare, "rural share of extra trainees");
        requireShare(extraCertificationRate, "certification rate of extra trainees");
        if (extraLabourDemand == null) {
            throw new IllegalArgumentException("extra labour demand is required (zero in every sector for none)");
        }
        for (Sector s : Sector.values()) {
            requireAtLeast(extraLabourDemand.get(s), 0, "extra " + s.label() + " labour demand");
        }
        requireAtLeast(matchingEfficiencyMultiplier, 0, "matching efficiency multiplier");
        requireAtLeast(separationRateMultiplier, 0, "separation rate multiplier");
        requireShare(settlementRateAddition, "added settlement rate");
        requireFinite(transferLogOddsShift, "transfer log-odds shift");
        requireAtLeast(reservedPosts, 0, "reserved public-welfare posts");
        requireFinite(youngSeekerHireLogOdds, "young seekers' hire log-odds");
    }

    /** True when every field has its neutral value. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** The effects of two sets of levers acting in the same year (see the class comment for the rule). */
    public static PolicyEffects combine(PolicyEffects a, PolicyEffects b) {
        return new Builder().add(a).add(b).build();
    }

    /**
     * Accumulates the contributions of levers to one year's effects. Not thread-safe; one per year being combined.
     */
    public static final class Builder {
        private double trainees;
        private double ruralTrainees;
        private double certifiedTrainees;
        private final double[] demand = new double[Sector.values().length];
        private double matching = 1;
        private double separation = 1;
        private double settlement;
        private double transfer;
        private double posts;
        private double youngLogOdds;
        private EnrolmentDrive drive = EnrolmentDrive.NONE;
        private StartupSupport startups = StartupSupport.NONE;
        private Internships internships = Internships.NONE;

        /** Extra trainees (persons) with their rural share and certification rate (shares 0–1). */
        public Builder addTrainees(double persons, double ruralShare, double certificationRate) {
            requireAtLeast(persons, 0, "trainees");
            requireShare(ruralShare, "rural share of trainees");
            requireShare(certificationRate, "certification rate");
            trainees += persons;
            ruralTrainees += persons * ruralShare;
            certifiedTrainees += persons * certificationRate;
            return this;
        }

        /** Additional labour demand (persons) in one sector. */
        public Builder addLabourDemand(Sector sector, double persons) {
            requireAtLeast(persons, 0, "labour demand");
            demand[sector.ordinal()] += persons;
            return this;
        }

        /** Additional labour demand (persons) by sector. */
        public Builder addLabourDemand(SectorValues persons) {
            for (Sector s : Sector.values()) {
                addLabourDemand(s, persons.get(s));
            }
            return this;
        }

        public Builder multiplyMatchingEfficiency(double factor) {
            requireAtLeast(factor, 0, "matching efficiency factor");
            matching *= factor;
            return this;
        }

        public Builder multiplySeparationRate(double factor) {
            requireAtLeast(factor, 0, "separation rate factor");
            separation *= factor;
            return this;
        }

        /** A probability (0–1) added to the yearly hukou settlement rate. */
        public Builder addSettlementRate(double probability) {
            requireShare(probability, "added settlement rate");
            settlement += probability;
            return this;
        }

        public Builder addTransferLogOdds(double shift) {
            requireFinite(shift, "transfer log-odds shift");
            transfer += shift;
            return this;
        }

        /** Public-welfare posts in operation (persons). */
        public Builder addReservedPosts(double count) {
            requireAtLeast(count, 0, "public-welfare posts");
            posts += count;
            return this;
        }

        public Builder addYoungSeekerHireLogOdds(double shift) {
            requireFinite(shift, "young seekers' hire log-odds");
            youngLogOdds += shift;
            return this;
        }

        /** An insurance-expansion drive, combined with earlier ones as independent chances. */
        public Builder addEnrolmentDrive(EnrolmentDrive d) {
            drive = drive.and(d);
            return this;
        }

        /** Supported start-ups' founders and founders' jobs, added to earlier ones. */
        public Builder addStartups(StartupSupport s) {
            startups = startups.and(s);
            return this;
        }

        /** Internships, added to earlier ones (participants summed, gains participant-weighted). */
        public Builder addInternships(Internships i) {
            internships = internships.and(i);
            return this;
        }

        /** Everything in {@code e}, combined by the class's rule. */
        public Builder add(PolicyEffects e) {
            addTrainees(e.extraTrainees(), e.extraTraineesRuralShare(), e.extraCertificationRate());
            addLabourDemand(e.extraLabourDemand());
            multiplyMatchingEfficiency(e.matchingEfficiencyMultiplier());
            multiplySeparationRate(e.separationRateMultiplier());
            addSettlementRate(e.settlementRateAddition());
            addTransferLogOdds(e.transferLogOddsShift());
            addReservedPosts(e.reservedPosts());
            addYoungSeekerHireLogOdds(e.youngSeekerHireLogOdds());
            addEnrolmentDrive(e.enrolmentDrive());
            addStartups(e.startups());
            addInternships(e.internships());
            return this;
        }

        /**
         * The combined effects.
         *
         * @throws IllegalArgumentException when the sum of added settlement rates exceeds 1, or a value is not finite
         */
        public PolicyEffects build() {
            double rural = trainees > 0 ? Math.min(1, ruralTrainees / trainees) : 0;
            double certified = trainees > 0 ? Math.min(1, certifiedTrainees / trainees) : 0;
            return new PolicyEffects(trainees, rural, certified, SectorValues.of(demand), matching, separation,
                    settlement, transfer, posts, youngLogOdds, drive, startups, internships);
        }
    }

    private static void requireShare(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + v);
        }
    }

    private static void requireAtLeast(double v, double min, String what) {
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number of at least " + min + ", got " + v);
        }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, got " + v);
        }
    }
}
