package org.labourcast.scenario.labour;

import java.time.YearMonth;
import java.util.List;
import org.labourcast.ArrayValues;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;

/**
 * The {@code labour:} section of a scenario: the base-year facts the initial agents reproduce and the parameters
 * of each labour process. Units: persons for counts, shares 0–1 for rates, log-odds for logit effects, per year
 * for flows. Every part carries the source text the scenario gave for it. Immutable.
 *
 * @param base          base-year facts (end of the base year) the initial agent population is aligned to
 * @param hukou         initial urban-hukou shares and the yearly settlement (落户) rate
 * @param participation labour-force participation by age and sex, and the age of entry after schooling
 * @param retirement    statutory retirement and the optional 2024 reform
 * @param transfer      rural labour and its transfer to non-farm work
 * @param sectors       sector labour demand: output growth × employment elasticity
 * @param matching      separations and job matching
 * @param market        how vacancies are created: free entry around the labour-market tightness, with an Okun-type
 *                      cyclical term (docs/labour-model.md)
 * @param skills        training and skilled entrants
 * @param insurance     social-insurance enrolment of the base year, or null when the scenario models none
 * @param wages         how individual wages are computed, or null when the scenario models none
 * @param education     schooling of the agents and its effects ({@code labour.education}), or null when the
 *                      scenario models none
 * @param returnees     returning migrants' start-ups (返乡入乡创业), or null when the scenario models none
 * @param households    family households and zero-employment households (零就业家庭), or null when the scenario
 *                      models none
 */
