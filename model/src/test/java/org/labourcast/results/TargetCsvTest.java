package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.Operator;
import org.labourcast.scenario.Target;
import org.labourcast.targets.TargetAttainment;
import org.labourcast.targets.TargetBasis;

class TargetCsvTest {

    @Test
    void rendersEveryColumnExactly() {
        Target urbanization = Target.annual("urbanization_rate", 2025, Operator.AT_LEAST, 0.6).withBase(2020, 0.53)
                .withLabel("常住人口城镇化率").withSource("Leshan plan, table 1");
        Target jobs = Target.annual("new_urban_jobs", 2025, Operator.ABOVE, 200000).withKind(Target.Kind.CUMULATIVE)
                .withNature(Target.Nature.BINDING).withLabel("城镇新增就业, [>20]万").withSource("plan \"14th\" table");
        String csv = TargetCsv.render(List.of(
                new TargetAttainment(urbanization, 4, 3, 0.6012, OptionalInt.of(2025), TargetBasis.INPUT,
                        "rural_urban_move.urbanization_path"),
                new TargetAttainment(jobs, 3, 1, 198765.5, OptionalInt.empty()),
                new TargetAttainment(jobs, 1, 0, 150000, OptionalInt.of(2027))));
        assertEquals("""
                indicator,year,operator,target,probability,median,median_first_year_met,status,kind,nature,\
                base_year,base_value,runs,label,source,basis,basis_input,probability_low,probability_high
                urbanization_rate,2025,>=,0.6,0.75,0.6012,2025,on track,annual,expected,2020,0.53,4,\
                常住人口城镇化率,"Leshan plan, table 1",input,rural_urban_move.urbanization_path,0.300641842582,\
                0.95441273919
                new_urban_jobs,2025,>,200000,0.333333333333,198765.5,,at risk,cumulative,binding,,,3,\
                "城镇新增就业, [>20]万","plan ""14th"" table",projected,,0.0614919447204,0.792340399198
                new_urban_jobs,2025,>,200000,0,150000,2027,off track,cumulative,binding,,,1,\
                "城镇新增就业, [>20]万","plan ""14th"" table",projected,,0,0.793450685623
                """, csv);
    }

    @Test
    void aLabelOrSourceThatASpreadsheetWouldRunIsWrittenAsText() {
        Target hostile = new Target("urbanization_rate", 2025, Operator.AT_LEAST, 0.6, Target.Kind.ANNUAL,
                Target.Nature.EXPECTED, OptionalInt.empty(), OptionalDouble.of(-18650), "=HYPERLINK(\"http://x\")",
                "@source");
        String row = TargetCsv.render(List.of(new TargetAttainment(hostile, 4, 3, 0.6, OptionalInt.of(2025))))
                .lines().skip(1).findFirst().orElseThrow();
        // The label and source are text (guarded); the negative base value stays a number.
        assertEquals("urbanization_rate,2025,>=,0.6,0.75,0.6,2025,on track,annual,expected,,-18650,4,"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'@source,projected,,0.300641842582,0.95441273919", row);
    }

    @Test
    void headerOnlyForNoTargets() {
        assertEquals(TargetCsv.HEADER + "\n", TargetCsv.render(List.of()));
    }
}
