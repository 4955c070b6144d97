package org.labourcast.labour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.labourcast.TimeSeries;
import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * Each labour process moves its indicators in the documented direction, with common random numbers (same seed) so
 * that the difference is the effect, not noise.
 */
class LabourProcessEffectsTest {
    private static final RunSettings SETTINGS = new RunSettings(2, 42, 2, 40);

    private static double median(LabourAssumptions la, String indicator, int year) {
        AgentRun run = AgentRun.of(LabourFixtures.leshanWith(la), SETTINGS, ProgressListener.NONE);
        return run.indicator(indicator, "median").stream().filter(r -> r.year() == year).findFirst().orElseThrow()
                .value();
    }

    private static LabourAssumptions withRetirement(LabourAssumptions la, YearMonth start) {
        return la.withRetirement(
                new LabourAssumptions.RetirementAssumption(start, la.retirement().femaleCadreShare(), "test"));
    }

    private static LabourAssumptions withTrainees(LabourAssumptions la, double perYear) {
        LabourAssumptions.SkillsAssumption s = la.skills();
        return la.withSkills(new LabourAssumptions.SkillsAssumption(TimeSeries.constant(perYear),
                s.certificationRate(), s.ruralLabourShare(), s.entrantSkilledShare(), "test"));
    }

    private static LabourAssumptions withTransferRate(LabourAssumptions la, double rate) {
        return la.withTransfer(la.transfer().withBaseRate(rate).withSource("test"));
    }

    @Test
    void retirementReformKeepsMorePeopleInTheLabourForce() {
        LabourAssumptions base = LabourFixtures.leshanLike();
        double reform = median(withRetirement(base, YearMonth.of(2025, 1)), LabourIndicators.LABOUR_FORCE, 2035);
        double none = median(withRetirement(base, null), LabourIndicators.LABOUR_FORCE, 2035);
        // Covered workers retire up to 3 (men) or 5 (women workers) years later by 2035.
        assertTrue(reform > none * 1.005, "reform " + reform + " vs none " + none);
        double before = median(withRetirement(base, YearMonth.of(2025, 1)), LabourIndicators.LABOUR_FORCE, 2024);
        double beforeNone = median(withRetirement(base, null), LabourIndicators.LABOUR_FORCE, 2024);
        assertTrue(before == beforeNone, "no effect before the reform starts");
    }

    @Test
    void moreTrainingGivesMoreSkilledWorkers() {
        LabourAssumptions base = LabourFixtures.leshanLike();
        double many = median(withTrainees(base, 60_000), LabourIndicators.SKILLED_WORKERS, 2025);
        double none = median(withTrainees(base, 0), LabourIndicators.SKILLED_WORKERS, 2025);
        // 5 years × 60,000 trainees × 0.7 certified = 210,000 at most (some leave or were counted anyway).
        assertTrue(many - none > 100_000 && many - none < 210_000, "many " + many + " none " + none);
    }

    @Test
    void aHigherTransferRateRaisesTheTransferRate() {
        LabourAssumptions base = LabourFixtures.leshanLike();
        double high = median(withTransferRate(base, 0.15), LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, 2025);
        double low = median(withTransferRate(base, 0.02), LabourIndicators.RURAL_LABOUR_TRANSFER_RATE, 2025);
        assertTrue(high > low + 0.01, "high " + high + " low " + low);
    }
}
