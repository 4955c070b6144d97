package org.labourcast.labour;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * China's statutory retirement age by birth month and {@link RetirementCategory}, with or without the 2024 reform.
 *
 * <p><b>The reform.</b> Decision of the NPC Standing Committee on implementing the gradual raising of the statutory
 * retirement age (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定), adopted 2024-09-13, in force
 * 2025-01-01, approving the State Council's Measures (国务院关于渐进式延迟法定退休年龄的办法). Article 1 of the
 * Measures: from 2025-01-01 the statutory age of men and of women whose original age was 55 rises one month for every
 * four months, to 63 and 58; that of women whose original age was 50 rises one month for every two months, to 55.
 * Annexes 1–3 tabulate it by birth month; rows (see the test for more):
 * <pre>
 *   men          1965-01..04 -> 60y1m (retire 2025-02..05)   1965-05..08 -> 60y2m   ...   from 1976-09 -> 63y
 *   women (55)   1970-01..04 -> 55y1m                        ...                          from 1981-09 -> 58y
 *   women (50)   1975-01..02 -> 50y1m (retire 2025-02..03)   1975-03..04 -> 50y2m   ...   from 1984-11 -> 55y
 * </pre>
 * Equivalently: let k be the number of months from the reform's first month (2025-01) to the month in which a person
 * reaches the original age (birth month + original age). If k &lt; 0 the original age applies; otherwise the age is
 * raised by min(cap, floor(k / step) + 1) months, with step 4 and cap 36 for men and women-55, step 2 and cap 60 for
 * women-50. Article 1 ends "国家另有规定的，从其规定" (other state rules prevail); no such rule is modelled.
 *
 * <p>Sources. Official publication of the decision and Measures (Xinhua / gov.cn, 2024-09-13):
 * https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm. Texts read for this class: the decision in Chinese
 * and English, https://cn.dailyeconomic.com/en/2024/09/14/china-raise-retirement-age; Article 1 quoted in full,
 * http://m.st.bendibao.com/live/21724.shtm; the MOHRSS explanation of the women's pace,
 * https://hrss.sz.gov.cn/ztfw/jjsycfdtxnlgg/zcxts/content/post_11563516.html. The annex tables are published as
 * images; the rows above were checked against reproductions: https://www.fudaoke.com/exam/353990.html (men born
 * 1965: Jan–Apr 60y1m, retiring 2025-02; the cohort retires 2025-02 to 2026-03),
 * https://wxredian.com/art?id=1100f71ff7e000d9425fe40f09faa640 (women-50 reach 55 from birth month 1984-11).
 *
 * <p><b>A delayed start.</b> {@link #reform(YearMonth)} applies the same rule from a later first month: k is counted
 * from that month instead of 2025-01. So a start d months after 2025-01 shifts the whole annex table d months later
 * in birth month: the first affected birth month becomes 1965-01 + d for men (1970-01 + d, 1975-01 + d for women),
 * each step and the cap are reached d months later, and everyone who reaches the original age before the start
 * retires at the original age. The pace (months of delay per month of birth) is unchanged.
 *
 * <p>Only the statutory age is modelled. The Measures also let workers retire up to three years early (never below
 * the original age) or defer up to three years; those are individual choices, not part of this schedule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reformStart first month of the reform, or empty for the pre-2025 rules
 */
public record RetirementAgeSchedule(Optional<YearMonth> reformStart) {

    /** First month of the reform as enacted. */
    public static final YearMonth NPC_2024_START = YearMonth.of(2025, 1);

    public RetirementAgeSchedule {
        Objects.requireNonNull(reformStart, "reformStart must not be null; use Optional.empty() for no reform");
        reformStart.ifPresent(start -> {
            if (start.isBefore(NPC_2024_START)) {
                // An earlier start would rewrite retirements that already happened under the old rules.
                throw new IllegalArgumentException("the retirement age reform cannot start before it came into force in "
                        + NPC_2024_START + ", got " + start + "; use noReform() for the old rules");
            }
        });
    }

    /** The pre-2025 rules: men 60, women cadres 55, women workers 50, whatever the birth month. */
    public static RetirementAgeSchedule noReform() {
        return new RetirementAgeSchedule(Optional.empty());
    }

    /** The reform as enacted, starting 2025-01. */
    public static RetirementAgeSchedule npc2024() {
        return reform(NPC_2024_START);
    }

    /**
     * The reform's rule with its first month at {@code start} (2025-01 or later); see the class comment for what a
     * later start means.
     */
    public static RetirementAgeSchedule reform(YearMonth start) {
        return new RetirementAgeSchedule(Optional.of(Objects.requireNonNull(start, "reform start must not be null")));
    }

    /** Months added to the original statutory age for a person born in {@code birth}; 0 without reform. */
    public int delayMonths(YearMonth birth, RetirementCategory category) {
        Objects.requireNonNull(birth, "birth month must not be null");
        Objects.requireNonNull(category, "retirement category must not be null");
        if (reformStart.isEmpty()) {
            return 0;
        }
        YearMonth originalRetirement = birth.plusMonths(category.originalAgeMonths());
        long k = ChronoUnit.MONTHS.between(reformStart.get(), originalRetirement);
        if (k < 0) {
            return 0;
        }
        int step = category == RetirementCategory.FEMALE_WORKER ? 2 : 4;
        int cap = category == RetirementCategory.FEMALE_WORKER ? 60 : 36;
        return (int) Math.min(cap, k / step + 1);
    }

    /** Statutory retirement age of a person born in {@code birth}, in months (60 years 1 month = 721). */
    public int retirementAgeMonths(YearMonth birth, RetirementCategory category) {
        return category.originalAgeMonths() + delayMonths(birth, category);
    }

    /**
     * The month in which the statutory age is reached: birth month + age in months, the convention of the annex
     * tables (born 1965-01, 60 years 1 month, retires 2025-02).
     */
    public YearMonth retirementMonth(YearMonth birth, RetirementCategory category) {
        return birth.plusMonths(retirementAgeMonths(birth, category));
    }

    /**
     * Share (0–1) of the cohort born in {@code birthYear} whose retirement month is in or before December of
     * {@code year}. Assumes births spread evenly over the twelve months of the birth year, so each birth month is
     * one twelfth of the cohort; mortality and migration are left to the caller (the share is of the birth cohort,
     * not of survivors, which is the same thing if they do not depend on birth month).
     */
    public double shareRetiredByEndOf(int birthYear, RetirementCategory category, int year) {
        YearMonth endOfYear = YearMonth.of(year, 12);
        int retired = 0;
        for (int month = 1; month <= 12; month++) {
            if (!retirementMonth(YearMonth.of(birthYear, month), category).isAfter(endOfYear)) {
                retired++;
            }
        }
        return retired / 12.0;
    }

    /**
     * Share (0–1) of the cohort born in {@code birthYear} whose retirement month falls in {@code year}:
     * {@code shareRetiredByEndOf(year) - shareRetiredByEndOf(year - 1)}, under the same even-births assumption.
     */
    public double shareRetiringIn(int birthYear, RetirementCategory category, int year) {
        return shareRetiredByEndOf(birthYear, category, year) - shareRetiredByEndOf(birthYear, category, year - 1);
    }
}
