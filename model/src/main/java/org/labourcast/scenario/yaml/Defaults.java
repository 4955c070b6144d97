package org.labourcast.scenario.yaml;

/**
 * Default effect sizes used when a scenario leaves a parameter out, each with its evidence (docs/levers.md gives the
 * full citations). Effect sizes without evidence have no default: the scenario must state and cite them.
 */
final class Defaults {
    /**
     * Share of jobs in new small firms kept from one year to the next. The SAIC's 全国内资企业生存时间分析报告
     * (国家工商总局企业注册局、信息中心, 2013-06) gives the yearly exit rate of new firms as 1.6% in their first year,
     * 6.3% in the second, 9.5% in the third and over 8% through the seventh: a mean of 6.7% over five years, so
     * about 0.93 survive a year. Firm survival is used as job survival (surviving firms neither grow nor shrink).
     */
    static final double JOB_SURVIVAL = 0.93;

    /**
     * Jobs per 1万 yuan of start-up guarantee loans: Yunnan HRSS (2021-09): 平均每10万元贷款可扶持1.1人创业,带动3.05人次就业,
     * i.e. 0.305 per 1万 yuan. Shaanxi 2012 (90.98亿元, 24.3万 jobs) gives 0.267.
     */
    static final double JOBS_PER_10K_YUAN = 0.305;

    /** Jobs per start-up guarantee loan: Yunnan HRSS (2021-09): 平均每扶持1人创业可带动2.77人就业 (one loan per entrepreneur). */
    static final double JOBS_PER_LOAN = 2.77;

    /**
     * Jobs per supported start-up: Sichuan plan ch.1 §1: 返乡入乡创业人员累计达81.4万人 … 带动就业314.8万人, i.e. 3.87
     * per entrepreneur (Leshan ch.1 §1: 1.9万人, 8.5万 jobs, 4.47; Yunnan 2.77; Shaanxi 2.46).
     */
    static final double JOBS_PER_STARTUP = 3.87;

    /**
     * Jobs per new market entity: Xiangtan measure (十一): 力爭每年新增市場主體1萬個以上,帶動就業2萬人以上, i.e. 2. A plan's
     * own ratio (a target, not a measured effect).
     */
    static final double JOBS_PER_ENTITY = 2.0;

    private Defaults() {
    }
}
