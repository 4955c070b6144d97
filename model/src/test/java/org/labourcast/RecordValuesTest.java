package org.labourcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.labourcast.demography.AgeGroup;
import org.labourcast.demography.DemographicAssumptions;
import org.labourcast.demography.RuralUrbanMoveRule;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * Every record of the model's main code with an array component is a value: it keeps its own copy of the arrays it
 * is given, hands out copies, and two records built from equal arrays are equal with equal hash codes (issue 18).
 * The records are found by scanning the compiled main classes, so a new record with an array is checked too.
 */
class RecordValuesTest {

    /**
     * Component values for records whose constructor checks shapes the generic values below do not meet. Arrays in
     * these are built afresh on each call.
     */
    /** Shared: a TimeSeries compares by identity, so equal records must hold the same one. */
    private static final TimeSeries HIGHER_EDUCATION = TimeSeries.constant(0.6);
    private static final Map<String, Supplier<Object[]>> FIXTURES = Map.of(
            "org.labourcast.indicators.ReplicateValues", () -> new Object[] {"s", List.of("a", "b"),
                    new int[] {2020, 2021}, new double[][][] {{{1, 2}, {3, 4}}}},
            "org.labourcast.uncertainty.InputDraws", () -> new Object[] {List.of(), List.of(), new double[][] {{}, {}}},
            "org.labourcast.demography.YearAssumptions", () -> new Object[] {new double[][][] {{{0.1}, {0.2}}, {{0.3}, {0.4}}},
                    new double[][] {{0.1}, {0.2}}, 1.1, new double[][][] {{{1}, {2}}, {{3}, {4}}},
                    new RuralUrbanMoveRule.HoldPreviousIntensity(new double[][] {{0.5}, {0.5}}, 0.1)},
            "org.labourcast.labour.LabourYear", () -> new Object[] {2020, null, new double[LabourIndicators.NAMES.size()]},
            "org.labourcast.scenario.labour.LabourAssumptions$ParticipationAssumption", () -> new Object[] {16,
                    List.of(new AgeGroup(16, 19, false), new AgeGroup(20, 24, false)), new double[] {0.3, 0.8},
                    new double[] {0.25, 0.7}, "test"},
            "org.labourcast.scenario.labour.LabourAssumptions$TransferAssumption", () -> new Object[] {
                    new AgeGroup(16, 59, false), 0.02, List.of(new AgeGroup(16, 29, false), new AgeGroup(30, 59, false)),
                    new double[] {0.5, -0.5}, 0.1, null, 0.5, 0.5, 0.01, "test"},
            "org.labourcast.scenario.labour.EducationAssumption", () -> new Object[] {9.0, 0.99, 0.99, 0.9,
                    HIGHER_EDUCATION, 0.5, 0.2, new double[] {0.1, 0.09, 0.07, 0.09}, -0.3, 0.8, 0.05, 0.08,
                    true, 0.91, "test"},
            "org.labourcast.scenario.labour.HouseholdAssumption", () -> new Object[] {2.5, 0.25,
                    new double[] {0.273, 0.263, 0.194, 0.142, 0.069, 0.040, 0.011, 0.004, 0.002, 0.002}, 0.05, 0.015, 1.0,
                    "test"},
            "org.labourcast.labour.LabourModel", () -> new Object[] {leshan(), List.of(), 1, null, null, null,
                    (DemographicAssumptions) (year, start) -> null, new double[] {0.04, 0.05}});

    private static final TimeSeries SERIES = TimeSeries.constant(0.01);

    private static ScenarioSpec leshan;

    private static ScenarioSpec leshan() {
        if (leshan == null) {
            leshan = new ScenarioReader().read(ShippedScenarios.leshanBaseline(), List.of()).spec();
        }
        return leshan;
    }

    @Test
    void recordsWithArraysCopyInCopyOutAndCompareByContent() throws Exception {
        List<Class<?>> records = recordsWithArrays(mainClasses(ArrayValues.class));
        assertTrue(records.size() >= 20, "found only " + records);
        List<String> failures = new ArrayList<>();
        for (Class<?> type : records) {
            try {
                check(type);
            } catch (AssertionError | ReflectiveOperationException | RuntimeException e) {
                failures.add(type.getName() + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + records.size() + " records are not values:\n" + String.join("\n", failures));
        }
    }

    /** The checks for one record type: (a) mutating what was passed in, (b) mutating what an accessor returned, (c) equality. */
    static void check(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        Object[] args = arguments(type, components);
        Object a = construct(canonical, args);
        Object b = construct(canonical, arguments(type, components));
        // (c) built from equal arrays: equal, same hash, same text
        assertEquals(b, a, "records built from equal arrays differ");
        assertEquals(b.hashCode(), a.hashCode(), "hash codes differ");
        assertEquals(b.toString(), a.toString(), "texts differ");
        assertFalse(a.toString().contains("[D@") || a.toString().contains("[I@"), "text shows an array's identity: " + a);
        // (a) the caller's arrays, changed after construction, do not change the record
        for (Object arg : args) {
            if (arg != null && arg.getClass().isArray()) {
                mutate(arg);
            }
        }
        assertEquals(b, a, "changing an array passed in changed the record");
        assertSameComponents(components, b, a);
        // (b) an accessor's result, changed, does not change the record
        for (RecordComponent c : components) {
            if (c.getType().isArray()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                Object out = accessor.invoke(a);
                if (out != null) {
                    mutate(out);
                }
            }
        }
        assertEquals(b, a, "changing an accessor's result changed the record");
        assertSameComponents(components, b, a);
        // and equality looks at content: a record with other array values differs
        Object[] other = arguments(type, components);
        boolean changed = false;
        for (int i = 0; i < other.length; i++) {
            if (other[i] != null && other[i].getClass().isArray() && Array.getLength(other[i]) > 0) {
                changed |= mutate(other[i]);
            }
        }
        if (changed) {
            Object c;
            try {
                c = construct(canonical, other);
            } catch (IllegalStateException invalid) {
                return; // the changed values are out of the record's range: nothing more to compare
            }
            assertFalse(a.equals(c), "records with different array contents are equal");
        }
    }

    private static void assertSameComponents(RecordComponent[] components, Object expected, Object actual)
            throws ReflectiveOperationException {
        for (RecordComponent c : components) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            assertTrue(Arrays.deepEquals(new Object[] {accessor.invoke(expected)}, new Object[] {accessor.invoke(actual)}),
                    c.getName() + " changed");
        }
    }

