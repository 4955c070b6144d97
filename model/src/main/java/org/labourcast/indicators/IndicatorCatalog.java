package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.indicators.IndicatorInfo.Unit;

/**
 * Names and units of the indicators the engines produce: the demographic ones for every scenario, the labour ones
 * ({@link #labourNames()}) only for scenarios with a {@code labour:} section. Shares and rates are fractions (0–1);
 * populations, employment and flows are persons; flows (births, deaths, net migration, rural-urban movers, new urban jobs) are
 * per calendar year and absent for the base year.
 */
public final class IndicatorCatalog {
    public static final String POPULATION_TOTAL = "population_total";
    public static final String POPULATION_URBAN = "population_urban";
    public static final String POPULATION_RURAL = "population_rural";
    public static final String URBANIZATION_RATE = "urbanization_rate";
    public static final String BIRTHS = "births";
    public static final String DEATHS = "deaths";
    public static final String NET_MIGRATION = "net_migration";
    /** Residents who moved from rural to urban residence in the year (the rural-urban move, 乡城迁移). */
    public static final String RURAL_URBAN_MOVERS = "rural_urban_movers";
    public static final String MOVE_INTENSITY = "rural_urban_move_intensity";
    /**
     * Indicator names renamed by issue 18 (old → new): scenario files and {@code --set} using the old names are read
     * with a deprecation warning (docs/scenario-format.md, "Migration of renamed fields").
     */
    public static final Map<String, String> RENAMED = Map.of(
            "rural_urban_transfers", "rural_urban_movers",
            "rural_urban_transfer_intensity", "rural_urban_move_intensity");
    /**
     * A hint for an indicator name that is not among {@code known} because of the issue-18 rename: the new name when
     * {@code name} is an old one that {@code known} has under its new name, the old name when {@code name} is a new
     * one and {@code known} (results written before the rename) has the old; otherwise null.
     */
    public static String renameHint(String name, java.util.Collection<String> known) {
        String newer = RENAMED.get(name);
        if (newer != null && known.contains(newer)) {
            return "'" + name + "' was renamed '" + newer + "' (docs/scenario-format.md, \"Migration of renamed"
                    + " fields\"): use '" + newer + "'";
        }
        for (Map.Entry<String, String> e : RENAMED.entrySet()) {
            if (e.getValue().equals(name) && known.contains(e.getKey())) {
                return "these results were written before '" + e.getKey() + "' was renamed '" + name + "': use '"
                        + e.getKey() + "', or run the scenario again";
            }
        }
        return null;
    }

    /** The Chinese name of each renamed indicator, for the warnings. */
    public static final Map<String, String> RENAMED_ZH = Map.of(
            "rural_urban_movers", "乡城迁移人数",
            "rural_urban_move_intensity", "乡城迁移强度");
    public static final String AGEING_SHARE_45_59 = "ageing_share_45_59";
    public static final String SHARE_60_PLUS = "share_60_plus";
    public static final String SHARE_65_PLUS = "share_65_plus";
    public static final String OLD_AGE_DEPENDENCY_RATIO = "old_age_dependency_ratio";
    /**
     * Residents aged 16 and over, the population NBS labour statistics cover: the denominator of the participation
     * rate labour_force / population_16_plus in the decomposition of scenario differences (docs/comparison.md).
     */
    public static final String POPULATION_16_PLUS = "population_16_plus";

    private IndicatorCatalog() {
    }

    public static String workingAgePopulation(AgeBand band) {
        return "working_age_population_" + band.suffix();
    }

    public static String workingAgeShare(AgeBand band) {
        return workingAgePopulation(band) + "_share";
    }

