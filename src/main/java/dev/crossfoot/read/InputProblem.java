package dev.crossfoot.read;

import dev.crossfoot.model.Location;

/**
 * Something in an input that could not be read: a whole document (malformed JSON, a missing
 * field), a part of one (garbled lines), or a value the extraction visibly damaged (digits cut
 * off). Reported as an input finding; never a crash. A damaged value is an error: the number
 * read is not the number filed.
 */
public record InputProblem(Location location, String message, boolean wholeDocument, boolean damagedValue) {

    public InputProblem(Location location, String message, boolean wholeDocument) {
        this(location, message, wholeDocument, false);
    }

    public static InputProblem document(Location location, String message) {
        return new InputProblem(location, message, true, false);
    }

    public static InputProblem part(Location location, String message) {
        return new InputProblem(location, message, false, false);
    }

    /** A cell that was read but whose value the extraction visibly damaged (digits cut off). */
    public static InputProblem damagedValue(Location location, String message) {
        return new InputProblem(location, message, false, true);
    }
}