    private static Object construct(Constructor<?> canonical, Object[] args) throws ReflectiveOperationException {
        try {
            return canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("cannot build from " + Arrays.deepToString(args) + " (add a fixture): "
                    + e.getCause(), e.getCause());
        }
    }

    /** Changes every leaf of an array (numbers +1, booleans flipped, objects dropped); false if it had no leaf. */
    private static boolean mutate(Object array) {
        boolean changed = false;
        for (int i = 0; i < Array.getLength(array); i++) {
            Object e = Array.get(array, i);
            Class<?> t = array.getClass().getComponentType();
            if (t == double.class) {
                Array.setDouble(array, i, (Double) e + 1);
            } else if (t == int.class) {
                Array.setInt(array, i, (Integer) e + 1);
            } else if (t == long.class) {
                Array.setLong(array, i, (Long) e + 1);
            } else if (t == boolean.class) {
                Array.setBoolean(array, i, !(Boolean) e);
            } else if (e != null && e.getClass().isArray()) {
                changed |= mutate(e);
                continue;
            } else {
                Array.set(array, i, null);
            }
            changed = true;
        }
        return changed;
    }

    private static Object[] arguments(Class<?> type, RecordComponent[] components) throws ReflectiveOperationException {
        Supplier<Object[]> fixture = FIXTURES.get(type.getName());
        if (fixture != null) {
            return fixture.get();
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = sample(components[i].getType(), 0);
        }
        return args;
    }

    /**
     * A plain value of {@code t}: arrays of two rows with values in (0,1], since many records hold rates or shares
     * by sex or residence; ints that read as consecutive years; empty collections; a record of sample values.
     */
    private static Object sample(Class<?> t, int depth) throws ReflectiveOperationException {
        if (t.isArray()) {
            Class<?> e = t.getComponentType();
            Object a = Array.newInstance(e, 2);
            for (int i = 0; i < 2; i++) {
                if (e == double.class) {
                    Array.setDouble(a, i, 0.25 * (i + 1));
                } else if (e == int.class) {
                    Array.setInt(a, i, 2020 + i);
                } else if (e == long.class) {
                    Array.setLong(a, i, i + 1);
                } else if (e == boolean.class) {
                    Array.setBoolean(a, i, i == 0);
                } else {
                    Array.set(a, i, sample(e, depth + 1));
                }
            }
            return a;
        }
        if (t == double.class) {
            return 0.5;
        }
        if (t == int.class) {
            return 1;
        }
        if (t == long.class) {
            return 1L;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == String.class) {
            return "x";
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Map.class) {
            return Map.of();
        }
        if (t == Optional.class) {
            return Optional.empty();
        }
        if (t == TimeSeries.class) {
            return SERIES; // one instance: TimeSeries is a class compared by identity, not a record under test
        }
        if (t == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t.isRecord() && depth < 3) {
            RecordComponent[] rc = t.getRecordComponents();
            Object[] args = arguments(t, rc);
            Constructor<?> c = t.getDeclaredConstructor(Arrays.stream(rc).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            c.setAccessible(true);
            try {
                return construct(c, args);
            } catch (IllegalStateException invalid) {
                return null; // a component record that needs real data: the outer record may accept null
            }
        }
        return null;
    }

    /** The records among {@code classes} with a component of array type. */
    static List<Class<?>> recordsWithArrays(List<Class<?>> classes) {
        return classes.stream().filter(Class::isRecord)
                .filter(c -> Arrays.stream(c.getRecordComponents()).anyMatch(rc -> rc.getType().isArray()))
                .toList();
    }

    /** Every class compiled into the main output folder that holds {@code anchor}. */
    static List<Class<?>> mainClasses(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                try {
                    Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                    if (!Modifier.isAbstract(c.getModifiers()) || c.isRecord()) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies are absent from the test path cannot hold a record we check
                }
            }
        }
        return out;
    }
}
