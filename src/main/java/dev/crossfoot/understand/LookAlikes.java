package dev.crossfoot.understand;

import java.util.Map;

/**
 * The letters a text recogniser reads for digits: "1O,2OO" is 10,200 with two slips. A letter
 * among digits that looks like none ("777X", "A320") is part of a name, not a damaged number.
 */
public final class LookAlikes {

    private static final Map<Character, Character> DIGIT_FOR_LETTER = Map.ofEntries(
            Map.entry('O', '0'), Map.entry('o', '0'), Map.entry('D', '0'), Map.entry('Q', '0'),
            Map.entry('l', '1'), Map.entry('I', '1'), Map.entry('i', '1'), Map.entry('|', '1'),
            Map.entry('S', '5'), Map.entry('s', '5'), Map.entry('B', '8'), Map.entry('Z', '2'),
            Map.entry('z', '2'), Map.entry('G', '6'), Map.entry('b', '6'), Map.entry('g', '9'));

    private LookAlikes() {
    }

    /** The digit a character is read for, or the character itself. */
    public static char digitFor(char c) {
        return DIGIT_FOR_LETTER.getOrDefault(c, c);
    }

    /** Whether the character is a letter read for a digit. */
    public static boolean readsAsDigit(char c) {
        return DIGIT_FOR_LETTER.containsKey(c);
    }
}
