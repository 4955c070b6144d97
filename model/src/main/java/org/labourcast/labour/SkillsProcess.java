package org.labourcast.labour;

import org.labourcast.TimeAnchor;
import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.Draws;
import org.labourcast.agents.ExactCountSelection;
import org.labourcast.agents.Status;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.LabourAssumptions;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Subsidised vocational training (补贴性职业技能培训): the year's trainees (persons / scale, rounded) are drawn from
 * unskilled members of the labour force — the scenario's share from rural labour (农民工), the rest from everyone
 * else in the labour force — and each trainee becomes skilled with the certification rate. Skill then raises the
 * chance of transfer ({@link RuralTransferProcess}) and of being hired ({@link JobMatchingProcess}).
 */
final class SkillsProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int RURAL_LABOUR = 0;
    static final int OTHER = 1;

    @Override
    public void step(SimState state) {
        LabourSimulation sim = (LabourSimulation) state;
        LabourAssumptions.SkillsAssumption skills = sim.assumptions().skills();
        double persons = skills.trainees().scalarAt(TimeAnchor.midYear(sim.year));
        // Training levers add trainees with their own rural share and pass rate (docs/levers.md).
        PolicyEffects e = sim.effects();
        double extra = e.extraTrainees();
        double ruralPersons = persons * skills.ruralLabourShare() + extra * e.extraTraineesRuralShare();
        double allPersons = persons + extra;
        double certificationRate = allPersons > 0
                ? (persons * skills.certificationRate() + extra * e.extraCertificationRate()) / allPersons : 0;
        long rural = Math.round(ruralPersons / sim.model.scale());
        long other = Math.round((allPersons - ruralPersons) / sim.model.scale());
        if (rural + other == 0) {
            return;
        }
        ExactCountSelection.Classifier eligible = (status, sector, flags, r, slot) -> {
            if (!Status.inLabourForce((byte) status) || (flags & AgentColumns.F_SKILLED) != 0) {
                return -1;
            }
            return sim.isRuralLabour(status, flags, sim.population.ageOf(slot)) ? RURAL_LABOUR : OTHER;
        };
        long[][] counts = ExactCountSelection.count(sim.population, sim.executor, 2, eligible);
        long[][] ruralShares = ExactCountSelection.split(rural, onlyClass(counts, RURAL_LABOUR), new double[] {1, 0});
        long[][] otherShares = ExactCountSelection.split(other, onlyClass(counts, OTHER), new double[] {0, 1});
        long[][] shares = new long[counts.length][2];
        long trainees = 0;
        for (int s = 0; s < counts.length; s++) {
            shares[s][RURAL_LABOUR] = ruralShares[s][RURAL_LABOUR];
            shares[s][OTHER] = otherShares[s][OTHER];
            trainees += shares[s][0] + shares[s][1];
        }
        sim.events.trainees = trainees;
        long certify = Draws.threshold(certificationRate);
        ExactCountSelection.draw(sim.population, sim.executor, counts, shares, eligible, sim.groupRandom, sim.selections,
                (c, i, r, cls, slot, rng) -> {
                    if (Draws.bernoulli(rng, certify)) {
                        c.set(i, AgentColumns.F_SKILLED);
                    }
                });
    }

    private static long[][] onlyClass(long[][] counts, int cls) {
        long[][] out = new long[counts.length][counts[0].length];
        for (int s = 0; s < counts.length; s++) {
            out[s][cls] = counts[s][cls];
        }
        return out;
    }
}