public record LabourAssumptions(BaseYearFacts base, HukouAssumption hukou, ParticipationAssumption participation,
                                RetirementAssumption retirement, TransferAssumption transfer,
                                SectorDemandAssumption sectors, MatchingAssumption matching, MarketAssumption market,
                                SkillsAssumption skills, InsuranceAssumption insurance, WageAssumption wages,
                                EducationAssumption education, ReturneeAssumption returnees,
                                HouseholdAssumption households, String source) {

    // Withers: a test or a variant changes one part without naming the others, so a new component breaks
    // only this record.

    /** This record with base replaced; every other component kept. */
    public LabourAssumptions withBase(BaseYearFacts value) {
        return new LabourAssumptions(value, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, education, returnees, households, source);
    }

    /** This record with hukou replaced; every other component kept. */
    public LabourAssumptions withHukou(HukouAssumption value) {
        return new LabourAssumptions(base, value, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, education, returnees, households, source);
    }

    /** This record with participation replaced; every other component kept. */
    public LabourAssumptions withParticipation(ParticipationAssumption value) {
        return new LabourAssumptions(base, hukou, value, retirement, transfer, sectors, matching, market, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with retirement replaced; every other component kept. */
    public LabourAssumptions withRetirement(RetirementAssumption value) {
        return new LabourAssumptions(base, hukou, participation, value, transfer, sectors, matching, market, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with transfer replaced; every other component kept. */
    public LabourAssumptions withTransfer(TransferAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, value, sectors, matching, market, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with sectors replaced; every other component kept. */
    public LabourAssumptions withSectors(SectorDemandAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, value, matching, market, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with matching replaced; every other component kept. */
    public LabourAssumptions withMatching(MatchingAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, value, market, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with market replaced; every other component kept. */
    public LabourAssumptions withMarket(MarketAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, value, skills,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with skills replaced; every other component kept. */
    public LabourAssumptions withSkills(SkillsAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market, value,
                insurance, wages, education, returnees, households, source);
    }

    /** This record with insurance replaced (null for none); every other component kept. */
    public LabourAssumptions withInsurance(InsuranceAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, value, wages, education, returnees, households, source);
    }

    /** This record with wages replaced (null for none); every other component kept. */
    public LabourAssumptions withWages(WageAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, value, education, returnees, households, source);
    }

    /** This record with education replaced (null for none); every other component kept. */
    public LabourAssumptions withEducation(EducationAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, value, returnees, households, source);
    }

    /** This record with returnees replaced (null for none); every other component kept. */
    public LabourAssumptions withReturnees(ReturneeAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, education, value, households, source);
    }

    /** This record with households replaced (null for none); every other component kept. */
    public LabourAssumptions withHouseholds(HouseholdAssumption value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, education, returnees, value, source);
    }

    /** This record with source replaced; every other component kept. */
    public LabourAssumptions withSource(String value) {
        return new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors, matching, market,
                skills, insurance, wages, education, returnees, households, value);
    }

    /**
     * Base-year facts, as the plan states them.
     *
     * @param employed                   employed persons (城乡就业人员), residents
     * @param employedBySector           employed persons by sector; sums to {@code employed} (within 0.5%)
     * @param ruralLabourForce           rural labour force (农村劳动力), rural-hukou labour aged {@link
     *                                   TransferAssumption#ages()}, including those working outside the region
     * @param ruralLabourTransferred     of which in non-farm work, locally or away (转移就业)
     * @param skilledWorkers             employed persons with a vocational qualification (技能劳动者)
     * @param surveyedUnemploymentRate   urban surveyed unemployment rate (城镇调查失业率), share 0–1
     * @param registeredUnemploymentRate urban registered unemployment rate (城镇登记失业率), share 0–1
     * @param ruralUnemploymentRate      unemployed / labour force among rural residents, share 0–1
     */
    public record BaseYearFacts(double employed, SectorValues employedBySector, double ruralLabourForce,
                                double ruralLabourTransferred, double skilledWorkers, double surveyedUnemploymentRate,
                                double registeredUnemploymentRate, double ruralUnemploymentRate, String source) {
        public BaseYearFacts {
            requirePositive(employed, "employed");
            if (Math.abs(employedBySector.sum() - employed) > 0.005 * employed) {
                throw new IllegalArgumentException("employment by sector sums to " + employedBySector.sum()
                        + ", not the " + employed + " employed");
            }
            requireRange(ruralLabourTransferred, 0, ruralLabourForce, "rural labour transferred");
            requireRange(skilledWorkers, 0, employed, "skilled workers");
            requireShare(surveyedUnemploymentRate, "surveyed unemployment rate");
            requireShare(registeredUnemploymentRate, "registered unemployment rate");
            requireShare(ruralUnemploymentRate, "rural unemployment rate");
        }
    }

    /**
     * @param urbanShareUrbanResidents share of urban residents holding urban (non-agricultural) hukou
     * @param urbanShareRuralResidents share of rural residents holding urban hukou
     * @param settlementRate           yearly probability that an urban resident with rural hukou settles (gets urban
     *                                 hukou), a one-value series over time
     */
    public record HukouAssumption(double urbanShareUrbanResidents, double urbanShareRuralResidents,
                                  TimeSeries settlementRate, String source) {
        public HukouAssumption {
            requireShare(urbanShareUrbanResidents, "urban-hukou share of urban residents");
            requireShare(urbanShareRuralResidents, "urban-hukou share of rural residents");
        }
    }

    /**
     * @param entryAge the youngest age at which anyone is in the labour force (after schooling), e.g. 16
     * @param ages     contiguous age groups of the participation rates, the last open
     * @param male     participation rate (labour force / population) per group, shares 0–1
     */
    public record ParticipationAssumption(int entryAge, List<AgeGroup> ages, double[] male, double[] female,
                                          String source) {
        public ParticipationAssumption {
            ages = List.copyOf(ages);
            if (male.length != ages.size() || female.length != ages.size()) {
                throw new IllegalArgumentException("one participation rate per age group and sex");
            }
            male = male.clone();
            female = female.clone();
            for (int i = 0; i < male.length; i++) {
                requireShare(male[i], "male participation rate");
                requireShare(female[i], "female participation rate");
            }
        }

        @Override
        public double[] male() {
            return ArrayValues.copy(male);
        }

        @Override
        public double[] female() {
            return ArrayValues.copy(female);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParticipationAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {entryAge, ages, male, female, source};
        }
    }

    /**
     * Statutory retirement of covered workers (urban-hukou employees in non-farm work, who belong to the urban
     * employees' pension scheme): men 60, women cadres 55, women workers 50 before the reform.
     *
     * @param reformStart        the month the gradual reform starts (NPC Standing Committee decision of 2024-09-13:
     *                           2025-01), or null when the scenario models no reform
     * @param femaleCadreShare   share of covered women whose original retirement age is 55 (the rest 50)
     */
    public record RetirementAssumption(YearMonth reformStart, double femaleCadreShare, String source) {
        public RetirementAssumption {
            requireShare(femaleCadreShare, "female cadre share");
        }

        public boolean reform() {
            return reformStart != null;
        }
    }

    /**
     * Rural labour transfer: each year a rural-hukou farm worker aged {@code ages} moves to non-farm work with
     * probability expit(intercept + ageLogOdds[group] + skilledLogOdds·skilled + wageGapElasticity·ln(gap/gap₀)),
     * the intercept being solved so that the mean probability over the base-year farm workers is {@code baseRate}.
     *
     * @param ages               the ages that count as rural labour (e.g. 16–64)
     * @param baseRate           mean yearly transfer probability of farm workers in the base year
     * @param ageGroups          contiguous groups covering {@code ages} for the age effect
     * @param ageLogOdds         log-odds of transfer by age group, relative (any reference)
     * @param skilledLogOdds     log-odds added for skilled workers
     * @param wageGap            urban/rural income ratio over time (one-value series)
     * @param wageGapElasticity  log-odds per unit of ln(gap / base-year gap)
     * @param outMigrationWeight how much likelier rural labour is than others of the same age, sex and residence to be
     *                           among a cell's net out-migrants (≥ 0; 1 = no difference); those who leave keep
     *                           counting as transferred rural labour working away (外出)
     * @param returnToFarmRate   yearly probability that an unemployed rural-hukou person returns to farming
     */
    public record TransferAssumption(AgeGroup ages, double baseRate, List<AgeGroup> ageGroups, double[] ageLogOdds,
                                     double skilledLogOdds, TimeSeries wageGap, double wageGapElasticity,
                                     double outMigrationWeight, double returnToFarmRate, String source) {
        public TransferAssumption {
            ageGroups = List.copyOf(ageGroups);
            if (ageLogOdds.length != ageGroups.size()) {
                throw new IllegalArgumentException("one age log-odds per age group");
            }
            ageLogOdds = ageLogOdds.clone();
            if (!(baseRate > 0 && baseRate < 1)) {
                throw new IllegalArgumentException("base transfer rate must be in (0, 1), got " + baseRate);
            }
            if (!(outMigrationWeight >= 0)) {
                throw new IllegalArgumentException("out-migration weight must be >= 0");
            }
            requireShare(returnToFarmRate, "return-to-farm rate");
        }

        /** This record with ages replaced; every other component kept. */
        public TransferAssumption withAges(AgeGroup value) {
            return new TransferAssumption(value, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap,
                    wageGapElasticity, outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with baseRate replaced; every other component kept. */
        public TransferAssumption withBaseRate(double value) {
            return new TransferAssumption(ages, value, ageGroups, ageLogOdds, skilledLogOdds, wageGap,
                    wageGapElasticity, outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with ageGroups replaced; every other component kept. */
        public TransferAssumption withAgeGroups(List<AgeGroup> value) {
            return new TransferAssumption(ages, baseRate, value, ageLogOdds, skilledLogOdds, wageGap, wageGapElasticity,
                    outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with ageLogOdds replaced; every other component kept. */
        public TransferAssumption withAgeLogOdds(double[] value) {
            return new TransferAssumption(ages, baseRate, ageGroups, value, skilledLogOdds, wageGap, wageGapElasticity,
                    outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with skilledLogOdds replaced; every other component kept. */
        public TransferAssumption withSkilledLogOdds(double value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, value, wageGap, wageGapElasticity,
                    outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with wageGap replaced; every other component kept. */
        public TransferAssumption withWageGap(TimeSeries value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, value,
                    wageGapElasticity, outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with wageGapElasticity replaced; every other component kept. */
        public TransferAssumption withWageGapElasticity(double value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap, value,
                    outMigrationWeight, returnToFarmRate, source);
        }

        /** This record with outMigrationWeight replaced; every other component kept. */
        public TransferAssumption withOutMigrationWeight(double value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap,
                    wageGapElasticity, value, returnToFarmRate, source);
        }

        /** This record with returnToFarmRate replaced; every other component kept. */
        public TransferAssumption withReturnToFarmRate(double value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap,
                    wageGapElasticity, outMigrationWeight, value, source);
        }

        /** This record with source replaced; every other component kept. */
        public TransferAssumption withSource(String value) {
            return new TransferAssumption(ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap,
                    wageGapElasticity, outMigrationWeight, returnToFarmRate, value);
        }

        /** The log-odds of age group {@code group}, without copying the array (the engine asks per farm worker). */
        public double ageLogOdds(int group) {
            return ageLogOdds[group];
        }

        @Override
        public double[] ageLogOdds() {
            return ArrayValues.copy(ageLogOdds);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TransferAssumption other && ArrayValues.equal(componentValues(), other.componentValues());
        }

        @Override
        public int hashCode() {
            return ArrayValues.hash(componentValues());
        }

        @Override
        public String toString() {
            return ArrayValues.text(this, componentValues());
        }

        private Object[] componentValues() {
            return new Object[] {ages, baseRate, ageGroups, ageLogOdds, skilledLogOdds, wageGap, wageGapElasticity, outMigrationWeight, returnToFarmRate, source};
        }
    }

    /**
     * Sector labour demand: demand(t) = demand(t−1) × (1 + outputGrowth(t) × employmentElasticity), starting from
     * base-year employment by sector. The elasticity splits output growth between employment and labour productivity
     * (productivity grows by (1 − ε) × output growth). Under {@link VacancyRule#FREE_ENTRY} only the sectors' relative
     * demand matters: it sets the employment structure, while the level of employment follows labour supply.
     *
     * @param outputGrowth         real output growth per sector, a three-value series over time (0.07 = 7% a year)
     * @param employmentElasticity employment change per unit of output growth, by sector
     * @param adjustmentSpeed      share of a sector's excess employment over demand shed in a year (0–1)
     * @param history              observed employment structures, for reporting beside the projection
     */
    public record SectorDemandAssumption(TimeSeries outputGrowth, SectorValues employmentElasticity,
                                         double adjustmentSpeed, List<SectorHistory> history, String source) {
        public SectorDemandAssumption {
            requireShare(adjustmentSpeed, "adjustment speed");
            history = List.copyOf(history);
        }
    }

    /** An observed employment structure: sector shares summing to 1 (within 0.5%). */
    public record SectorHistory(int year, SectorValues shares, String source) {
        public SectorHistory {
            if (Math.abs(shares.sum() - 1) > 0.005) {
                throw new IllegalArgumentException("sector shares of " + year + " sum to " + shares.sum());
            }
        }
    }

    /**
     * Job separations and matching. Hires in a year = min(vacancies, efficiency × seekers^α × vacancies^(1−α))
     * (Cobb–Douglas matching function, Petrongolo &amp; Pissarides 2001).
     *
     * @param efficiency             matching efficiency (hires per seeker^α·vacancy^(1−α)), &gt; 0
     * @param unemploymentElasticity α, the elasticity of hires with respect to seekers, in (0, 1)
     * @param separationRate         yearly probability that an employee loses the job, by sector
     * @param skilledHireLogOdds     log-odds added for skilled seekers when hires are allocated
     * @param spells                 duration dependence, the base-year spell distribution and the disability shares
     *                               behind the hard-to-employ ({@link UnemploymentSpells#NONE} when not given)
     */
    public record MatchingAssumption(double efficiency, double unemploymentElasticity, SectorValues separationRate,
                                     double skilledHireLogOdds, UnemploymentSpells spells, String source) {
        /** Without spell assumptions: no duration dependence, every base-year spell under a year, no disability. */
        public MatchingAssumption(double efficiency, double unemploymentElasticity, SectorValues separationRate,
                                  double skilledHireLogOdds, String source) {
            this(efficiency, unemploymentElasticity, separationRate, skilledHireLogOdds, UnemploymentSpells.NONE,
                    source);
        }

        public MatchingAssumption {
            if (!(efficiency > 0)) {
                throw new IllegalArgumentException("matching efficiency must be > 0");
            }
            if (!(unemploymentElasticity > 0 && unemploymentElasticity < 1)) {
                throw new IllegalArgumentException("matching elasticity must be in (0, 1)");
            }
            for (Sector s : Sector.values()) {
                requireShare(separationRate.get(s), "separation rate");
            }
        }
    }

    /**
     * Unemployment spells (years unemployed, the agents' years in status) and the hard-to-employ (就业困难人员).
     * An unemployed seeker's weight when hires are shared is 1 in the first year of a spell, {@code
     * secondYearHireWeight} in the second and {@code laterYearHireWeight} from the third (duration dependence). At
     * the base year the unemployed are given spells by the shares below (the rest under a year), and agents
     * DISABLED flags by age.
     *
     * @param secondYearHireWeight    relative hiring weight in a spell's second year, in (0, 1]
     * @param laterYearHireWeight     relative hiring weight from the third year, in (0, 1]
     * @param baseOneToTwoYears       share of the base-year unemployed unemployed one to two years
     * @param baseTwoYearsAndOver     share unemployed two years or more (the two shares sum to at most 1)
     * @param disabledUnder40         share of persons aged 16–39 with a disability (残疾人)
     * @param disabled40to49          share aged 40–49
     * @param disabled50AndOver       share aged 50 and over
     * @param calibratedContinuity    whether only a share of those unemployed at two year ends keep their spell, set
     *                                so that the base year's long-term share holds at the first projected year's flows
     *                                (short jobs between, and official flows slower than the census durations imply;
     *                                see {@code SpellContinuity}); false: every spell continues
     */
    public record UnemploymentSpells(double secondYearHireWeight, double laterYearHireWeight,
                                     double baseOneToTwoYears, double baseTwoYearsAndOver, double disabledUnder40,
                                     double disabled40to49, double disabled50AndOver, boolean calibratedContinuity,
                                     String source) {
        /** No duration dependence, every base-year spell under a year, no one disabled, every spell continues. */
        public static final UnemploymentSpells NONE = new UnemploymentSpells(1, 1, 0, 0, 0, 0, 0, false,
                "not modelled");

        public UnemploymentSpells {
            requireRange(secondYearHireWeight, Double.MIN_VALUE, 1, "second-year hire weight");
            requireRange(laterYearHireWeight, Double.MIN_VALUE, 1, "later-year hire weight");
            requireShare(baseOneToTwoYears, "base-year share unemployed 1-2 years");
            requireShare(baseTwoYearsAndOver, "base-year share unemployed 2+ years");
            if (baseOneToTwoYears + baseTwoYearsAndOver > 1) {
                throw new IllegalArgumentException("base-year spell shares sum to more than 1");
            }
            requireShare(disabledUnder40, "disabled share 16-39");
            requireShare(disabled40to49, "disabled share 40-49");
            requireShare(disabled50AndOver, "disabled share 50+");
        }

        /** The hiring weight of an unemployed seeker with {@code years} whole years in unemployment. */
        public double hireWeight(int years) {
            return years <= 0 ? 1 : years == 1 ? secondYearHireWeight : laterYearHireWeight;
        }

        /** The share with a disability at an age (0 under 16). */
        public double disabledShare(int age) {
            return age < 16 ? 0 : age < 40 ? disabledUnder40 : age < 50 ? disabled40to49 : disabled50AndOver;
        }
    }

    /**
     * How many vacancies firms open. Under {@link VacancyRule#FREE_ENTRY} (the Diamond–Mortensen–Pissarides closure,
     * Pissarides 2000 ch. 1) firms open vacancies until a vacancy's expected value is nil, which pins the
     * labour-market tightness θ = vacancies / job seekers at a level set by productivity and hiring costs, not by the
     * size of the labour force: vacancies are θ(t) × seekers, so a shrinking labour force does not drive
     * unemployment to its frictional floor. θ moves with the cycle: θ(t) = θ* exp(κ (g(t) − ḡ)), g the output growth
     * of the year (sector growth weighted by base-year employment), ḡ its trend; κ is solved in the base year so that
     * the steady-state unemployment rate falls by {@code okunCoefficient} points per point of growth above trend
     * (Okun's law in gap form). {@link VacancyRule#OUTPUT_DEMAND} is the earlier rule — vacancies are sector demand
     * minus employment, demand growing with output whatever the supply — kept to show the difference.
     *
     * @param vacancies        the vacancy rule
     * @param trendGrowth      ḡ, real output growth around which the cycle is measured (0.07 = 7% a year)
     * @param okunCoefficient  β, fall of the unemployment rate (in points) per point of output growth above trend, ≥ 0
     * @param participationResponse η: the labour-force entry probabilities of women and of persons aged 50+ are scaled
     *                         by (θ/θ*)^η and their exit probabilities by (θ/θ*)^−η (the added- and discouraged-worker
     *                         effects, strongest for these groups), 0–5
     * @param migrationResponse μ: net out-migrants a year per urban resident unemployed beyond the base year's rate
     *                         (the unemployment gap with the neighbouring regions, whose rate is held at its base-year
     *                         distance), 0–2; 0 leaves net migration at its projection
     */
    public record MarketAssumption(VacancyRule vacancies, double trendGrowth, double okunCoefficient,
                                   double participationResponse, double migrationResponse, String source) {
        public MarketAssumption {
            if (vacancies == null) {
                throw new IllegalArgumentException("a vacancy rule is needed");
            }
            requireRange(trendGrowth, -0.5, 0.5, "trend growth");
            requireRange(okunCoefficient, 0, 2, "Okun coefficient");
            requireRange(participationResponse, 0, 5, "participation response");
            requireRange(migrationResponse, 0, 2, "migration response");
        }

        /** Whether net migration answers the labour market: μ above 0 ({@code MigrationResponse}). */
        public boolean migrationAnswersMarket() {
            return migrationResponse > 0;
        }

        /** This block with another migration response μ. */
        public MarketAssumption withMigrationResponse(double mu) {
            return new MarketAssumption(vacancies, trendGrowth, okunCoefficient, participationResponse, mu, source);
        }
    }

    /** How vacancies are created; see {@link MarketAssumption}. */
    public enum VacancyRule {
        /** Vacancies = θ(t) × seekers: firms enter until the tightness is at its (cyclical) equilibrium. */
        FREE_ENTRY,
        /** Vacancies = sector demand − employment, demand growing with output alone (the pre-0.2 rule). */
        OUTPUT_DEMAND
    }

    /**
     * @param trainees            persons completing subsidised vocational training per year (one-value series)
     * @param certificationRate   share of trainees who become skilled (gain a qualification)
     * @param ruralLabourShare    share of trainees drawn from rural labour (农民工), the rest from other workers
     *                            and the unemployed
     * @param entrantSkilledShare share of labour-force entrants who enter skilled (vocational graduates)
     */
    public record SkillsAssumption(TimeSeries trainees, double certificationRate, double ruralLabourShare,
                                   double entrantSkilledShare, String source) {
        public SkillsAssumption {
            requireShare(certificationRate, "certification rate");
            requireShare(ruralLabourShare, "rural labour share of trainees");
            requireShare(entrantSkilledShare, "skilled share of entrants");
        }
    }

    static void requireShare(double v, String what) {
        requireRange(v, 0, 1, what);
    }

    static void requireRange(double v, double lo, double hi, String what) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    static void requirePositive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }
}
