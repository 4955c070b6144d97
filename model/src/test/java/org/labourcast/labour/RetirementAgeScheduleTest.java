package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labourcast.labour.RetirementCategory.FEMALE_CADRE;
import static org.labourcast.labour.RetirementCategory.FEMALE_WORKER;
import static org.labourcast.labour.RetirementCategory.MALE;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The statutory retirement age under the NPC Standing Committee decision of 2024-09-13 and Article 1 of the State
 * Council Measures it approved (gov.cn, https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm; Article 1 as
 * quoted at http://m.st.bendibao.com/live/21724.shtm): from 2025-01-01 men and women-55 one month later per four
 * months, to 63 and 58; women-50 one month later per two months, to 55. Expected rows follow Annexes 1–3 (男职工 /
 * 原法定退休年龄五十五周岁的女职工 / 原法定退休年龄五十周岁的女职工 延迟法定退休年龄对照表), checked against the
 * reproductions cited per test.
 */
class RetirementAgeScheduleTest {

    private static final RetirementAgeSchedule NPC = RetirementAgeSchedule.npc2024();

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    /** Asserts age (years, months) and retirement month for one birth month. */
    private static void assertRow(RetirementAgeSchedule s, RetirementCategory c, YearMonth birth, int years, int months,
            YearMonth retires) {
        assertEquals(years * 12 + months, s.retirementAgeMonths(birth, c), () -> c + " born " + birth + ": age");
        assertEquals(retires, s.retirementMonth(birth, c), () -> c + " born " + birth + ": retirement month");
    }

    @Test
    void menTableRows() {
        // Annex 1. Born 1964-12 reaches 60 in 2024-12, before the reform: unchanged.
        assertRow(NPC, MALE, ym(1964, 12), 60, 0, ym(2024, 12));
        // First row: born 1965-01..04 -> 60y1m, retiring 2025-02..05 (fudaoke.com/exam/353990.html: "1965年1月到4月出生的
        // 男性职工 ... 退休年龄变为60岁加1个月，即2025年2月退休").
        assertRow(NPC, MALE, ym(1965, 1), 60, 1, ym(2025, 2));
        assertRow(NPC, MALE, ym(1965, 4), 60, 1, ym(2025, 5));
        // Second row: 1965-05..08 -> 60y2m, 2025-07..10.
        assertRow(NPC, MALE, ym(1965, 5), 60, 2, ym(2025, 7));
        assertRow(NPC, MALE, ym(1965, 8), 60, 2, ym(2025, 10));
        // Third row: 1965-09..12 -> 60y3m; Dec 1965 retires 2026-03, the end of the 1965 cohort (same source).
        assertRow(NPC, MALE, ym(1965, 9), 60, 3, ym(2025, 12));
        assertRow(NPC, MALE, ym(1965, 12), 60, 3, ym(2026, 3));
        // Last rising row: 1976-05..08 -> (1976-05 - 1965-01 = 136 months, 136/4 + 1 = 35) 62y11m.
        assertRow(NPC, MALE, ym(1976, 8), 62, 11, ym(2039, 7));
        // From 1976-09 (140/4 + 1 = 36 months, the cap): 63.
        assertRow(NPC, MALE, ym(1976, 9), 63, 0, ym(2039, 9));
        assertRow(NPC, MALE, ym(1976, 12), 63, 0, ym(2039, 12));
        assertRow(NPC, MALE, ym(1995, 12), 63, 0, ym(2058, 12));
    }

    @Test
    void womenWithOriginalAge55TableRows() {
        // Annex 2: the men's pace, starting with birth month 1970-01 (reaching 55 in 2025-01).
        assertRow(NPC, FEMALE_CADRE, ym(1969, 12), 55, 0, ym(2024, 12));
        assertRow(NPC, FEMALE_CADRE, ym(1970, 1), 55, 1, ym(2025, 2));
        assertRow(NPC, FEMALE_CADRE, ym(1970, 4), 55, 1, ym(2025, 5));
        assertRow(NPC, FEMALE_CADRE, ym(1970, 5), 55, 2, ym(2025, 7));
        // 1971-04: 15 months after 1970-01, 15/4 + 1 = 4 -> 55y4m, retiring 2026-08.
        assertRow(NPC, FEMALE_CADRE, ym(1971, 4), 55, 4, ym(2026, 8));
        assertRow(NPC, FEMALE_CADRE, ym(1981, 8), 57, 11, ym(2039, 7));
        assertRow(NPC, FEMALE_CADRE, ym(1981, 9), 58, 0, ym(2039, 9));
        assertRow(NPC, FEMALE_CADRE, ym(2000, 12), 58, 0, ym(2058, 12));
    }

    @Test
    void womenWithOriginalAge50TableRows() {
        // Annex 3: one month per two months of birth from 1975-01.
        assertRow(NPC, FEMALE_WORKER, ym(1974, 12), 50, 0, ym(2024, 12));
        assertRow(NPC, FEMALE_WORKER, ym(1975, 1), 50, 1, ym(2025, 2));
        assertRow(NPC, FEMALE_WORKER, ym(1975, 2), 50, 1, ym(2025, 3));
        assertRow(NPC, FEMALE_WORKER, ym(1975, 3), 50, 2, ym(2025, 5));
        // 1984-09..10: 116/2 + 1 = 59 -> 54y11m; from 1984-11 (118/2 + 1 = 60, the cap) 55
        // (wxredian.com/art?id=1100f71ff7e000d9425fe40f09faa640: "从1984年11月出生的人员开始，已经延迟到了55周岁退休").
        assertRow(NPC, FEMALE_WORKER, ym(1984, 10), 54, 11, ym(2039, 9));
        assertRow(NPC, FEMALE_WORKER, ym(1984, 11), 55, 0, ym(2039, 11));
        assertRow(NPC, FEMALE_WORKER, ym(1995, 12), 55, 0, ym(2050, 12));
    }

    @Test
    void eachStepOfTheTableSpansFourOrTwoBirthMonths() {
        // Invariant of Article 1: the delay never falls, rises by at most one month from one birth month to the next,
        // and each value other than the cap holds for exactly `step` consecutive birth months.
        for (RetirementCategory c : RetirementCategory.values()) {
            int step = c == FEMALE_WORKER ? 2 : 4;
            int cap = c == FEMALE_WORKER ? 60 : 36;
            int[] monthsAt = new int[cap + 1];
            YearMonth b = ym(1960, 1);
            int previous = NPC.delayMonths(b, c);
            for (int i = 0; i < 40 * 12; i++, b = b.plusMonths(1)) {
                int d = NPC.delayMonths(b, c);
                assertTrue(d == previous || d == previous + 1, c + " at " + b);
                monthsAt[d]++;
                previous = d;
            }
            for (int d = 1; d < cap; d++) {
                assertEquals(step, monthsAt[d], c + " delay " + d);
            }
            assertEquals(cap, previous, c + " reaches the cap within 40 years of births");
        }
    }

    @Test
    void noReformKeepsTheOriginalAges() {
        RetirementAgeSchedule old = RetirementAgeSchedule.noReform();
        assertRow(old, MALE, ym(1965, 1), 60, 0, ym(2025, 1));
        assertRow(old, MALE, ym(1990, 6), 60, 0, ym(2050, 6));
        assertRow(old, FEMALE_CADRE, ym(1981, 9), 55, 0, ym(2036, 9));
        assertRow(old, FEMALE_WORKER, ym(1984, 11), 50, 0, ym(2034, 11));
        assertEquals(Optional.empty(), old.reformStart());
    }

    @Test
    void aDelayedStartShiftsTheTableByTheDelay() {
        // Start 2027-01, 24 months after 2025-01: men born 1966-12 reach 60 in 2026-12, before the start, so retire
        // at 60; men born 1967-01 (= 1965-01 + 24) are the first at 60y1m; the cap moves from 1976-09 to 1978-09.
        RetirementAgeSchedule late = RetirementAgeSchedule.reform(ym(2027, 1));
        assertRow(late, MALE, ym(1966, 12), 60, 0, ym(2026, 12));
        assertRow(late, MALE, ym(1967, 1), 60, 1, ym(2027, 2));
        assertRow(late, MALE, ym(1978, 8), 62, 11, ym(2041, 7));
        assertRow(late, MALE, ym(1978, 9), 63, 0, ym(2041, 9));
        assertRow(late, FEMALE_WORKER, ym(1977, 1), 50, 1, ym(2027, 2));
        // Invariant: delay under a start d months late at birth b = delay under 2025-01 at birth b - d.
        for (int d : new int[] {0, 1, 5, 24, 37}) {
            RetirementAgeSchedule shifted = RetirementAgeSchedule.reform(ym(2025, 1).plusMonths(d));
            for (RetirementCategory c : RetirementCategory.values()) {
                for (YearMonth b = ym(1955, 1); b.isBefore(ym(1995, 1)); b = b.plusMonths(1)) {
                    assertEquals(NPC.delayMonths(b.minusMonths(d), c), shifted.delayMonths(b, c), c + " " + b + " d=" + d);
                }
            }
        }
        assertEquals(NPC, RetirementAgeSchedule.reform(RetirementAgeSchedule.NPC_2024_START));
    }

    @Test
    void aReformCannotStartBeforeItCameIntoForce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetirementAgeSchedule.reform(ym(2024, 12)));
        assertTrue(e.getMessage().contains("noReform()"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new RetirementAgeSchedule(null));
    }

    @Test
    void menBorn1965RetireThreeQuartersIn2025AndTheRestIn2026() {
        // Births spread evenly over 1965, one twelfth per month. Under the reform (rows above):
        //   Jan-Apr: 60y1m -> 2025-02, 03, 04, 05
        //   May-Aug: 60y2m -> 2025-07, 08, 09, 10
        //   Sep-Dec: 60y3m -> 2025-12, 2026-01, 2026-02, 2026-03
        // Retired by end of 2024: 0; by end of 2025: 4 + 4 + 1 (Sep) = 9/12 = 0.75; by end of 2026: 12/12.
        // (So not "all but December": Oct, Nov and Dec 1965 all retire in 2026.)
        assertEquals(0.0, NPC.shareRetiredByEndOf(1965, MALE, 2024), 0.0);
        assertEquals(0.75, NPC.shareRetiredByEndOf(1965, MALE, 2025), 1e-15);
        assertEquals(1.0, NPC.shareRetiredByEndOf(1965, MALE, 2026), 0.0);
        assertEquals(0.75, NPC.shareRetiringIn(1965, MALE, 2025), 1e-15);
        assertEquals(0.25, NPC.shareRetiringIn(1965, MALE, 2026), 1e-15);
        assertEquals(0.0, NPC.shareRetiringIn(1965, MALE, 2027), 0.0);
        // Without reform the whole 1965 cohort turns 60, and retires, in 2025.
        RetirementAgeSchedule old = RetirementAgeSchedule.noReform();
        assertEquals(1.0, old.shareRetiringIn(1965, MALE, 2025), 0.0);
        assertEquals(0.0, old.shareRetiredByEndOf(1965, MALE, 2024), 0.0);
    }

    @Test
    void womenWorkersBorn1975RetireTwoThirdsIn2025() {
        // Step of two birth months: Jan-Feb +1, Mar-Apr +2, May-Jun +3, Jul-Aug +4, Sep-Oct +5, Nov-Dec +6 months
        // on 50 years, i.e. retirement months 2025-02, 03 | 05, 06 | 08, 09 | 11, 12 | 2026-02, 03 | 05, 06.
        // In 2025: 8 of 12 = 2/3; in 2026: 4/12 = 1/3.
        assertEquals(8.0 / 12, NPC.shareRetiringIn(1975, FEMALE_WORKER, 2025), 1e-15);
        assertEquals(4.0 / 12, NPC.shareRetiringIn(1975, FEMALE_WORKER, 2026), 1e-15);
    }

    @Test
    void menBorn1976RetireOverTwoYearsAsTheCapIsReached() {
        // 1976 births: Jan-Apr 62y10m (delay 34: 132/4 + 1) -> 2038-11, 12, 2039-01, 02;
        // May-Aug 62y11m -> 2039-04..07; Sep-Dec 63y -> 2039-09..12.
        // By end of 2038: 2/12; in 2039: 10/12.
        assertEquals(2.0 / 12, NPC.shareRetiredByEndOf(1976, MALE, 2038), 1e-15);
        assertEquals(10.0 / 12, NPC.shareRetiringIn(1976, MALE, 2039), 1e-15);
        // Once the cap holds, a whole cohort retires in birth year + 63.
        assertEquals(1.0, NPC.shareRetiringIn(1980, MALE, 2043), 0.0);
    }

    @Test
    void cohortSharesAreMonotoneAndEndAtOne() {
        for (RetirementCategory c : RetirementCategory.values()) {
            for (int birthYear = 1960; birthYear <= 1990; birthYear++) {
                double total = 0;
                double previous = 0;
                for (int year = birthYear + 45; year <= birthYear + 70; year++) {
                    double by = NPC.shareRetiredByEndOf(birthYear, c, year);
                    assertTrue(by >= previous, c + " " + birthYear + " " + year);
                    previous = by;
                    total += NPC.shareRetiringIn(birthYear, c, year);
                }
                assertEquals(1.0, previous, 0.0);
                assertEquals(1.0, total, 1e-12);
            }
        }
    }
}
