package dev.offboard.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Messages about the user's templates, each kept once, in the order they arose. Thread-safe. */
final class TemplateWarnings {

    private final Set<String> messages = new LinkedHashSet<>();

    synchronized void add(String message) {
        messages.add(message);
    }

    synchronized List<String> list() {
        return List.copyOf(messages);
    }
}
