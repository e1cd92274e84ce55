package dev.offboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers, held by a test: Swing stays in the UI, the plan stands alone. */
@AnalyzeClasses(packages = "dev.offboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiAndTheEntryUseSwingOrAwt = noClasses()
            .that().resideOutsideOfPackages("dev.offboard.ui..", "dev.offboard.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
            .because("only the desktop UI may touch Swing and AWT");

    @ArchTest
    static final ArchRule thePlanDependsOnNoOtherOffboardPackage = noClasses()
            .that().resideInAPackage("dev.offboard.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.offboard.render..", "dev.offboard.ui..",
                    "dev.offboard.cli..", "dev.offboard.app..")
            .because("the plan is the core every other layer builds on");

    @ArchTest
    static final ArchRule renderingKnowsNothingOfTheUiOrTheCommandLine = noClasses()
            .that().resideInAPackage("dev.offboard.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.offboard.ui..", "dev.offboard.cli..")
            .because("rendering is a chain of pure functions used by both front ends");
}
