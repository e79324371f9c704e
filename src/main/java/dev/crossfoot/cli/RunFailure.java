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
        if (failure instanceof IOException io) {
            return io.getMessage();
        }
        if (failure instanceof StackOverflowError || failure instanceof OutOfMemoryError
                || failure instanceof ArithmeticException || failure instanceof NumberFormatException) {
            return dev.crossfoot.model.Failure.describe(failure);
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
