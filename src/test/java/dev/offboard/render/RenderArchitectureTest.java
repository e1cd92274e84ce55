package dev.offboard.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Private;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The render layer's structure: only {@link PrivatePlanView}, the freelancer's own copy,
 * reads a private part of the plan (never {@link ClientView}), and it never touches Swing or
 * AWT. The first rule is what makes "private never reaches the client" a property of the
 * design rather than of the templates. The one exception to "no AWT" is
 * {@code java.awt.color}, read by {@link ColorProfile} alone for the PDF/A output intent.
 */
class RenderArchitectureTest {

    private static JavaClasses render;

    @BeforeAll
    static void importRenderClasses() {
        render = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.offboard.render");
    }

    @Test
    void onlyThePrivatePlanViewCallsTheAccessorOfAPrivateComponent() {
        List<String> violations = privateReads()
                .filter(call -> !call.getOriginOwner().getName().equals(PrivatePlanView.class.getName()))
                .map(JavaMethodCall::getDescription)
                .toList();

        assertThat(privateAccessors()).contains("dev.offboard.plan.Plan.assessment",
                "dev.offboard.plan.Conversation.script");
        assertThat(render).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void clientViewNeverCallsTheAccessorOfAPrivateComponent() {
        List<String> fromClientView = privateReads()
                .filter(call -> call.getOriginOwner().getName().startsWith(ClientView.class.getName()))
                .map(JavaMethodCall::getDescription)
                .toList();

        assertThat(fromClientView).isEmpty();
    }

    @Test
    void privatePlanViewReadsTheAssessmentAndTheConversation() {
        assertThat(privateReads().map(RenderArchitectureTest::key))
                .contains("dev.offboard.plan.Plan.assessment", "dev.offboard.plan.Conversation.script",
                        "dev.offboard.plan.Assessment.notes");
    }

    private static java.util.stream.Stream<JavaMethodCall> privateReads() {
        Set<String> privateAccessors = privateAccessors();
        return render.stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> privateAccessors.contains(key(call)));
    }

    @Test
    void renderDoesNotUseSwingOrAwtBeyondColourProfiles() {
        noClasses().that().resideInAPackage("dev.offboard.render..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("javax.swing..", "java.awt..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.awt.color.."))))
                .check(render);
    }

    @Test
    void onlyColorProfileReadsTheJdkColourProfiles() {
        noClasses().that().resideInAPackage("dev.offboard.render..")
                .and().doNotHaveFullyQualifiedName(ColorProfile.class.getName())
                .should().dependOnClassesThat().resideInAPackage("java.awt.color..")
                .check(render);
    }

    @Test
    void renderDoesNotReadTheClockOrPrintToTheConsole() {
        noClasses().that().resideInAPackage("dev.offboard.render..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(render);
    }

    private static String key(JavaMethodCall call) {
        return call.getTargetOwner().getName() + "." + call.getName();
    }

    /**
     * "Type.accessor" for every record component of the plan that is private: marked
     * {@link Private}, inside a record marked private, or whose type is a private record.
     */
    private static Set<String> privateAccessors() {
        Set<String> accessors = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Plan.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            boolean recordPrivate = type.isAnnotationPresent(Private.class);
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> target = elementClass(component);
                if (recordPrivate || component.isAnnotationPresent(Private.class)
                        || target.isAnnotationPresent(Private.class)) {
                    accessors.add(type.getName() + "." + component.getName());
                }
                todo.push(target);
            }
        }
        return accessors;
    }

    private static Class<?> elementClass(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return component.getType();
    }
}
