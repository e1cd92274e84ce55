package dev.offboard.ui.core;

/**
 * An error of the Java machine itself (out of memory, a stack too deep) met by a task, as an
 * exception whose message the window can show: never a stack trace, never a class name.
 */
final class MachineFailure extends Exception {

    private static final long serialVersionUID = 1L;

    MachineFailure(Throwable error, Messages messages) {
        super(describe(error, messages), error);
    }

    /** One sentence for the user, in the window's language. */
    static String describe(Throwable error, Messages messages) {
        if (error instanceof OutOfMemoryError) {
            return messages.text("failure.outOfMemory");
        }
        if (error instanceof StackOverflowError) {
            return messages.text("failure.tooDeep");
        }
        return messages.text("failure.unexpected", error.getClass().getSimpleName());
    }
}
