package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The source note says how many persons an agent stands for, in words a reader would use. */
class RunInfoTest {
    private static RunInfo run(int scale) {
        return new RunInfo("leshan-baseline", null, null, null, null, "9.9", 100, scale, 20201101L);
    }

    @Test
    void oneAgentPerPersonAtScaleOne() {
        String en = run(1).sourceNote(Messages.of(Lang.EN));
        assertTrue(en.contains("100 Monte Carlo runs, one agent per person, seed 20201101"), en);
        String zh = run(1).sourceNote(Messages.of(Lang.ZH));
        assertTrue(zh.contains("每人一个主体"), zh);
    }

    @Test
    void personsPerAgentAtACoarserScale() {
        assertEquals("Source: labourcast 9.9, scenario leshan-baseline; agent-based labour model aligned to a"
                        + " cohort-component projection, 100 Monte Carlo runs, one agent per 10 persons, seed 20201101",
                run(10).sourceNote(Messages.of(Lang.EN)));
        assertTrue(run(10).sourceNote(Messages.of(Lang.ZH)).contains("每个主体代表10人"));
    }
}
