package dev.crossfoot.model;

import java.math.BigDecimal;

/**
 * What a cell's text says, before any unit caption is applied. Unknowns stay visible:
 * a malformed number is a value of its own, never an exception and never a silent blank.
 */
public sealed interface CellValue {

    /** A blank cell: nothing reported. */
    record Absent() implements CellValue { }

    /**
     * A cell the input does not give a figure for, on a line it has ({@link Cell#notGiven()}): unknown,
     * not nothing, so an identity that needs it is not evaluated.
     */
    record NotGiven() implements CellValue { }

    /** A dash: the filer reports zero (or less than half a unit). */
    record Nil() implements CellValue { }

    /** "N/A", "n/m" and the like: reported as not applicable. */
    record NotApplicable(String text) implements CellValue { }

    /**
     * A number in the cell's own display units; {@code precision} is the unit of its last digit
     * shown ({@code 41,892} → 1, {@code 0.01} → 0.01, {@code 63.6%} → 0.1).
     */
    record Number(BigDecimal value, BigDecimal precision, boolean percent, boolean currency) implements CellValue { }

    /**
     * Words, a range or a ratio where amounts stand ("Level 1", "Not presented", "2025 – 2060",
     * "0.45% - 2.25%", "0.91:1"): what the filer meant, but no amount to add or compare.
     */
    record Text(String text) implements CellValue { }

    /** Text that should be a number and is not ({@code 4,94}, {@code 1O,2OO}). */
    record Malformed(String problem) implements CellValue { }

    default boolean isNumeric() {
        return this instanceof Number || this instanceof Nil;
    }
}
