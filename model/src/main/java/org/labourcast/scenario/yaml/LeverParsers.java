package org.labourcast.scenario.yaml;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.policy.EntrepreneurshipSupport;
import org.labourcast.policy.GraduateEmployment;
import org.labourcast.policy.GraduateInternships;
import org.labourcast.policy.HukouEasing;
import org.labourcast.policy.InsuranceExpansion;
import org.labourcast.policy.JobRetentionRefund;
import org.labourcast.policy.JobTerms;
import org.labourcast.policy.LeverInfo;
import org.labourcast.policy.NewMarketEntities;
import org.labourcast.policy.PublicEmploymentServices;
import org.labourcast.policy.PublicWelfarePosts;
import org.labourcast.policy.RetirementReform;
import org.labourcast.policy.SectorClusterGrowth;
import org.labourcast.policy.Span;
import org.labourcast.policy.StartupGuaranteeLoans;
import org.labourcast.policy.VocationalTraining;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.NumberRange;
import org.labourcast.yaml.YamlNode;

/**
 * The parser of each lever type's {@code levers:} entry (docs/levers.md), registered by YAML name in
 * {@link LeverCatalog}. Each reads the entry's parameters (not {@code type}) through {@link LeverFields}, reporting
 * every mistake as a located {@link InputException}. Here, in the reader, so that the lever records of
 * {@code org.labourcast.policy} are values that know nothing of YAML.
 */
final class LeverParsers {
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String NONE = "none";

    private LeverParsers() {
    }

    static EntrepreneurshipSupport entrepreneurshipSupport(LeverFields p) {
        Span span = p.span();
        double startups = p.number("startups", NumberRange.atLeast(0, "start-ups per year"));
        double perStartup = p.numberOr("jobs_per_startup",
                NumberRange.atLeast(1, "jobs per start-up, the founder included"),
                Defaults.JOBS_PER_STARTUP, "Sichuan plan ch.1 §1 314.8万 / 81.4万, docs/levers.md");
        String who = p.fields().optionalChoice("founders", EntrepreneurshipSupport.Founders.UNEMPLOYED.label,
                EntrepreneurshipSupport.Founders.RETURNEES.label).orElse(EntrepreneurshipSupport.Founders.UNEMPLOYED.label);
        EntrepreneurshipSupport.Founders founders = java.util.Arrays.stream(EntrepreneurshipSupport.Founders.values())
                .filter(f -> f.label.equals(who)).findFirst().orElseThrow();
        JobTerms jobs = jobTerms(p);
        LeverInfo info = p.info();
        return p.build(() -> new EntrepreneurshipSupport(info, span, startups, perStartup, jobs, founders));
    }

    static GraduateInternships graduateInternships(LeverFields p) {
        Span span = p.span();
        double participants = p.number("participants", NumberRange.atLeast(0, "interns per year"));
        double gain = p.number("placement_gain", NumberRange.SHARE);
        LeverInfo info = p.info();
        return p.build(() -> new GraduateInternships(info, span, participants, gain));
    }

    static GraduateEmployment graduateEmployment(LeverFields p) {
        Span span = p.span();
        double participants = p.number("participants", NumberRange.atLeast(0, "persons per year"));
        double young = p.number("young_seekers", NumberRange.above(0, "seekers aged 16-24"));
        if (participants > young) {
            throw p.error("participants", "more participants (" + NumberRange.plain(participants) + ") than young seekers ("
                    + NumberRange.plain(young) + ")", "young_seekers is the pool of seekers aged 16-24 they come from");
        }
        double logOdds = p.number("participant_hire_log_odds", NumberRange.LOG_ODDS);
        LeverInfo info = p.info();
        return p.build(() -> new GraduateEmployment(info, span, participants, young, logOdds));
    }

    static HukouEasing hukouEasing(LeverFields p) {
        Span span = p.span();
        double settlement = p.number("settlement_rate_increase", NumberRange.SHARE);
        double transfer = p.number("transfer_log_odds", NumberRange.LOG_ODDS);
        LeverInfo info = p.info();
        return p.build(() -> new HukouEasing(info, span, settlement, transfer));
    }

