package org.labourcast.scenario.yaml;

import static org.labourcast.scenario.yaml.SharedReaders.ageGroup;
import static org.labourcast.scenario.yaml.SharedReaders.anchor;
import static org.labourcast.scenario.yaml.SharedReaders.contiguousAgeGroups;
import static org.labourcast.scenario.yaml.SharedReaders.exactlyOne;
import static org.labourcast.scenario.yaml.SharedReaders.numbers;
import static org.labourcast.scenario.yaml.SharedReaders.plain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.TimeSeries;
import org.labourcast.demography.AgeGroup;
import org.labourcast.scenario.labour.EducationAssumption;
import org.labourcast.scenario.labour.HouseholdAssumption;
import org.labourcast.scenario.labour.InsuranceAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.BaseYearFacts;
import org.labourcast.scenario.labour.LabourAssumptions.HukouAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.MarketAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.MatchingAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.ParticipationAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.RetirementAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.SectorDemandAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.SectorHistory;
import org.labourcast.scenario.labour.LabourAssumptions.SkillsAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.TransferAssumption;
import org.labourcast.scenario.labour.LabourAssumptions.UnemploymentSpells;
import org.labourcast.scenario.labour.LabourAssumptions.VacancyRule;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.ReturneeAssumption;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.scenario.labour.WageAssumption;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.NumberRange;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlSequence;
import org.labourcast.yaml.YamlScalar;

/**
 * Reads a scenario's {@code labour:} section (docs/scenario-format.md) into {@link LabourAssumptions}, with the same
 * strictness as {@link ScenarioReader}: every failure is an {@link InputException} at the offending value, and rules
 * the records enforce are checked here first so that the error points at the right field.
 *
 * <p>One rule for citations: any single number (not a list item or a per-sector value) may be written plainly,
 * {@code employed: 1784000}, or with its own source, {@code employed: {value: 1784000, source: "..."}}; a series
 * field also takes {@code {values: [{year|period, value}], source}}; and a per-sector mapping may carry a
 * {@code source}, as may each entry of a series. Such sources are kept after the block's own source, as
 * {@code "block | field: text"} (an entry's as {@code "field 2020: text"}).
 */
final class LabourReader {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String NO_REFORM = "none";
    /** Employment by sector must match the total within this relative tolerance. */
    private static final double SECTOR_SUM_TOLERANCE = 0.005;

    private static final NumberRange PERSONS = NumberRange.atLeast(0, "persons");
    private static final NumberRange SHARE = NumberRange.closed(0, 1, "a share");
    private static final NumberRange RATE = NumberRange.closed(0, 1, "a yearly rate");
    private static final NumberRange LOG_ODDS = NumberRange.closed(-10, 10, "log-odds");
    private static final NumberRange GROWTH = NumberRange.closed(-0.5, 0.5, "yearly growth, 0.07 = 7%");
    private static final NumberRange ELASTICITY = NumberRange.closed(-5, 5, "an elasticity");

    private final int baseYear;
    private final int horizon;
    private final int maxAge;
    private final double basePopulation;

    /**
     * @param basePopulation residents in the base population (persons), the upper bound of plausible employment
     */
    LabourReader(int baseYear, int horizon, int maxAge, double basePopulation) {
        this.baseYear = baseYear;
        this.horizon = horizon;
        this.maxAge = maxAge;
        this.basePopulation = basePopulation;
    }

    LabourAssumptions read(Fields f) {
        String source = f.string("source");
        BaseYearFacts base = base(f.fields("base"));
        HukouAssumption hukou = hukou(f.fields("hukou"));
        ParticipationAssumption participation = participation(f.fields("participation"));
        RetirementAssumption retirement = retirement(f.fields("retirement"));
        TransferAssumption transfer = transfer(f.fields("transfer"));
        SectorDemandAssumption sectors = sectors(f.fields("sectors"));
        MatchingAssumption matching = matching(f.fields("matching"));
        MarketAssumption market = market(f.fields("market"));
        SkillsAssumption skills = skills(f.fields("skills"));
        InsuranceAssumption insurance = f.optionalFields("insurance").map(i -> insurance(i, base)).orElse(null);
        WageAssumption wages = f.optionalFields("wages").map(this::wages).orElse(null);
        EducationAssumption education = f.optionalFields("education").map(this::education).orElse(null);
        ReturneeAssumption returnees = f.optionalFields("returnees").map(r -> returnees(r, base)).orElse(null);
        HouseholdAssumption households = f.optionalFields("households").map(this::households).orElse(null);
        f.finish();
        return build(f, () -> new LabourAssumptions(base, hukou, participation, retirement, transfer, sectors,
                matching, market, skills, insurance, wages, education, returnees, households, source));
    }

