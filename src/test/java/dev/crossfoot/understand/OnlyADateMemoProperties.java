package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of the dated lines' memo ({@link DateWords#onlyADate}): whether a label names nothing but a date, answered
 * from what was kept for the same text, is what matching it against every date form afresh says — asked first or
 * again, after texts that share its start, its date or its end.
 */
class OnlyADateMemoProperties {

    @Property(tries = 2000)
    @Label("a label of a date in any form and language, with or without more before or after, reads as worked out afresh")
    void keptAsWorkedOut(@ForAll("labels") String label) {
        boolean plain = Hierarchy.namesOnlyADate(label, true);
        Statistics.label("only a date").collect(plain);
        assertEquals(plain, Hierarchy.namesOnlyADate(label, false), label);
        assertEquals(plain, Hierarchy.namesOnlyADate(label, false), label + " (asked again)");
    }

    @Example
    @Label("texts that share a date and differ after it are told apart when both are kept")
    void sharedStarts() {
        assertTrue(Hierarchy.namesOnlyADate("December 31, 2024", false));
        assertFalse(Hierarchy.namesOnlyADate("December 31, 2024 to 2025", false));
        assertTrue(Hierarchy.namesOnlyADate("December 31, 2024:", false));
        assertFalse(Hierarchy.namesOnlyADate("December 31, 2024 and 2023", false));
        assertFalse(Hierarchy.namesOnlyADate("February 31, 2024", false));
        assertTrue(Hierarchy.namesOnlyADate("31. Dezember 2024", false));
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> month = Arbitraries.of("January", "February", "March", "June", "September", "December", "Dec.", "Sept",
                "Januar", "März", "Dezember", "janvier", "février", "décembre", "Marhc", "MARCH");
        Arbitrary<Integer> day = Arbitraries.of(1, 2, 9, 15, 28, 29, 30, 31, 32);
        Arbitrary<Integer> year = Arbitraries.of(2009, 2010, 2023, 2024, 2025, 1999);
        Arbitrary<String> date = Combinators.combine(month, day, year, Arbitraries.integers().between(0, 5)).as((m, d, y, form) -> switch (form) {
            case 0 -> m + " " + d + ", " + y;
            case 1 -> d + " " + m + " " + y;
            case 2 -> d + ". " + m + " " + y;
            case 3 -> String.format("%02d/%02d/%d", Math.min(d, 12), d, y);
            case 4 -> String.format("%02d.%02d.%d", d, Math.min(d, 12), y);
            default -> m + " " + y;
        });
        Arbitrary<String> before = Arbitraries.of("", "", "", " ", "Balance ", "Balance, ", "As of ", "1 ");
        Arbitrary<String> after = Arbitraries.of("", "", "", ":", ".", " :", " . ", " 2024", " and 2023", " to June 30, 2025", ", 2024",
                " - 2025", "\u00a02024", "\n2024");
        return Combinators.combine(before, date, after).as((b, d, a) -> b + d + a);
    }
}
