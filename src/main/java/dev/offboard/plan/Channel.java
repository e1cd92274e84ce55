package dev.offboard.plan;

/** How the honest conversation takes place. */
public enum Channel {
    IN_PERSON,
    VIDEO_CALL,
    PHONE,
    EMAIL
}
