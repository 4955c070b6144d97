package org.labourcast.labour;

/**
 * The three groups whose statutory retirement age China sets separately. Before 2025 the ages came from the 1978
 * State Council interim measures on the retirement of workers and of cadres: men 60, women cadres 55, women workers
 * 50. The 2024 reform keeps the three groups and names the women by their original age ("原法定退休年龄为五十五周岁的
 * 女职工" and "…五十周岁的女职工"), because that, not the job title, is what the schedule keys on.
 *
 * <p>Special-type work (井下, 高温, …) and disability retirement have other ages and are not modelled here.
 */
public enum RetirementCategory {
    /** Male employees (男职工): originally 60 years. */
    MALE(60),
    /** Women whose original statutory age was 55, in practice cadres and managerial staff (女干部): originally 55 years. */
    FEMALE_CADRE(55),
    /** Women whose original statutory age was 50, in practice manual workers (女工人): originally 50 years. */
    FEMALE_WORKER(50);

    private final int originalAgeYears;

    RetirementCategory(int originalAgeYears) {
        this.originalAgeYears = originalAgeYears;
    }

    /** The statutory retirement age before the 2024 reform, in completed years. */
    public int originalAgeYears() {
        return originalAgeYears;
    }

    /** {@link #originalAgeYears()} in months. */
    public int originalAgeMonths() {
        return originalAgeYears * 12;
    }
}
