package org.labourcast.policy;


/**
 * {@code startup_guarantee_loans}: start-up guarantee loans (创业担保贷款). The jobs they create join labour demand as a
 * stock ({@link JobTerms}). Gross jobs a year at full strength are {@code yuanPerYear / 10000 × jobsPer10kYuan}
 * ({@link ByAmount}) or {@code loansPerYear × jobsPerLoan} ({@link ByCount}).
 *
 * @param lending how much is lent a year and the jobs it creates
 * @param jobs    additionality, sectors and survival of the jobs
 */
public record StartupGuaranteeLoans(LeverInfo info, Span span, Lending lending, JobTerms jobs) implements Lever {
    public static final String TYPE = "startup_guarantee_loans";

    public StartupGuaranteeLoans {
        Checks.info(info, TYPE);
        Checks.span(span);
        if (lending == null || jobs == null) {
            throw new IllegalArgumentException("a loan lever needs its lending and job terms");
        }
    }

    /** Lending per year and the gross jobs it creates. */
    public sealed interface Lending permits ByAmount, ByCount {
        /** Jobs created per year at full strength, before additionality. */
        double grossJobsPerYear();
    }

    /**
     * @param yuanPerYear    amount lent per year (yuan, ≥ 0)
     * @param jobsPer10kYuan jobs per 1万 yuan lent (≥ 0); default 0.305 (Yunnan HRSS 2021)
     */
    public record ByAmount(double yuanPerYear, double jobsPer10kYuan) implements Lending {
        public ByAmount {
            Checks.atLeast(yuanPerYear, 0, "amount lent");
            Checks.atLeast(jobsPer10kYuan, 0, "jobs per 1万 yuan");
        }

        @Override
        public double grossJobsPerYear() {
            return yuanPerYear / 10_000 * jobsPer10kYuan;
        }
    }

    /**
     * @param loansPerYear loans granted per year (≥ 0)
     * @param jobsPerLoan  jobs per loan, the borrower included (≥ 0); default 2.77 (Yunnan HRSS 2021)
     */
    public record ByCount(double loansPerYear, double jobsPerLoan) implements Lending {
        public ByCount {
            Checks.atLeast(loansPerYear, 0, "loans");
            Checks.atLeast(jobsPerLoan, 0, "jobs per loan");
        }

        @Override
        public double grossJobsPerYear() {
            return loansPerYear * jobsPerLoan;
        }
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        jobs.contribute(span, lending.grossJobsPerYear(), year, effects);
    }
}
