package org.labourcast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.InputFile;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.RunSettings;
import org.labourcast.scenario.ScenarioFile;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.sweep.definition.SweepDefinition;

/**
 * The model module reads one way (docs/architecture.md): no package depends, directly or around a cycle, on a package
 * that depends on it, and each layer uses only the layers below it. Checked on the compiled main classes.
 */
class ArchitectureTest {
    /** Every package of the project is its own slice, the root package too (which "org.labourcast.(**)" misses). */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            return p.equals("org.labourcast") || p.startsWith("org.labourcast.")
                    ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of org.labourcast";
        }
    };

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.labourcast");
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(main);
    }

    @Test
    void layersReadOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("org.labourcast", "org.labourcast.stats")
                .layer("Building blocks").definedBy("org.labourcast.demography", "org.labourcast.indicators",
                        "org.labourcast.uncertainty")
                .layer("Spec").definedBy("org.labourcast.scenario", "org.labourcast.scenario.labour",
                        "org.labourcast.policy", "org.labourcast.sweep.definition")
                .layer("YAML tree").definedBy("org.labourcast.yaml")
                .layer("Readers").definedBy("org.labourcast.scenario.yaml")
                .layer("Engines").definedBy("org.labourcast.agents", "org.labourcast.labour")
                .layer("Experiments").definedBy("org.labourcast.experiment", "org.labourcast.targets",
                        "org.labourcast.evaluation", "org.labourcast.forecast")
                .layer("Results").definedBy("org.labourcast.results")
                .layer("Campaigns").definedBy("org.labourcast.sweep", "org.labourcast.calibration")
                .whereLayer("Base").mayNotAccessAnyLayer()
                .whereLayer("Building blocks").mayOnlyAccessLayers("Base")
                // the spec is values: it knows nothing of YAML, engines, experiments or files
                .whereLayer("Spec").mayOnlyAccessLayers("Base", "Building blocks")
                .whereLayer("YAML tree").mayOnlyAccessLayers("Base", "Building blocks")
                .whereLayer("Readers").mayOnlyAccessLayers("Base", "Building blocks", "Spec", "YAML tree")
                // engines run a spec; they never read files nor know the experiments that drive them
                .whereLayer("Engines").mayOnlyAccessLayers("Base", "Building blocks", "Spec")
                .whereLayer("Experiments").mayOnlyAccessLayers("Base", "Building blocks", "Spec", "Readers",
                        "Engines")
                .whereLayer("Results").mayOnlyAccessLayers("Base", "Building blocks", "Spec", "Experiments")
                .check(main);
    }

    /** The labour engine: the simulation and its nested MASON adapters, the one place that knows MASON's SimState. */
    static final String ENGINE = "org\\.labourcast\\.labour\\.LabourSimulation(\\$.*)?";

    @Test
    void onlyTheEngineKnowsMasonsSimState() {
        // Processes and the base-year builder see the year through YearContext, never the MASON simulation.
        noClasses().that().resideInAPackage("org.labourcast.labour").and().haveNameNotMatching(ENGINE)
                .should().dependOnClassesThat().resideInAPackage("sim..")
                .check(main);
    }

    @Test
    void processesImplementTheContractAndNeverTheSimulation() {
        classes().that().resideInAPackage("org.labourcast.labour").and().haveSimpleNameEndingWith("Process")
                .and().areNotInterfaces()
                .should().implement("org.labourcast.labour.YearlyProcess")
                .check(main);
        noClasses().that().implement("org.labourcast.labour.YearlyProcess")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.labourcast.labour.LabourSimulation")
                .orShould().dependOnClassesThat().resideInAPackage("sim..")
                .check(main);
    }

    /** What runs, saves or sweeps a scenario: beside the spec in {@link LoadedScenario}, never inside it. */
    static final List<Class<?>> NOT_MODELLED = List.of(RunSettings.class, ScenarioFile.class, InputFile.class,
            SweepDefinition.class, LoadedScenario.class);

    @Test
    void theSpecHoldsOnlyWhatIsModelled() {
        assertEquals(List.of(), componentsOfTypes(ScenarioSpec.class, NOT_MODELLED));
    }

    @Test
    void theSpecCheckCatchesARunSettingOrAFileInsideAList() {
        record Leaky(String id, RunSettings run, List<ScenarioFile> files) {
        }
        assertEquals(List.of("run", "files"), componentsOfTypes(Leaky.class, NOT_MODELLED));
    }

    /** The record components whose type, or a type argument of it, is one of {@code types}. */
    static List<String> componentsOfTypes(Class<?> record, List<Class<?>> types) {
        List<String> found = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (mentions(c.getGenericType(), types)) {
                found.add(c.getName());
            }
        }
        return found;
    }

    private static boolean mentions(Type t, List<Class<?>> types) {
        if (t instanceof Class<?> c) {
            return types.contains(c) || c.isArray() && mentions(c.getComponentType(), types);
        }
        if (t instanceof ParameterizedType p) {
            return mentions(p.getRawType(), types)
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(a -> mentions(a, types));
        }
        return t instanceof WildcardType w && Arrays.stream(w.getUpperBounds()).anyMatch(a -> mentions(a, types));
    }
}
