package dev.crossfoot.cli;

import dev.crossfoot.model.SyntaxError;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Words a failure of the run as the one clear line a user sees: file, place, problem. */
final class RunFailure {

    private RunFailure() {
    }

    static String describe(Throwable failure) {
        return dev.crossfoot.model.Failure.oneLine(words(failure));
    }

    private static String words(Throwable failure) {
        if (failure instanceof SyntaxError syntax) {
            return syntax.where() + ": " + syntax.getMessage();
        }
        if (failure instanceof UncheckedIOException io) {
            return words(io.getCause());
        }
        if (failure instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (failure instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failure instanceof java.nio.file.FileSystemException system) {
            // The system's reason ("Is a directory", "No space left on device") after the file it concerns.
            String reason = system.getReason() == null ? "cannot be read or written" : lowerFirst(system.getReason());
            return (system.getFile() == null ? "a file" : system.getFile()) + ": " + reason
                    + (system.getOtherFile() == null ? "" : " (" + system.getOtherFile() + ")");
        }
        if (failure instanceof IOException io) {
            String message = io.getMessage() == null ? "" : io.getMessage();
            // crossfoot's own messages start with the file they concern; the system's ("Input/output
            // error") name none, so say what crossfoot was doing.
            return message.contains(": ") ? message
                    : "a file could not be read or written (" + (message.isEmpty() ? "no reason given" : lowerFirst(message)) + ")";
        }
        if (failure instanceof StackOverflowError || failure instanceof OutOfMemoryError
                || failure instanceof ArithmeticException || failure instanceof NumberFormatException) {
            return dev.crossfoot.model.Failure.describe(failure);
        }
        String message = failure.getMessage();
        return message == null ? dev.crossfoot.model.Failure.describe(failure) : message;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