    // ---- blocks ----

    private BaseYearFacts base(Fields f) {
        Sources sources = new Sources(f.string("source"));
        double employed = number(f, "employed", NumberRange.above(0, "persons"), sources);
        if (employed > basePopulation) {
            throw f.error("employed", "more persons employed (" + plain(employed) + ") than live in the base population"
                    + " (" + plain(Math.rint(basePopulation)) + ")", "counts are persons: 178.4万 is written 1784000");
        }
        SectorValues bySector = sectorValues(f, "employed_by_sector", PERSONS, sources);
        double sum = bySector.sum();
        if (Math.abs(sum - employed) > SECTOR_SUM_TOLERANCE * employed) {
            throw f.error("employed_by_sector", String.format(Locale.ROOT,
                    "employment by sector must sum to 'employed' within 0.5%%: the sectors sum to %s but employed is %s"
                            + " (%+.2f%%)", plain(sum), plain(employed), 100 * (sum - employed) / employed));
        }
        double ruralLabour = number(f, "rural_labour_force", PERSONS, sources);
        double transferred = number(f, "rural_labour_transferred", PERSONS, sources);
        if (transferred > ruralLabour) {
            throw f.error("rural_labour_transferred", "rural labour transferred (" + plain(transferred)
                    + ") cannot exceed the rural labour force (" + plain(ruralLabour) + ")");
        }
        double skilled = number(f, "skilled_workers", PERSONS, sources);
        if (skilled > employed) {
            throw f.error("skilled_workers", "skilled workers (" + plain(skilled) + ") cannot exceed the "
                    + plain(employed) + " employed");
        }
        double surveyed = number(f, "surveyed_unemployment_rate", SHARE, sources);
        double registered = number(f, "registered_unemployment_rate", SHARE, sources);
        double rural = number(f, "rural_unemployment_rate", SHARE, sources);
        f.finish();
        return build(f, () -> new BaseYearFacts(employed, bySector, ruralLabour, transferred, skilled, surveyed,
                registered, rural, sources.text()));
    }

    private HukouAssumption hukou(Fields f) {
        Sources sources = new Sources(f.string("source"));
        Fields share = f.fields("urban_hukou_share");
        double urban = SHARE.check(share.node("urban_residents"));
        double rural = SHARE.check(share.node("rural_residents"));
        share.optionalString("source").ifPresent(s -> sources.add("urban_hukou_share", s));
        share.finish();
        TimeSeries settlement = series(f, "settlement_rate", RATE, sources);
        f.finish();
        return build(f, () -> new HukouAssumption(urban, rural, settlement, sources.text()));
    }

    private ParticipationAssumption participation(Fields f) {
        Sources sources = new Sources(f.string("source"));
        int entryAge = integer(f, "entry_age", 10, 30, sources);
        List<AgeGroup> ages = contiguousAgeGroups(f, "ages", true);
        AgeGroup first = ages.get(0);
        if (first.start() > entryAge) {
            throw f.error("ages", "the first age group " + first.label() + " starts after the entry age " + entryAge,
                    "start the groups at or below entry_age; rates below entry_age are not used");
        }
        AgeGroup last = ages.get(ages.size() - 1);
        if (last.start() > maxAge) {
            throw f.error("ages", "the open group " + last.label() + " starts above the open age " + maxAge);
        }
        double[] male = numbers(f, "male", ages.size(), 0, 1);
        double[] female = numbers(f, "female", ages.size(), 0, 1);
        f.finish();
        return build(f, () -> new ParticipationAssumption(entryAge, ages, male, female, sources.text()));
    }

