package org.labourcast.agents;

/**
 * Labour status codes stored in {@link AgentColumns#status}. The labour force is employed + unemployed.
 */
public final class Status {
    /** Not in the labour force: children, students, homemakers, others not working or seeking work. */
    public static final byte INACTIVE = 0;
    public static final byte EMPLOYED = 1;
    /** Without work and seeking it (ILO definition, as the urban labour-force survey uses). */
    public static final byte UNEMPLOYED = 2;
    /** Retired at the statutory age from covered employment; out of the labour force for good. */
    public static final byte RETIRED = 3;

    private Status() {
    }

    public static boolean inLabourForce(byte status) {
        return status == EMPLOYED || status == UNEMPLOYED;
    }
}
