package dev.offboard.cli;

/** Bad input to a command: the message is printed as it is, and the exit code is 1. */
final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }

    UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
