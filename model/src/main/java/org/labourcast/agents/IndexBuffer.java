package org.labourcast.agents;

/**
 * A worker thread's reusable int array, grown on demand: the lists of agent indices a pass builds and reads at once
 * ({@link AgentColumns#newInStatus}, a group's candidates). One instance per use, so that two passes never share an
 * array; each thread has its own, so group tasks on different threads never share one either.
 */
public final class IndexBuffer {
    private final ThreadLocal<int[]> local = ThreadLocal.withInitial(() -> new int[0]);

    /** This thread's array, at least {@code size} long; its contents are left from the last use. */
    public int[] atLeast(int size) {
        int[] a = local.get();
        if (a.length < size) {
            a = new int[size + (size >> 3)];
            local.set(a);
        }
        return a;
    }
}
