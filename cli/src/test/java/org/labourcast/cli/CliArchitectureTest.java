package org.labourcast.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules the CLI is built from (model, charts, api, bench, cli) read one way (docs/architecture.md): no package cycle
 * anywhere, the charts draw saved folders without running a model, and the CLI and the API sit on top. The model's
 * own layers are checked by the model module's ArchitectureTest.
 */
class CliArchitectureTest {
    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.labourcast");
    }

    @Test
    void noPackageCyclesInAnyModule() {
        SliceAssignment packages = new SliceAssignment() {
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
        slices().assignedFrom(packages).should().beFreeOfCycles().check(main);
    }

    @Test
    void chartsDrawSavedFoldersAndRunNoModel() {
        // Charts read what a run saved (result files, and the scenario files through the scenario readers); they
        // never run an engine or an experiment, nor know the API or the CLI that call them.
        noClasses().that().resideInAPackage("org.labourcast.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.labourcast.api..", "org.labourcast.cli..",
                        "org.labourcast.agents..", "org.labourcast.labour..", "org.labourcast.experiment..",
                        "org.labourcast.sweep", "org.labourcast.calibration..")
                .check(main);
    }

    @Test
    void theApiDoesNotKnowTheCli() {
        noClasses().that().resideInAPackage("org.labourcast.api..")
                .should().dependOnClassesThat().resideInAPackage("org.labourcast.cli..")
                .check(main);
    }
}