    static InsuranceExpansion insuranceExpansion(LeverFields p) {
        Span span = p.span();
        String label = p.fields().choice("group", "rural_hukou", "urban_hukou", "all");
        InsuranceExpansion.Group group = java.util.Arrays.stream(InsuranceExpansion.Group.values())
                .filter(g -> g.label.equals(label)).findFirst().orElseThrow();
        double unemployment = p.number("unemployment_uptake", NumberRange.SHARE);
        double injury = p.number("injury_uptake", NumberRange.SHARE);
        // Optional: a drive that names no pension uptake does not act on the pension (the field is not a default).
        double pension = p.optionalNumber("pension_uptake", NumberRange.SHARE).orElse(0);
        LeverInfo info = p.info();
        return p.build(() -> new InsuranceExpansion(info, span, group, unemployment, injury, pension));
    }

    static JobRetentionRefund jobRetentionRefund(LeverFields p) {
        Span span = p.span();
        double insured = p.number("insured_share", NumberRange.SHARE);
        double recipients = p.number("recipient_share", NumberRange.SHARE);
        double reduction = p.number("separation_reduction", NumberRange.SHARE);
        LeverInfo info = p.info();
        return p.build(() -> new JobRetentionRefund(info, span, insured, recipients, reduction));
    }

    static JobTerms jobTerms(LeverFields p) {
        double additionality = p.number("additionality", NumberRange.SHARE);
        SectorValues shares = p.sectorShares("sector_shares");
        double survival = p.numberOr("job_survival", NumberRange.SHARE, Defaults.JOB_SURVIVAL,
                "SAIC 2013 全国内资企业生存时间分析报告, docs/levers.md");
        return p.build(() -> new JobTerms(additionality, shares, survival));
    }

    static NewMarketEntities newMarketEntities(LeverFields p) {
        Span span = p.span();
        double entities = p.number("entities", NumberRange.atLeast(0, "entities per year"));
        double perEntity = p.numberOr("jobs_per_entity", NumberRange.atLeast(0, "jobs per entity"),
                Defaults.JOBS_PER_ENTITY, "Xiangtan measure 十一, a plan ratio, docs/levers.md");
        JobTerms jobs = jobTerms(p);
        LeverInfo info = p.info();
        return p.build(() -> new NewMarketEntities(info, span, entities, perEntity, jobs));
    }

    static PublicEmploymentServices publicEmploymentServices(LeverFields p) {
        Span span = p.span();
        List<PublicEmploymentServices.Capacity> capacities = new ArrayList<>();
        for (String measure : PublicEmploymentServices.MEASURES) {
            if (p.has(measure)) {
                Fields c = p.fields().fields(measure);
                NumberRange range = PublicEmploymentServices.SERVICE_CIRCLE_COVERAGE.equals(measure)
                        ? new NumberRange(0, true, 1, false, "a share of the labour force")
                        : NumberRange.above(0, PublicEmploymentServices.JOB_FAIRS.equals(measure)
                                ? "job fairs per year" : "service points");
                double baseline = range.check(c.node("baseline"));
                double planned = range.check(c.node("planned"));
                c.optionalString("source");
                c.finish();
                capacities.add(p.build(() -> new PublicEmploymentServices.Capacity(measure, baseline, planned)));
            }
        }
        if (capacities.isEmpty()) {
            throw p.fields().errorHere("missing value: give at least one of "
                    + String.join(", ", PublicEmploymentServices.MEASURES)
                    + ", each as {baseline: x, planned: y}");
        }
        double elasticity = p.number("elasticity", NumberRange.closed(0, 1, "an elasticity of matching efficiency"));
        LeverInfo info = p.info();
        return p.build(() -> new PublicEmploymentServices(info, span, capacities, elasticity));
    }

    static PublicWelfarePosts publicWelfarePosts(LeverFields p) {
        Span span = p.span();
        double posts = p.number("posts", NumberRange.atLeast(0, "posts in operation"));
        LeverInfo info = p.info();
        return p.build(() -> new PublicWelfarePosts(info, span, posts));
    }

