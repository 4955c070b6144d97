package org.labourcast.agents;

import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

/**
 * The agents of one sex and one birth cohort (or of the open age group), in both residences. It is the unit of
 * work: every process handles a group on one thread with the group's own random stream, which is what makes
 * results independent of the thread count.
 */
public final class CohortGroup {
    private final Sex sex;
    private final AgentColumns urban;
    private final AgentColumns rural;

    public CohortGroup(Sex sex, int capacityUrban, int capacityRural) {
        this.sex = sex;
        this.urban = new AgentColumns(capacityUrban);
        this.rural = new AgentColumns(capacityRural);
    }

    public Sex sex() {
        return sex;
    }

    public AgentColumns residents(Residence r) {
        return r == Residence.URBAN ? urban : rural;
    }

    public AgentColumns urban() {
        return urban;
    }

    public AgentColumns rural() {
        return rural;
    }

    public int size() {
        return urban.size() + rural.size();
    }

    /** Moves every agent of {@code younger} into this group (a cohort reaching the open age group). */
    public void absorb(CohortGroup younger) {
        urban.addAll(younger.urban);
        rural.addAll(younger.rural);
    }

    /** {@link AgentColumns#remap} in both residences. */
    public void remap(short[] newKeyOf) {
        urban.remap(newKeyOf);
        rural.remap(newKeyOf);
    }

    public long bytes() {
        return urban.bytes() + rural.bytes();
    }

    /** Bytes of the two columns' histograms ({@link AgentColumns#countBytes}). */
    public long countBytes() {
        return urban.countBytes() + rural.countBytes();
    }
}
