package dev.offboard.ui.testing;

import java.awt.GraphicsEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test that opens real windows. Without a display it is skipped with a message,
 * except in CI ({@code CI=true}), where a missing display fails the test instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("window")
@ExtendWith(RequiresDisplay.Condition.class)
public @interface RequiresDisplay {

    /** Decides whether window tests can run here. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String display = System.getenv("DISPLAY");
            boolean hasDisplay = !GraphicsEnvironment.isHeadless() && display != null && !display.isBlank();
            if (hasDisplay) {
                return ConditionEvaluationResult.enabled("display " + display);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but there is no display for the window tests:"
                        + " run them under xvfb-run (see README).");
            }
            return ConditionEvaluationResult.disabled("No display: window tests skipped. Run them under"
                    + " xvfb-run -a -s \"-screen 0 1400x900x24\" mvn test");
        }
    }
}
