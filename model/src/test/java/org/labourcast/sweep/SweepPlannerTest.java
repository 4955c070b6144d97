package org.labourcast.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.labourcast.sweep.definition.Design;
import org.labourcast.sweep.definition.Domain;
import org.labourcast.sweep.definition.ParameterValue;
import org.labourcast.sweep.definition.SensitivitySpec;
import org.labourcast.sweep.definition.SweepParameter;

/** The designs: which points, in which order, reproducible from the seed. */
class SweepPlannerTest {
    private static Domain values(double... xs) {
        return new Domain.Values(java.util.Arrays.stream(xs).mapToObj(ParameterValue::of).toList());
    }

    @Test
    void gridVariesTheFirstParameterSlowest() {
        List<SweepParameter> p = List.of(TestPlans.parameter("a", values(1, 2), 1),
                TestPlans.parameter("b", values(10, 20, 30), 10));
        List<SweepPoint> points = SweepPlanner.points(TestPlans.definition(Design.GRID, 0, 1, p, null)).points();
        assertEquals(6, points.size());
        assertEquals("1|10", text(points.get(0)));
        assertEquals("1|30", text(points.get(2)));
        assertEquals("2|10", text(points.get(3)));
        assertEquals("2|30", text(points.get(5)));
    }

    private static String text(SweepPoint p) {
        return String.join("|", p.values().stream().map(ParameterValue::text).toList());
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumOfEveryParameter() {
        int n = 50;
        List<SweepParameter> p = List.of(TestPlans.parameter("a", new Domain.Uniform(0, 1), 0.5),
                TestPlans.parameter("b", new Domain.Uniform(10, 20), 15));
        List<SweepPoint> points = SweepPlanner.points(
                TestPlans.definition(Design.LATIN_HYPERCUBE, n, 99, p, null)).points();
        for (int j = 0; j < 2; j++) {
            Set<Integer> strata = new HashSet<>();
            for (SweepPoint pt : points) {
                double u = j == 0 ? pt.values().get(0).number() : (pt.values().get(1).number() - 10) / 10;
                strata.add((int) Math.floor(u * n));
            }
            assertEquals(n, strata.size(), "parameter " + j);
        }
    }

    @Test
    void sampledDesignsAreReproducibleAndUseAll64BitsOfTheSeed() {
        List<SweepParameter> p = List.of(TestPlans.parameter("a", new Domain.Uniform(0, 1), 0.5));
        for (Design d : List.of(Design.RANDOM, Design.LATIN_HYPERCUBE)) {
            List<SweepPoint> once = SweepPlanner.points(TestPlans.definition(d, 20, 1, p, null)).points();
            List<SweepPoint> again = SweepPlanner.points(TestPlans.definition(d, 20, 1, p, null)).points();
            List<SweepPoint> other = SweepPlanner.points(TestPlans.definition(d, 20, 1 + (1L << 32), p, null)).points();
            assertEquals(once, again, d.label());
            assertNotEquals(once, other, d.label() + ": seeds 1 and 1 + 2^32 must differ");
        }
    }

    @Test
    void saltelliRowsShareTheirSampleAndSwapOneColumn() {
        List<SweepParameter> p = List.of(TestPlans.parameter("a", new Domain.Uniform(0, 1), 0.5),
                TestPlans.parameter("b", new Domain.Uniform(0, 1), 0.5));
        List<SweepPoint> points = SweepPlanner.points(TestPlans.definition(Design.SOBOL, 8, 1, p, null)).points();
        assertEquals(8 * 4, points.size());
        for (int j = 0; j < 8; j++) {
            SweepPoint a = points.get(4 * j);
            SweepPoint b = points.get(4 * j + 1);
            SweepPoint ab1 = points.get(4 * j + 2);
            SweepPoint ab2 = points.get(4 * j + 3);
            assertEquals(List.of("A", "B", "AB1", "AB2"), List.of(a.block(), b.block(), ab1.block(), ab2.block()));
            assertEquals(j, ab2.sample());
            assertEquals(List.of(b.values().get(0), a.values().get(1)), ab1.values());
            assertEquals(List.of(a.values().get(0), b.values().get(1)), ab2.values());
        }
        for (double[] row : SweepPlanner.saltelliMatrix(3, 1000)) {
            for (double u : row) {
                assertTrue(u > 0 && u < 1, "coordinates in (0, 1)");
            }
        }
    }

    @Test
    void listedValuesAreEquallyLikely() {
        Domain d = values(1, 2, 3, 4);
        assertEquals("1", d.at(0.01).text());
        assertEquals("2", d.at(0.26).text());
        assertEquals("4", d.at(0.99).text());
    }

    @Test
    void truncatedNormalStaysWithinItsBounds() {
        Domain.Normal n = new Domain.Normal(0.05, 0.05, 0.01, 0.2);
        for (double u = 0.0005; u < 1; u += 0.001) {
            double x = n.at(u).number();
            assertTrue(x >= 0.01 && x <= 0.2, "got " + x);
        }
    }

    @Test
    void planSurvivesItsFilesAndItsFingerprintCoversThePoints() {
        List<SweepParameter> p = List.of(TestPlans.parameter("a", values(1, 2), 1),
                TestPlans.parameter("b", values(10, 20), 10));
        SweepPlan plan = TestPlans.plan(TestPlans.definition(Design.GRID, 0, 1, p,
                TestPlans.spec(SensitivitySpec.Method.OAT, 0)));
        SweepPlan back = SweepPlan.parse(plan.toJson(), plan.pointsCsv());
        assertEquals(plan.toJson(), back.toJson());
        assertEquals(plan.pointsCsv(), back.pointsCsv());
        assertEquals(plan.fingerprint(), back.fingerprint());
        String edited = plan.pointsCsv().replace("\n1,grid,1,1,20\n", "\n1,grid,1,1,21\n");
        try {
            SweepPlan.parse(plan.toJson(), edited);
            throw new AssertionError("an edited points.csv must be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("SHA-256"), expected.getMessage());
        }
    }

    @Test
    void checkpointRoundTripsExactlyAndRefusesAnotherSweep() {
        PointResult r = new PointResult(7, 10, List.of(new PointResult.Cell("skilled_workers", 2025, "mean",
                354210.123456789012), new PointResult.Cell("births", 2020, "mean", Double.NaN)),
                List.of(new PointResult.TargetOutcome("skilled_workers", 2025, ">=", 400000, "annual", 3, 0.1 + 0.2,
                        java.util.OptionalInt.of(2030))));
        assertEquals(r, PointResult.parse(r.toText("abc"), "abc"));
        try {
            PointResult.parse(r.toText("abc"), "def");
            throw new AssertionError("another sweep's checkpoint must be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("another sweep"));
        }
        String text = r.toText("abc");
        try {
            PointResult.parse(text.substring(0, text.lastIndexOf("end")), "abc");
            throw new AssertionError("a truncated checkpoint must be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("incomplete") || expected.getMessage().contains("complete"));
        }
    }
}
