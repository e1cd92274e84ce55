package dev.offboard.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks text the plan keeps for comparison only: Offboard wrote it, from other fields, and it
 * never reaches a document. It is saved and counts toward the plan's size, but it is not the
 * freelancer's own words, so the guards that look at client-facing text pass it by (they
 * check the fields it was made from).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Derived {
}
