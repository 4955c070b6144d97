package org.labourcast.labour;

import java.util.EnumSet;
import java.util.Set;
import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.LabourAssumptions;

/**
 * Subsidised vocational training (补贴性职业技能培训): the year's trainees (persons / scale, rounded) are drawn from
 * unskilled members of the labour force — the scenario's share from rural labour (农民工), the rest from everyone
 * else in the labour force — and each trainee becomes skilled with the certification rate. Skill then raises the
 * chance of transfer ({@link RuralTransferProcess}) and of being hired ({@link JobMatchingProcess}).
 *
 * <p>Reads: agents. Writes: agents (the skilled flag), events (trainees).
 */
final class SkillsProcess implements YearlyProcess {
    /** Classes of the trainee draw: unskilled rural labour, and every other unskilled member of the labour force. */
    static final int RURAL_LABOUR = 0;
    static final int OTHER = 1;
    private static final int CLASSES = 2;

    @Override
    public Set<SharedState> reads() {
        return EnumSet.of(SharedState.AGENTS);
    }

    @Override
    public Set<SharedState> writes() {
        return EnumSet.of(SharedState.AGENTS, SharedState.EVENTS);
    }

    @Override
    public void step(YearContext year) {
        LabourAssumptions.SkillsAssumption skills = year.assumptions().skills();
        double persons = skills.trainees().scalarAt(TimeAnchor.midYear(year.year()));
        // Training levers add trainees with their own rural share and pass rate (docs/levers.md).
        PolicyEffects e = year.effects();
        double extra = e.extraTrainees();
        double ruralPersons = persons * skills.ruralLabourShare() + extra * e.extraTraineesRuralShare();
        double allPersons = persons + extra;
        double certificationRate = allPersons > 0
                ? (persons * skills.certificationRate() + extra * e.extraCertificationRate()) / allPersons : 0;
        long rural = Math.round(ruralPersons / year.scale());
        long other = Math.round((allPersons - ruralPersons) / year.scale());
        if (rural + other == 0) {
            return;
        }
        ExactCountSelection.Classifier eligible = (status, sector, flags, r, slot) -> {
            if (!Status.inLabourForce((byte) status) || (flags & AgentColumns.F_SKILLED) != 0) {
                return -1;
            }
            return year.isRuralLabour(status, flags, year.population().ageOf(slot)) ? RURAL_LABOUR : OTHER;
        };
        long[][] counts = ExactCountSelection.count(year.population(), year.executor(), CLASSES, eligible);
        long[][] ruralShares = ExactCountSelection.split(rural, onlyClass(counts, RURAL_LABOUR),
                onlyWeight(RURAL_LABOUR));
        long[][] otherShares = ExactCountSelection.split(other, onlyClass(counts, OTHER), onlyWeight(OTHER));
        long[][] shares = new long[counts.length][CLASSES];
        long trainees = 0;
        for (int s = 0; s < counts.length; s++) {
            shares[s][RURAL_LABOUR] = ruralShares[s][RURAL_LABOUR];
            shares[s][OTHER] = otherShares[s][OTHER];
            trainees += shares[s][RURAL_LABOUR] + shares[s][OTHER];
        }
        year.events().trainees = trainees;
        long certify = Draws.threshold(certificationRate);
        ExactCountSelection.draw(year.population(), year.executor(), counts, shares, eligible, year.randomBySlot(),
                year.selections(),
                (c, i, r, cls, slot, rng) -> {
                    if (Draws.bernoulli(rng, certify)) {
                        c.set(i, AgentColumns.F_SKILLED);
                    }
                });
    }

    /** Weight 1 for one class, 0 for the other. */
    private static double[] onlyWeight(int cls) {
        double[] w = new double[CLASSES];
        w[cls] = 1;
        return w;
    }

    private static long[][] onlyClass(long[][] counts, int cls) {
        long[][] out = new long[counts.length][counts[0].length];
        for (int s = 0; s < counts.length; s++) {
            out[s][cls] = counts[s][cls];
        }
        return out;
    }
}
