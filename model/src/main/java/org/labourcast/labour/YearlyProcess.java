package org.labourcast.labour;

import java.util.Set;

/**
 * One yearly process of the labour market: the engine steps each once a year, in the order of
 * {@link YearlyProcesses#inOrder()}, handing it the year's {@link YearContext}. A process reaches the simulation only
 * through that context and declares the shared state it reads and writes ({@link SharedState}), so that the order of
 * the processes carries no hidden coupling: {@link YearlyProcesses#checkOrder} refuses an order in which a process
 * reads state of the year that no earlier process has written.
 */
interface YearlyProcess {
    /** Runs the process for the context's year. */
    void step(YearContext year);

    /** The shared state this process's result depends on. */
    Set<SharedState> reads();

    /** The shared state this process changes. */
    Set<SharedState> writes();

    /** The process's name, for messages and tests. */
    default String name() {
        return getClass().getSimpleName();
    }
}
