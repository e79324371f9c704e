package dev.crossfoot.diagnose;

import dev.crossfoot.check.CheckedFixtures;
import dev.crossfoot.check.Checker;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Interval;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repair's candidates dropped in floating point by their checks' ranges ({@link CellRange}) are only those the exact
 * evaluation fails: for the reported cell and two others of every check of the fixtures and earnings releases, as read
 * and with a digit of a cell changed in each table, no candidate the screen drops (a ninth of the re-readings of the
 * cell's text, and values on and one unit either side of each end of the range) holds the check exactly; and diagnosis
 * with the screen suggests what it suggests without it, for every document.
 */
class ScreenedRepairsTest {

    @Test
    void aCandidateScreenedOutFailsItsCheckExactly() throws Exception {
        int tried = 0;
        int screenedOut = 0;
        int heldNearEdges = 0;
        int ranges = 0;
        for (Map.Entry<Document, List<EvaluatedCheck>> checked : checked()) {
            Document document = checked.getKey();
            for (EvaluatedCheck check : checked.getValue()) {
                if (check.reported() == null || check.expected() == null || !check.readable()) {
                    continue;
                }
                List<Term> terms = check.terms();
                // The reported cell, and two of the side's: the first and the last (a long footing's lines are alike).
                for (Term term : terms.size() <= 3 ? terms : List.of(terms.get(0), terms.get(1), terms.get(terms.size() - 1))) {
                    CellRange range = CellRange.of(check, term.key(), Map.of());
                    if (range == null) {
                        continue;
                    }
                    ranges++;
                    SuspectCell cell = SuspectCell.of(term);
                    for (Rereadings.Candidate candidate : candidates(cell, check)) {
                        Repair repair = new Repair(cell, candidate.value(), candidate.decimals(), Cause.UNEXPLAINED);
                        Interval interval = repair.interval();
                        boolean holds = check.holdsWith(Map.of(term.key(), interval));
                        boolean dropped = range.surelyMisses(interval.low().doubleValue(), interval.high().doubleValue());
                        assertFalse(dropped && holds, document.file() + " " + check.table().id() + " " + check.rule().id()
                                + " column " + check.column() + ": " + candidate + " for " + term.ref() + " holds but is dropped");
                        tried++;
                        screenedOut += dropped ? 1 : 0;
                        heldNearEdges += holds && candidate.decimals() >= 0 ? 1 : 0;
                    }
                }
            }
        }
        String counts = ranges + " ranges, " + tried + " candidates, " + screenedOut + " dropped, " + heldNearEdges + " held";
        System.out.println("ScreenedRepairsTest: " + counts);
        assertTrue(ranges > 20_000 && tried > 500_000, counts);
        // The screen must drop most (what it is for) and leave the ones that hold.
        assertTrue(screenedOut > tried / 3 && heldNearEdges > 100_000, counts);
    }

    @Test
    void diagnosisSuggestsTheSameWithAndWithoutTheScreen() throws Exception {
        int documents = 0;
        int suggestions = 0;
        for (Map.Entry<Document, List<EvaluatedCheck>> checked : checked()) {
            Document document = checked.getKey();
            List<EvaluatedCheck> checks = checked.getValue();
            Diagnosis screened = Diagnosis.of(checks, true);
            Diagnosis exact = Diagnosis.of(checks, false);
            assertEquals(exact.suggestions(), screened.suggestions(), document.file());
            for (EvaluatedCheck check : checks) {
                for (Term term : check.terms()) {
                    assertEquals(exact.forUnreadable(term.ref()), screened.forUnreadable(term.ref()), document.file());
                }
            }
            documents++;
            suggestions += exact.suggestions().size();
        }
        System.out.println("ScreenedRepairsTest: " + documents + " documents, " + suggestions + " suggestions");
        assertTrue(documents > 300 && suggestions > 300, documents + " documents, " + suggestions + " suggestions");
    }

    private static List<Map.Entry<Document, List<EvaluatedCheck>>> checked;

    /** Each document with its checks, worked out once for both tests. */
    private static synchronized List<Map.Entry<Document, List<EvaluatedCheck>>> checked() throws Exception {
        if (checked == null) {
            Checker checker = new Checker(RuleBook.builtIn());
            checked = new ArrayList<>();
            for (Document document : documents()) {
                checked.add(Map.entry(document, checker.check(document).checks()));
            }
        }
        return checked;
    }

    /** The re-readings of the cell's text, and values on each end of the check's range and one unit either side. */
    private static List<Rereadings.Candidate> candidates(SuspectCell cell, EvaluatedCheck check) {
        // Every ninth of the re-readings (hundreds a cell: a sign lost, digits swapped, dropped, doubled, misread, added).
        List<Rereadings.Candidate> rereadings = Rereadings.of(cell.text(), cell.usualDecimals());
        List<Rereadings.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rereadings.size(); i += 9) {
            candidates.add(rereadings.get(i));
        }
        Map<dev.crossfoot.check.CellKey, Interval> zero = new HashMap<>();
        zero.put(cell.key(), Interval.ZERO);
        Interval rest = check.expectedInterval(zero);
        if (rest == null) {
            return candidates;
        }
        int places = cell.usualDecimals();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
        Interval reported = check.reportedInterval(zero);
        for (BigDecimal end : List.of(reported.low().subtract(rest.high()), reported.high().subtract(rest.low()),
                rest.low().subtract(reported.high()), rest.high().subtract(reported.low()), rest.low(), rest.high())) {
            BigDecimal display = end.divide(cell.scale(), Interval.DIVISION).setScale(places, RoundingMode.HALF_UP);
            for (int step = -1; step <= 1; step++) {
                candidates.add(new Rereadings.Candidate(display.add(unit.multiply(BigDecimal.valueOf(step))), places));
            }
        }
        return candidates;
    }

    /** The fixture cases, both Sonus filings, the FSDS fixtures and the earnings releases; and each with a digit changed in every table. */
    private static List<Document> documents() throws Exception {
        List<Document> read = CheckedFixtures.documents();
        List<Document> documents = new ArrayList<>(read);
        Random random = new Random(20261207L);
        for (Document document : read) {
            documents.add(CheckedFixtures.withDigitChanged(document, random));
        }
        return documents;
    }
}