    static RetirementReform retirementReform(LeverFields p) {
        Fields f = p.fields();
        for (String key : List.of("from", "to", "phase_in_years")) {
            if (f.mapping().containsKey(key)) {
                throw new InputException(f.mapping().keyLocation(key), f.path() + "." + key,
                        "a retirement_reform lever has no '" + key + "'",
                        "write start: YYYY-MM for the month the reform starts, or start: none");
            }
        }
        YamlNode node = f.node("start");
        String text = Fields.toText(node);
        Optional<YearMonth> start;
        if (text.equals(NONE)) {
            start = Optional.empty();
        } else {
            Matcher m = YEAR_MONTH.matcher(text);
            int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (month < 1 || month > 12) {
                String hint = Fields.closestName(text, List.of(NONE)) != null ? "did you mean 'none'?"
                        : "write start: 2025-01 (YYYY-MM), or start: none for no reform";
                throw new InputException(node.location(), node.path(), "expected a month like 2025-01 or 'none', got '"
                        + text + "'", hint);
            }
            YearMonth month0 = YearMonth.of(Integer.parseInt(m.group(1)), month);
            YearMonth earliest = YearMonth.of(p.context().baseYear(), 1);
            YearMonth latest = YearMonth.of(p.context().horizon(), 12);
            if (month0.isBefore(earliest) || month0.isAfter(latest)) {
                throw new InputException(node.location(), node.path(), "the reform start " + text + " must fall between "
                        + earliest + " (January of the base year) and " + latest + " (the horizon)",
                        "the 2024 statutory reform starts 2025-01; write start: none for no reform");
            }
            start = Optional.of(month0);
        }
        LeverInfo info = p.info();
        return p.build(() -> new RetirementReform(info, start));
    }

    static SectorClusterGrowth sectorClusterGrowth(LeverFields p) {
        Span span = p.span();
        Sector sector = p.sector("sector");
        double jobs = p.number("net_jobs_per_year", NumberRange.atLeast(0, "persons per year"));
        LeverInfo info = p.info();
        return p.build(() -> new SectorClusterGrowth(info, span, sector, jobs));
    }

    static StartupGuaranteeLoans startupGuaranteeLoans(LeverFields p) {
        Span span = p.span();
        boolean byAmount = p.exactlyOne("amount_yuan", "loans",
                "give either 'amount_yuan' (yuan lent a year) or 'loans' (loans a year)");
        StartupGuaranteeLoans.Lending lending;
        if (byAmount) {
            refuse(p, "jobs_per_loan", "'jobs_per_loan' goes with 'loans'; with 'amount_yuan' write jobs_per_10k_yuan");
            double yuan = p.number("amount_yuan", NumberRange.atLeast(0, "yuan per year"));
            double perTenThousand = p.numberOr("jobs_per_10k_yuan", NumberRange.atLeast(0, "jobs per 1万 yuan"),
                    Defaults.JOBS_PER_10K_YUAN, "Yunnan HRSS 2021, docs/levers.md");
            lending = p.build(() -> new StartupGuaranteeLoans.ByAmount(yuan, perTenThousand));
        } else {
            refuse(p, "jobs_per_10k_yuan", "'jobs_per_10k_yuan' goes with 'amount_yuan'; with 'loans' write"
                    + " jobs_per_loan");
            double loans = p.number("loans", NumberRange.atLeast(0, "loans per year"));
            double perLoan = p.numberOr("jobs_per_loan", NumberRange.atLeast(0, "jobs per loan"), Defaults.JOBS_PER_LOAN,
                    "Yunnan HRSS 2021, docs/levers.md");
            lending = p.build(() -> new StartupGuaranteeLoans.ByCount(loans, perLoan));
        }
        JobTerms jobs = jobTerms(p);
        LeverInfo info = p.info();
        StartupGuaranteeLoans.Lending l = lending;
        return p.build(() -> new StartupGuaranteeLoans(info, span, l, jobs));
    }

    static void refuse(LeverFields p, String key, String why) {
        if (p.has(key)) {
            throw p.error(key, "not a parameter of this form", why);
        }
    }

    static VocationalTraining vocationalTraining(LeverFields p) {
        Span span = p.span();
        double trainees = p.number("trainees", NumberRange.PERSONS);
        double rural = p.numberOr("rural_labour_share", NumberRange.SHARE, p.context().skillsRuralLabourShare(),
                "labour.skills.rural_labour_share");
        double certification = p.numberOr("certification_rate", NumberRange.SHARE, p.context().skillsCertificationRate(),
                "labour.skills.certification_rate");
        LeverInfo info = p.info();
        return p.build(() -> new VocationalTraining(info, span, trainees, rural, certification));
    }
}
