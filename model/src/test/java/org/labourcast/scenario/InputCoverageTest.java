package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labourcast.InputException;
import org.labourcast.TimeAnchor;
import org.labourcast.TimeSeries;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.FieldOverride;

/**
 * docs/reliability.md, horizons: the horizon may be at most 100 years after the base year, and a horizon beyond the
 * demographic inputs is accepted with a warning naming each input held at its last value.
 */
class InputCoverageTest {
    private static ScenarioSpec leshanTo(int horizon) {
        return new ScenarioReader().read(ShippedScenarios.leshanBaseline(),
                List.of(FieldOverride.parse("horizon=" + horizon))).spec();
    }

    @Test
    void theShippedScenariosCoverTheirOwnHorizons() {
        for (Path p : ShippedScenarios.all()) {
            ScenarioSpec s = new ScenarioReader().read(p).spec();
            assertEquals(List.of(), InputCoverage.heldInputs(s), p.toString());
            assertEquals(Optional.empty(), InputCoverage.warning(s));
        }
    }

    @Test
    void aHundredYearHorizonWarnsThatTheInputsAreHeldConstant() {
        ScenarioSpec s = leshanTo(2120);
        // WPP periods: 2035-2040 describes 2035 to 2039. Migration and urbanization are projected to any horizon.
        assertEquals(List.of(new InputCoverage.Held("fertility.schedules", 2039),
                new InputCoverage.Held("mortality.mx", 2039)), InputCoverage.heldInputs(s));
        assertEquals(Optional.of("warning: the horizon 2120 is beyond the last year of fertility.schedules (2039) and"
                + " mortality.mx (2039), which are held at the last value after it; give entries up to 2120 or a"
                + " nearer horizon"), InputCoverage.warning(s));
        assertEquals(List.of(), InputCoverage.heldInputs(leshanTo(2039)), "2039 is still described");
        assertEquals(2, InputCoverage.heldInputs(leshanTo(2040)).size());
    }

    @Test
    void aHorizonMoreThan100YearsAfterTheBaseYearIsRefusedNamingTheLatestAllowed() {
        InputException e = assertThrows(InputException.class, () -> leshanTo(2121));
        assertEquals("horizon", e.fieldPath());
        assertEquals("a projection may span at most 100 years, got 101", e.problem());
        assertTrue(e.hint().startsWith("the horizon may be at most 2120 (the base year 2020 + 100)"), e.hint());
    }

    @Test
    void periodsAndYearsEndWhereTheyDescribe() {
        assertEquals(2039, TimeAnchor.period(2035, 2040).lastYear());
        assertEquals(2020, TimeAnchor.year(2020).lastYear());
        assertEquals(Integer.MAX_VALUE, TimeSeries.constant(1.0).lastYear());
    }
}
