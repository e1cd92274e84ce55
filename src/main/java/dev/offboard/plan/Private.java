package dev.offboard.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a plan component (or a whole section) that belongs to the freelancer alone.
 *
 * <p>Client-facing outputs are built from {@link ClientView}, which never reads a private
 * component; a test fills every component carrying this mark with a unique marker and
 * scans every client-facing output for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE, ElementType.METHOD})
public @interface Private {
}