    private RetirementAssumption retirement(Fields f) {
        Sources sources = new Sources(f.string("source"));
        YearMonth start = reformStart(f, sources);
        double cadreShare = number(f, "female_cadre_share", SHARE, sources);
        f.finish();
        return build(f, () -> new RetirementAssumption(start, cadreShare, sources.text()));
    }

    /** {@code reform: none} (null), or {@code reform: {start: YYYY-MM}} within the projection. */
    private YearMonth reformStart(Fields f, Sources sources) {
        YamlNode node = f.node("reform");
        if (node instanceof YamlScalar s) {
            String text = Fields.toText(s);
            if (text.equals(NO_REFORM)) {
                return null;
            }
            String hint = YEAR_MONTH.matcher(text).matches() ? "write reform: {start: " + text + "}"
                    : Fields.closestName(text, List.of(NO_REFORM)) != null ? "did you mean 'none'?"
                    : "write reform: none, or reform: {start: 2025-01}";
            throw new InputException(s.location(), s.path(),
                    "expected 'none' or a mapping {start: YYYY-MM}, got '" + text + "'", hint);
        }
        Fields reform = f.fields("reform");
        YamlNode startNode = reform.node("start");
        String text = Fields.toText(startNode);
        Matcher m = YEAR_MONTH.matcher(text);
        int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (month < 1 || month > 12) {
            throw new InputException(startNode.location(), startNode.path(),
                    "expected a month like 2025-01, got '" + text + "'", "write the start as YYYY-MM");
        }
        YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), month);
        YearMonth earliest = YearMonth.of(baseYear, 1);
        YearMonth latest = YearMonth.of(horizon, 12);
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            throw new InputException(startNode.location(), startNode.path(), "the reform start " + text
                    + " must fall between " + earliest + " (January of the base year) and " + latest
                    + " (the horizon)", "the 2024 statutory reform starts 2025-01; write reform: none for no reform");
        }
        reform.optionalString("source").ifPresent(s -> sources.add("reform", s));
        reform.finish();
        return start;
    }

    private TransferAssumption transfer(Fields f) {
        Sources sources = new Sources(f.string("source"));
        AgeGroup ages = ageGroup(f.node("ages"));
        if ((!ages.open() && ages.width() < 2) || ages.start() > maxAge || (!ages.open() && ages.end() > maxAge)) {
            throw f.error("ages", "the rural labour ages must span several years below the open age " + maxAge
                    + ", got " + ages.label(), "e.g. 16-64");
        }
        double baseRate = number(f, "base_rate", NumberRange.between(0, 1, "a yearly probability"), sources);
        List<AgeGroup> groups = contiguousAgeGroups(f, "age_groups", ages.open());
        AgeGroup first = groups.get(0);
        AgeGroup last = groups.get(groups.size() - 1);
        boolean covers = first.start() == ages.start()
                && (ages.open() ? last.open() : !last.open() && last.end() == ages.end());
        if (!covers) {
            String span = first.start() + (last.open() ? "+" : "-" + last.end());
            throw f.error("age_groups", "the age groups cover " + span + ", not exactly the transfer ages "
                    + ages.label(), "make them start at " + ages.start()
                    + (ages.open() ? " and end with an open group" : " and end at " + ages.end()));
        }
        double[] ageLogOdds = numbers(f, "age_log_odds", groups.size(), -10, 10);
        double skilledLogOdds = number(f, "skilled_log_odds", LOG_ODDS, sources);
        TimeSeries wageGap = series(f, "wage_gap", NumberRange.above(0, "an urban/rural income ratio"), sources);
        double elasticity = number(f, "wage_gap_elasticity", NumberRange.closed(-10, 10, "log-odds per unit of ln(gap)"),
                sources);
        double outMigrationWeight = number(f, "out_migration_weight", NumberRange.atLeast(0, "a relative weight"), sources);
        double returnRate = number(f, "return_to_farm_rate", RATE, sources);
        f.finish();
        return build(f, () -> new TransferAssumption(ages, baseRate, groups, ageLogOdds, skilledLogOdds, wageGap,
                elasticity, outMigrationWeight, returnRate, sources.text()));
    }

    private SectorDemandAssumption sectors(Fields f) {
        Sources sources = new Sources(f.string("source"));
        List<TimeAnchor> anchors = new ArrayList<>();
        List<double[]> growth = new ArrayList<>();
        for (Fields e : f.fieldsList("output_growth")) {
            anchors.add(anchor(e));
            double[] g = new double[Sector.values().length];
            for (Sector s : Sector.values()) {
                g[s.ordinal()] = GROWTH.check(e.node(s.label()));
            }
            growth.add(g);
            String label = anchors.get(anchors.size() - 1).label();
            e.optionalString("source").ifPresent(text -> sources.add("output_growth " + label, text));
            e.finish();
        }
        TimeSeries outputGrowth = SharedReaders.series(f, "output_growth", anchors, growth);
        SectorValues elasticity = sectorValues(f, "employment_elasticity", ELASTICITY, sources);
        Fields elasticityFields = f.fields("employment_elasticity");
        for (int i = 0; i < growth.size(); i++) {
            for (Sector s : Sector.values()) {
                double factor = 1 + growth.get(i)[s.ordinal()] * elasticity.get(s);
                if (!(factor > 0)) {
                    throw elasticityFields.error(s.label(), "with output growth " + plain(growth.get(i)[s.ordinal()])
                            + " (" + anchors.get(i).label() + ") this elasticity would make " + s.label()
                            + " labour demand fall to nothing or below in a year",
                            "demand changes by output growth × elasticity a year, which must stay above -100%");
                }
            }
        }
        double adjustment = number(f, "adjustment_speed", SHARE, sources);
        List<SectorHistory> history = new ArrayList<>();
        if (f.has("history")) {
            int previous = Integer.MIN_VALUE;
            for (Fields e : f.fieldsList("history")) {
                int year = e.integer("year", 1949, baseYear);
                if (year <= previous) {
                    throw e.error("year", "history years must increase, got " + year + " after " + previous);
                }
                previous = year;
                Fields sharesFields = e.fields("shares");
                double[] shares = new double[Sector.values().length];
                for (Sector s : Sector.values()) {
                    shares[s.ordinal()] = SHARE.check(sharesFields.node(s.label()));
                }
                sharesFields.finish();
                double sum = shares[0] + shares[1] + shares[2];
                if (Math.abs(sum - 1) > SECTOR_SUM_TOLERANCE) {
                    throw e.error("shares", String.format(Locale.ROOT,
                            "sector shares must sum to 1 within 0.005, got %s", plain(sum)),
                            "give shares as fractions: 42.9:21.6:35.5 is 0.429, 0.216, 0.355");
                }
                String source = e.string("source");
                e.finish();
                history.add(build(e, () -> new SectorHistory(year, SectorValues.of(shares), source)));
            }
        }
        f.finish();
        return build(f, () -> new SectorDemandAssumption(outputGrowth, elasticity, adjustment, history,
                sources.text()));
    }

    private MatchingAssumption matching(Fields f) {
        Sources sources = new Sources(f.string("source"));
        double efficiency = number(f, "efficiency", NumberRange.above(0, "hires per seeker^α·vacancy^(1−α)"), sources);
        double alpha = number(f, "unemployment_elasticity", NumberRange.between(0, 1, "the elasticity α of hires"), sources);
        SectorValues separation = sectorValues(f, "separation_rate", RATE, sources);
        double skilledLogOdds = number(f, "skilled_hire_log_odds", LOG_ODDS, sources);
        UnemploymentSpells spells = f.optionalFields("unemployment_spells").map(this::spells)
                .orElse(UnemploymentSpells.NONE);
        f.finish();
        return build(f, () -> new MatchingAssumption(efficiency, alpha, separation, skilledLogOdds, spells,
                sources.text()));
    }

    /** {@code matching.unemployment_spells}: duration dependence, base-year spells, disability shares. */
    private UnemploymentSpells spells(Fields f) {
        Sources sources = new Sources(f.string("source"));
        NumberRange weight = NumberRange.closed(0.01, 1, "a hiring weight relative to the first year of a spell");
        double second = number(f, "second_year_hire_weight", weight, sources);
        double later = number(f, "later_year_hire_weight", weight, sources);
        Fields base = f.fields("base_spell_shares");
        double oneToTwo = SHARE.check(base.node("one_to_two_years"));
        double twoPlus = SHARE.check(base.node("two_years_and_over"));
        if (oneToTwo + twoPlus > 1) {
            throw base.errorHere("the spell shares sum to " + plain(oneToTwo + twoPlus) + ", more than 1: they are"
                    + " shares of the base-year unemployed (those under a year are the rest)");
        }
        base.optionalString("source").ifPresent(text -> sources.add("base_spell_shares", text));
        base.finish();
        Fields disabled = f.fields("disabled_share");
        double under40 = SHARE.check(disabled.node("ages_16_39"));
        double forties = SHARE.check(disabled.node("ages_40_49"));
        double older = SHARE.check(disabled.node("ages_50_and_over"));
        disabled.optionalString("source").ifPresent(text -> sources.add("disabled_share", text));
        disabled.finish();
        boolean calibrated = f.optionalChoice("continuity", "calibrated", "full").filter("calibrated"::equals)
                .isPresent();
        f.finish();
        return build(f, () -> new UnemploymentSpells(second, later, oneToTwo, twoPlus, under40, forties, older,
                calibrated, sources.text()));
    }

    private MarketAssumption market(Fields f) {
        Sources sources = new Sources(f.string("source"));
        VacancyRule rule = "output_demand".equals(f.choice("vacancies", "free_entry", "output_demand"))
                ? VacancyRule.OUTPUT_DEMAND : VacancyRule.FREE_ENTRY;
        double trend = number(f, "trend_growth", GROWTH, sources);
        double okun = number(f, "okun_coefficient", NumberRange.closed(0, 2,
                "points of unemployment per point of output growth"), sources);
        double response = number(f, "participation_response", NumberRange.closed(0, 5,
                "the elasticity of entry and exit with respect to the tightness"), sources);
        double migration = number(f, "migration_response", NumberRange.closed(0, 2,
                "net out-migrants a year per person unemployed beyond the base-year rate"), sources);
        f.finish();
        return build(f, () -> new MarketAssumption(rule, trend, okun, response, migration, sources.text()));
    }

    private SkillsAssumption skills(Fields f) {
        Sources sources = new Sources(f.string("source"));
        TimeSeries trainees = series(f, "trainees", PERSONS, sources);
        double certification = number(f, "certification_rate", SHARE, sources);
        double ruralShare = number(f, "rural_labour_share", SHARE, sources);
        double entrantShare = number(f, "entrant_skilled_share", SHARE, sources);
        f.finish();
        return build(f, () -> new SkillsAssumption(trainees, certification, ruralShare, entrantShare,
                sources.text()));
    }

    /**
     * {@code education:} the calibration value (the census average years of schooling 15+), the continuation rates
     * of the base year (higher education as a series: its path afterwards), the cohort trend and gaps, and the
     * effects (docs/scenario-format.md).
     */
    private EducationAssumption education(Fields f) {
        Sources sources = new Sources(f.string("source"));
        double mean = number(f, "mean_years_15_plus", NumberRange.closed(0, 16,
                "average years of schooling, census rule 0/6/9/12/16"), sources);
        Fields c = f.fields("continuation");
        double primary = number(c, "primary", SHARE, sources);
        double junior = number(c, "junior_secondary", SHARE, sources);
        double senior = number(c, "senior_secondary", SHARE, sources);
        TimeSeries higher = series(c, "higher", SHARE, sources);
        double bachelor = number(c, "bachelor_share", SHARE, sources);
        double postgraduate = number(c, "postgraduate", SHARE, sources);
        c.optionalString("source").ifPresent(text -> sources.add("continuation", text));
        c.finish();
        Fields t = f.fields("cohort_trend");
        NumberRange trend = NumberRange.closed(0, 1, "log-odds per calendar year");
        double[] trends = {number(t, "primary", trend, sources), number(t, "junior_secondary", trend, sources),
            number(t, "senior_secondary", trend, sources), number(t, "higher", trend, sources)};
        t.optionalString("source").ifPresent(text -> sources.add("cohort_trend", text));
        t.finish();
        double female = number(f, "female_log_odds", LOG_ODDS, sources);
        double urban = number(f, "urban_log_odds", LOG_ODDS, sources);
        Fields e = f.fields("effects");
        NumberRange perYear = NumberRange.closed(-1, 1, "log-odds per year of schooling");
        double hire = number(e, "hire_log_odds_per_year", perYear, sources);
        double transfer = number(e, "transfer_log_odds_per_year", perYear, sources);
        boolean students = e.bool("students_inactive");
        double placement = graduatePlacement(e, sources);
        e.optionalString("source").ifPresent(text -> sources.add("effects", text));
        e.finish();
        f.finish();
        return build(f, () -> new EducationAssumption(mean, primary, junior, senior, higher, bachelor, postgraduate,
                trends, female, urban, hire, transfer, students, placement, sources.text()));
    }

    /**
     * {@code effects.graduate_placement}, optional (NaN when absent); it acts only with {@code students_inactive: true}
     * (docs/scenario-format.md), so a run that switches students off keeps a valid file.
     */
    private static double graduatePlacement(Fields e, Sources sources) {
        return e.has("graduate_placement") ? number(e, "graduate_placement", NumberRange.between(0, 1,
                "a share of the year's graduates"), sources) : Double.NaN;
    }

    /** {@code insurance:} the base year's enrolment by scheme; a scheme enrols non-farm employees only. */
    private InsuranceAssumption insurance(Fields f, BaseYearFacts base) {
        Sources sources = new Sources(f.string("source"));
        InsuranceAssumption.Scheme unemployment = scheme(f, "unemployment", base, sources);
        InsuranceAssumption.Scheme injury = scheme(f, "injury", base, sources);
        InsuranceAssumption.Pension pension = f.optionalFields("pension").map(p -> pension(p, sources)).orElse(null);
        f.finish();
        return build(f, () -> new InsuranceAssumption(unemployment, injury, pension, sources.text()));
    }

    /** {@code insurance.pension:} basic pension enrolment of the base year (both schemes), at most the population. */
    private InsuranceAssumption.Pension pension(Fields f, Sources sources) {
        Sources own = sources.scoped("pension.");
        double enrolled = number(f, "enrolled", PERSONS, own);
        if (enrolled > basePopulation) {
            throw f.error("enrolled", "more persons enrolled (" + plain(enrolled) + ") than the base-year population ("
                    + plain(basePopulation) + ")", "counts are persons: 249.4万 is written 2494000");
        }
        double hires = number(f, "new_employee_enrolment", SHARE, own);
        f.optionalString("source").ifPresent(s -> sources.add("pension", s));
        f.finish();
        return build(f, () -> new InsuranceAssumption.Pension(enrolled, hires));
    }

    /**
     * {@code wages:} the base-year average wage, the sectors' relative wages and the Mincer and productivity terms of
     * an individual wage (see {@link WageAssumption}).
     */
    private WageAssumption wages(Fields f) {
        Sources sources = new Sources(f.string("source"));
        double baseWage = number(f, "base_wage", NumberRange.above(0, "yuan a year, e.g. 68960"), sources);
        Fields ratio = f.fields("sector_ratio");
        Sources ratioSources = sources.scoped("sector_ratio.");
        NumberRange ratioRange = NumberRange.closed(0.1, 10, "a wage ratio, 1 = the reference");
        double secondary = number(ratio, "secondary", ratioRange, ratioSources);
        double tertiary = number(ratio, "tertiary", ratioRange, ratioSources);
        ratio.optionalString("source").ifPresent(s -> sources.add("sector_ratio", s));
        ratio.finish();
        double returns = number(f, "return_to_schooling",
                NumberRange.closed(0, 0.5, "log points a year of schooling, 0.08 = 8%"), sources);
        double mean = number(f, "mean_schooling_years", NumberRange.closed(0, 19, "years of schooling"), sources);
        double linear = number(f, "experience",
                NumberRange.closed(0, 0.5, "log points a year of experience, e.g. 0.035"), sources);
        double quadratic = number(f, "experience_squared",
                NumberRange.closed(-0.05, 0, "log points a year of experience squared, e.g. -0.0006"), sources);
        double premium = number(f, "skill_premium",
                NumberRange.closed(1, 5, "the wage ratio of skilled workers, 1.15 = 15% more"), sources);
        double passThrough = number(f, "productivity_pass_through",
                NumberRange.closed(0, 2, "an elasticity, 1 = wages grow with labour productivity"), sources);
        f.finish();
        return build(f, () -> new WageAssumption(baseWage, secondary, tertiary, returns, mean, linear, quadratic,
                premium, passThrough, sources.text()));
    }

    private static InsuranceAssumption.Scheme scheme(Fields parent, String key, BaseYearFacts base, Sources sources) {
        Fields f = parent.fields(key);
        Sources own = sources.scoped(key + ".");
        double enrolled = number(f, "enrolled", PERSONS, own);
        double nonFarm = base.employedBySector().secondary() + base.employedBySector().tertiary();
        if (enrolled > nonFarm) {
            throw f.error("enrolled", "more persons enrolled (" + plain(enrolled) + ") than employed in non-farm work"
                    + " in the base year (" + plain(nonFarm) + ", labour.base.employed_by_sector)",
                    "counts are persons: 26.8万 is written 268000");
        }
        double rural = number(f, "rural_hukou_coverage", SHARE, own);
        // Optional: without it coverage changes only with hiring and job loss (no drift is assumed, and none drawn).
        double uptake = f.has("uptake") ? number(f, "uptake", SHARE, own) : 0;
        f.optionalString("source").ifPresent(s -> sources.add(key, s));
        f.finish();
        return new InsuranceAssumption.Scheme(enrolled, rural, uptake);
    }

    /**
     * {@code returnees:} returning migrants' start-ups (返乡入乡创业): the base year's stock of returnee entrepreneurs,
     * who are employed, so no more than the base year's employed.
     */
    private ReturneeAssumption returnees(Fields f, BaseYearFacts base) {
        Sources sources = new Sources(f.string("source"));
        double stock = number(f, "base_entrepreneurs", PERSONS, sources);
        if (stock > base.employedBySector().sum()) {
            throw f.error("base_entrepreneurs", "more returnee entrepreneurs (" + plain(stock) + ") than employed in"
                    + " the base year (" + plain(base.employedBySector().sum()) + ", labour.base.employed_by_sector)",
                    "counts are persons: 1.9万 is written 19000");
        }
        double returnRate = number(f, "return_rate", RATE, sources);
        double startupShare = number(f, "startup_share", SHARE, sources);
        f.finish();
        return build(f, () -> new ReturneeAssumption(stock, returnRate, startupShare, sources.text()));
    }

    /**
     * {@code households:} family households from the census household size, and the help zero-employment households
     * get (零就业家庭动态清零).
     */
    private HouseholdAssumption households(Fields f) {
        Sources sources = new Sources(f.string("source"));
        double mean = number(f, "mean_size", NumberRange.closed(1, HouseholdAssumption.SIZES,
                "persons per family household"), sources);
        double onePerson = number(f, "one_person_share", SHARE, sources);
        Fields shapeFields = f.fields("size_shape");
        YamlSequence seq = shapeFields.sequence("shares");
        if (seq.size() != HouseholdAssumption.SIZES) {
            throw shapeFields.error("shares", "expected " + HouseholdAssumption.SIZES + " shares (households of 1,"
                    + " 2, ..., 9 and 10 or more persons), got " + seq.size());
        }
        double[] shape = new double[HouseholdAssumption.SIZES];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = SHARE.check(seq.get(i));
        }
        shapeFields.optionalString("source").ifPresent(text -> sources.add("size_shape", text));
        shapeFields.finish();
        double collective = number(f, "collective_share", NumberRange.closed(0, 0.5,
                "a share of residents"), sources);
        double found = number(f, "found_share", SHARE, sources);
        double help = number(f, "zero_employment_help", SHARE, sources);
        f.finish();
        return build(f, () -> new HouseholdAssumption(mean, onePerson, shape, collective, found, help,
                sources.text()));
    }

    // ---- value forms ----

    /** A number written {@code key: x} or {@code key: {value: x, source: "..."}}. */
    private static double number(Fields f, String key, NumberRange range, Sources sources) {
        return range.check(valueNode(f, key, sources));
    }

    /** A whole number written {@code key: n} or {@code key: {value: n, source: "..."}}, within [min, max]. */
    private static int integer(Fields f, String key, int min, int max, Sources sources) {
        YamlNode n = valueNode(f, key, sources);
        int v = Fields.toInteger(n);
        if (v < min || v > max) {
            throw new InputException(n.location(), n.path(), "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    private static YamlNode valueNode(Fields f, String key, Sources sources) {
        YamlNode n = f.node(key);
        if (!(n instanceof YamlMapping)) {
            return n;
        }
        Fields v = f.fields(key);
        YamlNode value = v.node("value");
        v.optionalString("source").ifPresent(s -> sources.add(key, s));
        v.finish();
        return value;
    }

    /**
     * A one-number series: {@code x} or {@code {value: x}} (constant), or {@code {values: [{year|period, value}]}},
     * the mapping forms with an optional {@code source}.
     */
    private static TimeSeries series(Fields f, String key, NumberRange range, Sources sources) {
        YamlNode n = f.node(key);
        if (!(n instanceof YamlMapping)) {
            return TimeSeries.constant(range.check(n));
        }
        Fields s = f.fields(key);
        exactlyOne(s, "value", "values", "give either 'value' (constant) or 'values' (a list of year/period entries)");
        TimeSeries out;
        if (s.has("value")) {
            out = TimeSeries.constant(range.check(s.node("value")));
        } else {
            List<TimeAnchor> anchors = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (Fields e : s.fieldsList("values")) {
                TimeAnchor at = anchor(e);
                anchors.add(at);
                values.add(new double[] {range.check(e.node("value"))});
                e.optionalString("source").ifPresent(text -> sources.add(key + " " + at.label(), text));
                e.finish();
            }
            out = SharedReaders.series(s, "values", anchors, values);
        }
        s.optionalString("source").ifPresent(text -> sources.add(key, text));
        s.finish();
        return out;
    }

    /** {@code {primary: a, secondary: b, tertiary: c}} with an optional {@code source}. */
    private static SectorValues sectorValues(Fields f, String key, NumberRange range, Sources sources) {
        Fields s = f.fields(key);
        double[] v = new double[Sector.values().length];
        for (Sector sector : Sector.values()) {
            v[sector.ordinal()] = range.check(s.node(sector.label()));
        }
        s.optionalString("source").ifPresent(text -> sources.add(key, text));
        s.finish();
        return SectorValues.of(v);
    }

    /** Builds a record; a rule it enforces that the reader did not check first becomes an error at the block. */
    private static <T> T build(Fields f, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException ex) {
            throw f.errorHere(ex.getMessage());
        }
    }

    /** The block's source followed by any field's own source. */
    private static final class Sources {
        private final StringBuilder text;

        private final String prefix;

        Sources(String blockSource) {
            this(new StringBuilder(blockSource), "");
        }

        private Sources(StringBuilder text, String prefix) {
            this.text = text;
            this.prefix = prefix;
        }

        /** The same sources, naming fields {@code prefix + field} (a nested block's fields). */
        Sources scoped(String fieldPrefix) {
            return new Sources(text, prefix + fieldPrefix);
        }

        void add(String field, String source) {
            text.append(" | ").append(prefix).append(field).append(": ").append(source);
        }

        String text() {
            return text.toString();
        }
    }
}
