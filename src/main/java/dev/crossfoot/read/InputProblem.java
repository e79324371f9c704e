package dev.crossfoot.read;

import dev.crossfoot.model.Location;

/**
 * Something in an input that could not be read: a whole document (malformed JSON, a missing
 * field) or a part of one (garbled lines). Reported as an input finding; never a crash. A cell
 * that was read but visibly damaged is not a problem of reading: it is marked on the cell
 * ({@link dev.crossfoot.model.Cell#damage()}).
 */
public record InputProblem(Location location, String message, boolean wholeDocument) {

    public static InputProblem document(Location location, String message) {
        return new InputProblem(location, message, true);
    }

    public static InputProblem part(Location location, String message) {
        return new InputProblem(location, message, false);
    }
}
