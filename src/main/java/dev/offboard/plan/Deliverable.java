package dev.offboard.plan;

import java.time.LocalDate;

/** Work still to deliver before the relationship ends. */
public record Deliverable(String name, String description, LocalDate dueDate, Status status) {

    public Deliverable {
        name = Text.clean(name);
        description = Text.clean(description);
        status = status == null ? Status.NOT_STARTED : status;
    }

    public enum Status { NOT_STARTED, IN_PROGRESS, DELIVERED }

    public Deliverable withName(String value) {
        return new Deliverable(value, description, dueDate, status);
    }

    public Deliverable withDescription(String value) {
        return new Deliverable(name, value, dueDate, status);
    }

    public Deliverable withDueDate(LocalDate value) {
        return new Deliverable(name, description, value, status);
    }

    public Deliverable withStatus(Status value) {
        return new Deliverable(name, description, dueDate, value);
    }
}
