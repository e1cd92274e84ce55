package dev.offboard.ui.core;

import java.util.function.Function;

/**
 * What a piece of typed text gave: a value (which may be null, as for an empty date), or a
 * message for the user saying why it cannot be taken. Input that does not parse is an
 * answer, not an exception.
 *
 * @param <T> the value's type
 */
public record Parsed<T>(T value, String problem) {

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> rejected(String message) {
        return new Parsed<>(null, message);
    }

    public boolean isValid() {
        return problem == null;
    }

    /** The value passed through {@code next}, or the same rejection. */
    public <R> Parsed<R> map(Function<T, R> next) {
        return isValid() ? of(next.apply(value)) : rejected(problem);
    }
}
