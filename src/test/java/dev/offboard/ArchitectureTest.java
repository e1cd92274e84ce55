package dev.offboard;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
            .should().dependOnClassesThat(resideInAnyPackage("javax.swing..", "java.awt..")
                    .and(not(resideInAPackage("java.awt.color.."))))
            .because("only the desktop UI may touch Swing and AWT");

    /** The one exception, docs/decisions/0001: the PDF/A output intent is the JDK's sRGB profile. */
    @ArchTest
    static final ArchRule onlyTheColourProfileReadsJavaAwtColor = noClasses()
            .that().resideOutsideOfPackages("dev.offboard.ui..", "dev.offboard.app..")
            .and().doNotHaveFullyQualifiedName("dev.offboard.render.ColorProfile")
            .should().dependOnClassesThat().resideInAPackage("java.awt.color..")
            .because("the sRGB profile is read in one place, for the PDFs' output intent");

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
