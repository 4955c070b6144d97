package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labourcast.indicators.ReplicateValues;

class RunValuesCsvTest {

    @Test
    void rowsInRunIndicatorYearOrderWithRunsFromOneAndNaNLeftOut() {
        double na = Double.NaN;
        ReplicateValues v = new ReplicateValues("leshan-mc", List.of("population_total", "births"),
                new int[] {2020, 2021},
                new double[][][] {
                    {{3160168, 3150000.5}, {na, 21000}},
                    {{3160168, 3149000}, {na, 1.0 / 3}}});
        assertEquals("""
                scenario,run,indicator,year,value
                leshan-mc,1,population_total,2020,3160168
                leshan-mc,1,population_total,2021,3150000.5
                leshan-mc,1,births,2021,21000
                leshan-mc,2,population_total,2020,3160168
                leshan-mc,2,population_total,2021,3149000
                leshan-mc,2,births,2021,0.333333333333
                """, RunValuesCsv.render(v));
    }
}
