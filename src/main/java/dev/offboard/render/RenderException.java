package dev.offboard.render;

/** A document could not be made; the message says why in terms a person can act on. */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