    /** Every indicator name produced for the given working-age definitions, in output order. */
    public static List<String> names(List<AgeBand> workingAge) {
        List<String> names = new ArrayList<>(List.of(POPULATION_TOTAL, POPULATION_URBAN, POPULATION_RURAL,
                URBANIZATION_RATE, BIRTHS, DEATHS, NET_MIGRATION, RURAL_URBAN_MOVERS, MOVE_INTENSITY));
        for (AgeBand band : workingAge) {
            names.add(workingAgePopulation(band));
            names.add(workingAgeShare(band));
        }
        names.add(POPULATION_16_PLUS);
        names.addAll(List.of(AGEING_SHARE_45_59, SHARE_60_PLUS, SHARE_65_PLUS, OLD_AGE_DEPENDENCY_RATIO));
        return names;
    }

    /**
     * The indicators the labour model produces, in output order. They exist only for scenarios with a
     * {@code labour:} section, so targets on them are accepted only there.
     */
    public static List<String> labourNames() {
        return LabourIndicators.NAMES;
    }

    /** True for an indicator of the labour model (see {@link #labourNames()}). */
    public static boolean isLabour(String name) {
        return LabourIndicators.NAMES.contains(name);
    }

    /** True for indicators that are fractions 0–1 (charts show them as percentages). */
    public static boolean isShare(String name) {
        return name.equals(URBANIZATION_RATE) || name.endsWith("_share") || name.startsWith("share_")
                || name.equals(AGEING_SHARE_45_59) || name.equals(OLD_AGE_DEPENDENCY_RATIO)
                || name.equals(MOVE_INTENSITY) || LabourIndicators.isShare(name);
    }

    /** True for the three sector shares of employment, parts of a whole (they sum to 1). */
    public static boolean isSectorShare(String name) {
        return name.equals(LabourIndicators.SECTOR_SHARE_PRIMARY) || name.equals(LabourIndicators.SECTOR_SHARE_SECONDARY)
                || name.equals(LabourIndicators.SECTOR_SHARE_TERTIARY);
    }

    /** True for average years of schooling (unit: years). */
    public static boolean isYears(String name) {
        return LabourIndicators.isYears(name);
    }

    /** True for flows, which have no value in the base year. */
    public static boolean isFlow(String name) {
        return name.equals(BIRTHS) || name.equals(DEATHS) || name.equals(NET_MIGRATION)
                || name.equals(RURAL_URBAN_MOVERS) || name.equals(MOVE_INTENSITY)
                || LabourIndicators.isFlow(name);
    }

    /**
     * Every indicator for the given working-age bands, described: the demographic ones, then, with {@code labour},
     * the labour model's, in output order.
     */
    public static List<IndicatorInfo> describe(List<AgeBand> workingAge, boolean labour) {
        List<IndicatorInfo> out = new ArrayList<>();
        for (String n : names(workingAge)) {
            out.add(describe(n).orElseThrow());
        }
        if (labour) {
            for (String n : labourNames()) {
                out.add(describe(n).orElseThrow());
            }
        }
        return out;
    }

