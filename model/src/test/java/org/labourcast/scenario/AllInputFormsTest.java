package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.TimeAnchor;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.LifeTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;
import org.labourcast.experiment.ProjectionRun;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Each alternative input form is read into what it stands for (test resource all-forms.yaml): the demographic
 * schedules as single years, and the labour section's other forms (series by period, bare or sourced numbers,
 * {@code reform: none}, open age groups, a simulation section with only a seed).
 */
class AllInputFormsTest {
    private static LoadedScenario loaded;
    private static ScenarioSpec spec;
    private static ProjectionRun run;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AllInputFormsTest.class.getResourceAsStream("/scenarios/all-forms.yaml")) {
            loaded = new ScenarioReader().read("all-forms.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            spec = loaded.spec();
        }
        run = ProjectionRun.of(spec);
    }

    @Test
    void countsInThousandsByResidence() {
        // 4 groups x 2 sexes x (1 urban + 2 rural) thousand = 24,000 persons, one third urban.
        assertEquals(24_000, spec.population().persons().total(), 1e-9);
        assertEquals(8_000, spec.population().persons().total(Residence.URBAN), 1e-9);
        // The 20-29 group keeps its 1,000 urban men after splitting into single years.
        double sum = 0;
        for (int a = 20; a <= 29; a++) {
            sum += spec.population().persons().persons(Sex.MALE, Residence.URBAN, a);
        }
        assertEquals(1_000, sum, 1e-9);
    }

    @Test
    void tfrWithPatternAndAsfrByResidence() {
        double[] urban = spec.fertility().asfrUrban().forYear(2001);
        double[] rural = spec.fertility().asfrRural().forYear(2001);
        assertEquals(1.0, java.util.Arrays.stream(urban).sum(), 1e-12, "urban TFR");
        assertEquals(5 * (0.1 + 0.2 + 0.1), java.util.Arrays.stream(rural).sum(), 1e-12, "rural TFR");
        assertEquals(1.0 * 0.5 / 5, urban[22], 1e-15, "20-24 rate = TFR x share / width");
        assertEquals(0, urban[14]);
        // Sex ratio at birth interpolated between 2000.5 (1.0) and 2004.5 (1.2): 1.05 in 2001.
        assertEquals(1.05, spec.fertility().sexRatioAtBirth().scalarAt(TimeAnchor.midYear(2001)), 1e-12);
        ProjectedYear y = run.years().get(1);
        assertEquals(1.05, y.births()[Sex.MALE.ordinal()] / y.births()[Sex.FEMALE.ordinal()], 1e-12);
    }

    @Test
    void lifeExpectancyBecomesABrassLogitTableWithThatE0() {
        double[] male = spec.mortality().mxMale().forYear(2002);
        double[] female = spec.mortality().mxFemale().forYear(2002);
        assertEquals(46, LifeTable.fromSingleYearMx(male, Sex.MALE).lifeExpectancyAtBirth(), 1e-6);
        assertEquals(50, LifeTable.fromSingleYearMx(female, Sex.FEMALE).lifeExpectancyAtBirth(), 1e-6);
        assertEquals("brass_logit", spec.mortality().method());
    }

    @Test
    void migrationByAgeWithAFixedUrbanShare() {
        ProjectedYear y = run.years().get(1);
        assertEquals(10 + 20 + 30 - 40, y.netMigrationTotal(), 1e-9);
        assertEquals(60 * 0.25, y.netMigration()[Sex.MALE.ordinal()][Residence.URBAN.ordinal()], 1e-9);
        assertEquals(-40 * 0.75, y.netMigration()[Sex.FEMALE.ordinal()][Residence.RURAL.ordinal()], 1e-9);
    }

    @Test
    void givenTransferIntensityAndCumulativeTarget() {
        for (ProjectedYear y : run.years().subList(1, run.years().size())) {
            assertEquals(0.05, y.moveIntensity(), 0);
            assertEquals(y.population().total(),
                    y.population().total(Residence.URBAN) + y.population().total(Residence.RURAL), 1e-9);
        }
        Target t = spec.targets().get(0);
        assertEquals(Target.Kind.CUMULATIVE, t.kind());
        assertEquals(Target.Nature.BINDING, t.nature());
        double births = run.years().subList(1, 4).stream().mapToDouble(ProjectedYear::birthsTotal).sum();
        assertEquals(births, run.targets().get(0).medianProjected(), 1e-9);
        assertTrue(run.indicator("working_age_population_15_29_share").size() == 4);
    }

    @Test
    void simulationWithOnlyASeed() {
        assertEquals(new RunSettings(1, Long.MIN_VALUE, 1, 1), loaded.run());
    }

    @Test
    void labourNumbersWithTheirOwnSourcesAndBare() {
        LabourAssumptions.BaseYearFacts base = spec.labour().base();
        assertEquals(10_000, base.employed());
        assertEquals(6_000, base.ruralLabourForce());
        assertEquals(0.05, base.surveyedUnemploymentRate());
        assertEquals("test base | employed: test census | employed_by_sector: test sectors"
                + " | surveyed_unemployment_rate: test survey", base.source());
        assertEquals(16, spec.labour().participation().entryAge());
        assertEquals(-0.5, spec.labour().transfer().wageGapElasticity());
        assertEquals(1, spec.labour().sectors().adjustmentSpeed());
        assertEquals(0.5, spec.labour().skills().entrantSkilledShare());
    }

    @Test
    void labourSeriesByPeriodByYearAndConstant() {
        // Settlement: 0.02 for 2000-2005 (at 2002.5) and 0.04 for 2005-2010 (at 2007.5); 2004 sits at 2004.5.
        assertEquals(0.028, spec.labour().hukou().settlementRate().scalarAt(TimeAnchor.midYear(2004)), 1e-12);
        assertEquals("test | settlement_rate 2005-2010: test entry | settlement_rate: test settlement",
                spec.labour().hukou().source());
        // Output growth by period: anchors 2001.0 and 2003.0, so 2001 (at 2001.5) is a quarter of the way.
        assertArrayEquals(new double[] {0.005, 0.1, -0.05}, spec.labour().sectors().outputGrowth().forYear(2001),
                1e-12);
        assertEquals(200, spec.labour().skills().trainees().scalarAt(TimeAnchor.midYear(2002)), 1e-12);
        assertEquals(3, spec.labour().transfer().wageGap().scalarAt(TimeAnchor.midYear(2050)));
        assertTrue(spec.labour().sectors().history().isEmpty());
    }

    @Test
    void noReformAndOpenAgeGroups() {
        assertNull(spec.labour().retirement().reformStart());
        assertFalse(spec.labour().retirement().reform());
        assertEquals(AgeGroup.openFrom(16), spec.labour().transfer().ages());
        assertEquals(List.of(AgeGroup.closed(16, 24), AgeGroup.openFrom(25)), spec.labour().transfer().ageGroups());
        assertEquals(AgeGroup.closed(15, 19), spec.labour().participation().ages().get(0));
    }

    @Test
    void labourTargetIsKeptButLeftToTheLabourModel() {
        assertEquals(2, spec.targets().size());
        assertEquals("new_urban_jobs_cumulative", spec.targets().get(1).indicator());
        assertEquals(1, run.targets().size(), "the cohort projection evaluates only demographic targets");
    }
}
