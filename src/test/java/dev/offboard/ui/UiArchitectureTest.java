package dev.offboard.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The UI's packages, held by a test: no cycles between them, and dependencies go one way,
 * shell → step → widget → core. A class the lower layer needs moves down; a call upward goes
 * through an interface the lower layer owns (as {@code step.WriteUpActions}).
 */
@AnalyzeClasses(packages = "dev.offboard.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule theUiPackagesAreFreeOfCycles = slices()
            .matching("dev.offboard.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreUsesNoOtherUiPackage = noClasses()
            .that().resideInAPackage("dev.offboard.ui.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.offboard.ui.widget..", "dev.offboard.ui.step..",
                    "dev.offboard.ui.shell..")
            .because("core is what every other UI package builds on");

    @ArchTest
    static final ArchRule widgetsKnowNoStepAndNoWindow = noClasses()
            .that().resideInAPackage("dev.offboard.ui.widget..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.offboard.ui.step..", "dev.offboard.ui.shell..")
            .because("widgets are reusable pieces, not parts of one step");

    @ArchTest
    static final ArchRule stepsKnowNothingOfTheWindow = noClasses()
            .that().resideInAPackage("dev.offboard.ui.step..")
            .should().dependOnClassesThat().resideInAPackage("dev.offboard.ui.shell..")
            .because("a step reaches the app only through interfaces it owns");

    @ArchTest
    static final ArchRule everyUiClassIsInOneOfTheFourPackages = noClasses()
            .that().resideInAPackage("dev.offboard.ui..").and().doNotHaveSimpleName("package-info")
            .should().resideOutsideOfPackages("dev.offboard.ui.core..", "dev.offboard.ui.widget..",
                    "dev.offboard.ui.step..", "dev.offboard.ui.shell..")
            .because("docs/ui.md describes these four packages; a new one belongs in that table first");
}