    /** The indicator's unit and definitions, or empty for a name the engines do not produce. */
    public static Optional<IndicatorInfo> describe(String name) {
        Matcher m = WORKING_AGE.matcher(name);
        if (m.matches()) {
            String from = m.group(1);
            String to = m.group(2);
            return Optional.of(m.group(3) == null
                    ? new IndicatorInfo(name, Unit.PERSONS, false, false, "Residents aged " + from + "-" + to,
                            from + "—" + to + "岁常住人口")
                    : new IndicatorInfo(name, Unit.SHARE, false, false,
                            "Residents aged " + from + "-" + to + " / all residents",
                            from + "—" + to + "岁人口占常住人口的比重"));
        }
        String[] d = DEFINITIONS.get(name);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorInfo(name, unitOf(name), isFlow(name), isLabour(name), d[0], d[1]));
    }

    private static Unit unitOf(String name) {
        if (name.equals(MOVE_INTENSITY) || name.equals(LabourIndicators.AVERAGE_WAGE_GROWTH)) {
            return Unit.RATE_PER_YEAR;
        }
        if (LabourIndicators.isYuan(name)) {
            return Unit.YUAN_PER_YEAR;
        }
        if (isShare(name)) {
            return Unit.SHARE;
        }
        if (isYears(name)) {
            return Unit.YEARS;
        }
        if (LabourIndicators.isPersonsPerHousehold(name)) {
            return Unit.PERSONS_PER_HOUSEHOLD;
        }
        if (LabourIndicators.isHouseholds(name)) {
            return isFlow(name) ? Unit.HOUSEHOLDS_PER_YEAR : Unit.HOUSEHOLDS;
        }
        // A running total and the vacancies left at the year's end are counts, not yearly flows.
        boolean perYear = isFlow(name) && !name.equals(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE)
                && !name.equals(LabourIndicators.UNFILLED_VACANCIES)
                && !name.equals(LabourIndicators.GRADUATES_UNEMPLOYED);
        return perYear ? Unit.PERSONS_PER_YEAR : Unit.PERSONS;
    }

    private static final Pattern WORKING_AGE = Pattern.compile("working_age_population_(\\d+)_(\\d+)(_share)?");

    /** English and Chinese definitions; stocks refer to the end of the year, flows to the calendar year. */
    private static final Map<String, String[]> DEFINITIONS = new LinkedHashMap<>();

    private static void define(String name, String en, String zh) {
        DEFINITIONS.put(name, new String[] {en, zh});
    }

    static {
        define(POPULATION_TOTAL, "Resident (常住) population at the end of the year", "年末常住人口");
        define(POPULATION_URBAN, "Urban residents at the end of the year", "年末城镇常住人口");
        define(POPULATION_RURAL, "Rural residents at the end of the year", "年末乡村常住人口");
        define(URBANIZATION_RATE, "Urban residents / all residents (常住人口城镇化率)", "城镇常住人口占常住人口的比重");
        define(BIRTHS, "Live births in the calendar year", "年内出生人口");
        define(DEATHS, "Deaths in the calendar year, infants born in it included", "年内死亡人口（含当年出生后死亡的婴儿）");
        define(NET_MIGRATION, "Net migrants in the calendar year (in minus out; negative is net out-migration)",
                "年内净迁移人口（迁入减迁出，负值为净迁出）");
        define(RURAL_URBAN_MOVERS, "Rural residents who became urban residents in the year (moves to towns and"
                + " reclassification)", "年内由乡村常住人口转为城镇常住人口的人数（进城与城乡划分调整）");
        define(MOVE_INTENSITY, "The rural-urban move rate at the age profile's peak age, before the cap",
                "乡城迁移强度：年龄模式峰值年龄的年迁移率（封顶前）");
        define(POPULATION_16_PLUS, "Residents aged 16 and over (the population NBS labour statistics cover)",
                "16岁及以上常住人口（国家统计局劳动统计的覆盖范围）");
        define(AGEING_SHARE_45_59, "Persons aged 45-59 / persons aged 15-59 (ageing within working age)",
                "45—59岁人口占15—59岁人口的比重（劳动年龄人口老化）");
        define(SHARE_60_PLUS, "Residents aged 60 and over / all residents", "60岁及以上人口占常住人口的比重");
        define(SHARE_65_PLUS, "Residents aged 65 and over / all residents", "65岁及以上人口占常住人口的比重");
        define(OLD_AGE_DEPENDENCY_RATIO, "Persons aged 65+ / persons aged 15-64 (UN definition)",
                "65岁及以上人口与15—64岁人口之比（联合国定义）");
        define(LabourIndicators.RURAL_LABOUR_FORCE, "Rural-hukou persons of rural-labour age in the labour force,"
                + " residents plus those working away (农村劳动力)", "农业户籍、劳动年龄内的劳动力，含外出务工者");
        define(LabourIndicators.RURAL_LABOUR_TRANSFERRED, "Rural labour in non-farm work, locally or away (转移就业)",
                "从事非农工作的农村劳动力（本地或外出）");
        define(LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, "Rural labour in non-farm work / rural labour force",
                "农村劳动力转移就业人数占农村劳动力的比重");
        define(LabourIndicators.RURAL_LABOUR_AWAY, "Rural labour working outside the region (外出)",
                "在本地区以外务工的农村劳动力（外出）");
        define(LabourIndicators.LABOUR_FORCE, "Employed plus unemployed residents", "就业人员与失业人员之和");
        define(LabourIndicators.EMPLOYMENT_TOTAL, "Employed residents (城乡就业人员)", "城乡就业人员");
        define(LabourIndicators.EMPLOYMENT_PRIMARY, "Employed residents in the primary sector (farming, forestry,"
                + " animal husbandry, fishing)", "第一产业（农林牧渔业）就业人员");
        define(LabourIndicators.EMPLOYMENT_SECONDARY, "Employed residents in the secondary sector (industry,"
                + " construction)", "第二产业（工业、建筑业）就业人员");
        define(LabourIndicators.EMPLOYMENT_TERTIARY, "Employed residents in the tertiary sector (services)",
                "第三产业（服务业）就业人员");
        define(LabourIndicators.SECTOR_SHARE_PRIMARY, "Primary-sector employment / all employment (三次产业就业结构)",
                "第一产业就业人员占全部就业人员的比重");
        define(LabourIndicators.SECTOR_SHARE_SECONDARY, "Secondary-sector employment / all employment",
                "第二产业就业人员占全部就业人员的比重");
        define(LabourIndicators.SECTOR_SHARE_TERTIARY, "Tertiary-sector employment / all employment",
                "第三产业就业人员占全部就业人员的比重");
        define(LabourIndicators.URBAN_EMPLOYMENT_SHARE, "Employed urban residents / all employed (城镇就业占比)",
                "城镇就业人员占全部就业人员的比重");
        define(LabourIndicators.NEW_URBAN_JOBS, "New urban jobs as MOHRSS counts them (城镇新增就业): hires of urban"
                + " residents into non-farm jobs in the year minus natural attrition (retirement, death, exit at 50+)",
                "城镇新增就业（人社部口径）：年内城镇累计新就业人数减自然减员（退休、死亡、50岁以上退出劳动力）");
        define(LabourIndicators.NEW_URBAN_JOBS_CUMULATIVE, "New urban jobs summed from the year after the base year",
                "基期次年起城镇新增就业的累计数");
        define(LabourIndicators.URBAN_HIRES, "Gross hires of urban residents into non-farm jobs in the year, before"
                + " attrition", "年内城镇累计新就业人数（未扣除自然减员）");
        define(LabourIndicators.SURVEYED_UNEMPLOYMENT_RATE, "Unemployed / labour force among urban residents"
                + " (城镇调查失业率)", "城镇常住人口中失业人员占劳动力的比重");
        define(LabourIndicators.REGISTERED_UNEMPLOYMENT_RATE, "Registered unemployed (urban hukou) / (urban employed"
                + " + registered unemployed) (城镇登记失业率)", "城镇登记失业人员 /（城镇就业人员 + 城镇登记失业人员）");
        define(LabourIndicators.SKILLED_WORKERS, "Employed persons with a vocational qualification (技能劳动者)",
                "取得职业资格或职业技能等级的就业人员");
        define(LabourIndicators.UNFILLED_VACANCIES, "Non-farm vacancies left after matching (劳动力缺口)",
                "匹配后仍未填补的非农岗位（劳动力缺口）");
        define(LabourIndicators.MEAN_YEARS_SCHOOLING_16_59, "Average years of schooling of residents aged 16-59"
                + " (劳动年龄人口平均受教育年限; 小学 6, 初中 9, 高中 12, 大专 15, 本科 16, 研究生 19)",
                "16—59岁常住人口平均受教育年限（小学6年、初中9年、高中12年、大专15年、本科16年、研究生19年）");
        define(LabourIndicators.MEAN_YEARS_SCHOOLING_15_PLUS, "Average years of schooling of residents aged 15 and"
                + " over, census rule (小学 6, 初中 9, 高中 12, 大专及以上 16)",
                "15岁及以上常住人口平均受教育年限（普查口径：小学6年、初中9年、高中12年、大专及以上16年）");
        define(LabourIndicators.HIGHER_EDUCATION_SHARE_16_59, "Residents aged 16-59 with higher education (大专及以上)"
                + " / residents aged 16-59", "16—59岁常住人口中具有大学（大专及以上）文化程度的比重");
        define(LabourIndicators.GRADUATES, "Higher-education graduates of the year (大专, 本科, 研究生) living in the"
                + " region", "年内高校毕业生（大专、本科、研究生，本地常住）");
        define(LabourIndicators.GRADUATE_PLACEMENT_RATE, "The year's graduates employed at the year's end / the"
                + " year's graduates (年末就业率)", "当年高校毕业生年末就业人数占当年毕业生的比重（年末就业率）");
        define(LabourIndicators.GRADUATES_UNEMPLOYED, "The year's graduates unemployed at the year's end"
                + " (离校未就业高校毕业生)", "当年高校毕业生中年末仍失业的人数（离校未就业高校毕业生）");
        define(LabourIndicators.LONG_TERM_UNEMPLOYED, "Urban unemployed residents unemployed a year or more at the"
                + " year end (长期失业人员, ILO/MOHRSS threshold of 12 months)", "年末城镇失业人员中连续失业1年及以上的人数");
        define(LabourIndicators.LONG_TERM_UNEMPLOYMENT_SHARE, "Long-term unemployed / urban unemployed (长期失业比重)",
                "长期失业人员占城镇失业人员的比重");
        define(LabourIndicators.HARD_TO_EMPLOY, "Registered unemployed who are hard to employ at the year end"
                + " (就业困难人员: unemployed a year or more, women 40+ and men 50+, or disabled; zero-employment"
                + " households and 低保 recipients not modelled)", "年末登记失业人员中的就业困难人员（连续失业1年以上、"
                + "女40周岁以上男50周岁以上的大龄失业人员、残疾人；未含零就业家庭成员和低保对象）");
        define(LabourIndicators.UNEMPLOYED_REEMPLOYED, "Registered unemployed who found work in the year"
                + " (失业人员再就业)", "年内实现再就业的登记失业人员（失业人员再就业）");
        define(LabourIndicators.HARD_TO_EMPLOY_REEMPLOYED, "Hard-to-employ registered unemployed who found work in"
                + " the year (就业困难人员实现就业)", "年内实现就业的就业困难人员（就业困难人员实现就业）");
        define(LabourIndicators.HARD_TO_EMPLOY_PLACEMENT_RATE, "Hard to employ placed in the year / (placed + hard"
                + " to employ left at the year end)", "年内实现就业的就业困难人员 /（实现就业人数 + 年末就业困难人员）");
        define(LabourIndicators.UNEMPLOYMENT_INSURED, "Employed persons enrolled in unemployment insurance at the year"
                + " end (失业保险参保人数)", "年末参加失业保险的就业人员（失业保险参保人数）");
        define(LabourIndicators.INJURY_INSURED, "Employed persons enrolled in work-injury insurance at the year end"
                + " (工伤保险参保人数)", "年末参加工伤保险的就业人员（工伤保险参保人数）");
        define(LabourIndicators.UNEMPLOYMENT_INSURED_SHARE, "Persons enrolled in unemployment insurance / employed"
                + " persons in non-farm work", "失业保险参保人数占非农就业人员的比重");
        define(LabourIndicators.INJURY_INSURED_SHARE, "Persons enrolled in work-injury insurance / employed persons"
                + " in non-farm work", "工伤保险参保人数占非农就业人员的比重");
        define(LabourIndicators.PENSION_INSURED, "Persons enrolled in a basic pension scheme at the year end,"
                + " employees' or urban and rural residents' (基本养老保险参保人数)", "年末参加基本养老保险（城镇职工或城乡居民）的人数");
        define(LabourIndicators.PENSION_INSURED_SHARE, "Persons enrolled in a basic pension scheme / residents aged"
                + " 16 and over outside higher education", "基本养老保险参保人数占16岁及以上非在校常住人口的比重");
        define(LabourIndicators.AVERAGE_WAGE, "Average yearly wage of urban residents employed in non-farm work"
                + " (城镇全部单位就业人员平均工资), yuan in base-year prices", "城镇非农就业人员年平均工资（元，基年价格）");
        define(LabourIndicators.AVERAGE_WAGE_GROWTH, "Growth of the average wage over the previous year (real)",
                "平均工资比上年增长（实际）");
        define(LabourIndicators.RETURNEE_ENTREPRENEURS, "Returning migrant workers who started a business, living at"
                + " the year end (返乡入乡创业人员累计)", "年末返乡入乡创业人员累计人数");
        define(LabourIndicators.RETURNEE_STARTUPS, "Returning migrant workers who started a business in the year"
                + " (返乡入乡创业)", "年内新增返乡入乡创业人数");
        define(LabourIndicators.SUPPORTED_STARTUPS, "Supported start-ups of the year as the plan counts them"
                + " (扶持创业人数): set by the entrepreneurship_support levers, not projected",
                "年内扶持创业人数（由扶持创业措施设定，非预测值）");
        define(LabourIndicators.SUPPORTED_STARTUP_FOUNDERS, "Founders who started a business in the year because of"
                + " the start-up support (additional supported start-ups, deadweight removed)",
                "年内因扶持而新增的创业人数（扣除无论是否扶持都会创业的部分）");
        define(LabourIndicators.SUPPORTED_STARTUP_JOBS, "Jobs created by the year's additional supported start-ups,"
                + " founders included (创业带动就业)", "年内新增扶持创业带动的就业岗位（含创业者本人）");
        define(LabourIndicators.INTERNS, "The year's college graduates in internships (就业见习人数): set by the"
                + " graduate_internships levers, at most the graduates seeking work", "年内参加就业见习的高校毕业生"
                + "（由就业见习措施设定，不超过求职毕业生人数）");
        define(LabourIndicators.INTERN_PLACEMENTS, "Interns placed in work by the year's end because they took part",
                "因参加就业见习而于年末实现就业的人数");
        define(LabourIndicators.FAMILY_HOUSEHOLDS, "Urban family households (城镇家庭户) at the year end",
                "年末城镇家庭户数");
        define(LabourIndicators.HOUSEHOLD_SIZE_MEAN, "Persons per urban family household at the year end (平均每个"
                + "家庭户的人口)", "年末城镇平均每个家庭户的人口");
        define(LabourIndicators.ONE_PERSON_HOUSEHOLD_SHARE, "One-person households / urban family households at the"
                + " year end", "年末城镇一人户占家庭户的比重");
        define(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS, "Urban zero-employment households (零就业家庭) found"
                + " (certified) and left at the year end, after the year's help: a registered unemployed member of"
                + " working age (16-59) and none employed", "年末认定的城镇零就业家庭户数（当年帮扶后）：有登记失业的劳动年龄"
                + "成员且无劳动年龄成员就业");
        define(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_BEFORE_HELP, "Urban zero-employment households found"
                + " (certified) at the year end, before the year's help (the stock the help acts on)",
                "年末认定的城镇零就业家庭户数（帮扶前）");
        define(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_ELIGIBLE, "Urban households meeting the zero-employment"
                + " rule at the year end, found or not (an upper bound of the certified count)",
                "年末符合零就业条件的城镇家庭户数（含未认定）");
        define(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED, "Zero-employment households of which one member"
                + " was placed in a job in the year (零就业家庭援助)", "年内帮扶实现至少1人就业的零就业家庭户数");
    }
}
