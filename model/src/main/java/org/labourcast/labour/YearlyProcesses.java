package org.labourcast.labour;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The yearly processes, declared once: the engine schedules this list and the tests that step processes use it. */
final class YearlyProcesses {
    private YearlyProcesses() {
    }

    /**
     * New instances of the yearly processes in schedule order (a process's MASON ordering is its index + 1, after
     * the engine's beginning of the year at 0), checked by {@link #checkOrder}.
     */
    static List<YearlyProcess> inOrder() {
        List<YearlyProcess> processes = List.of(new DemographyProcess(), new HukouSettlementProcess(),
                new RetirementProcess(), new ParticipationProcess(), new SkillsProcess(), new SeparationProcess(),
                new RuralTransferProcess(), new SectorDemandProcess(), new SupportedStartups(),
                new JobMatchingProcess(), new GraduateInternshipPlacement(), new HouseholdProcess(),
                new InsuranceEnrolment(), new ReturneeStartups(), new PensionEnrolment(), new IndicatorRecorder());
        checkOrder(processes);
        return processes;
    }

    /**
     * Checks that every process that reads state made afresh each year ({@link SharedState#ofTheYear()}) comes after
     * a process that writes it in the same year.
     *
     * @throws IllegalStateException naming the first process that reads such state too early
     */
    static void checkOrder(List<YearlyProcess> processes) {
        Set<SharedState> written = EnumSet.noneOf(SharedState.class);
        for (YearlyProcess p : processes) {
            for (SharedState s : p.reads()) {
                if (s.ofTheYear() && !written.contains(s)) {
                    throw new IllegalStateException(p.name() + " reads " + s + " before any process writes it"
                            + " in the year");
                }
            }
            written.addAll(p.writes());
        }
    }
}
