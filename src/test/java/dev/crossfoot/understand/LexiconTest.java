package dev.crossfoot.understand;

import dev.crossfoot.model.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    private static Lexicon lexicon(String body) {
        return Lexicon.parse("test.lexicon", "language xx\n" + body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cue totals                          | test.lexicon:2:5: unknown cue 'totals' (known: total, subtotal,",
        "\\n  starts \"total\"               | test.lexicon:3:3: phrases before any 'cue NAME' line",
        "cue total\\n  begins \"total\"      | test.lexicon:3:3: expected one of starts, ends, words, part, is, regex, found 'begins'",
        "cue total\\n  starts \"total        | test.lexicon:3:10: unterminated quoted phrase",
        "cue total\\n  starts total          | test.lexicon:3:10: expected a quoted phrase",
        "cue total\\n  starts \"a\" \"b\"     | test.lexicon:3:14: unexpected text '\"b\"'",
        "cue total\\n  regex \"^(total\"     | test.lexicon:3:17: not a regular expression: Unclosed group",
        "cue spanning-total\\n  regex \"^total\" | test.lexicon:3:9: cue 'spanning-total' needs a regex with 1 capturing group(s): "
                + "a grand total joining sections; group 1 is the label of the first section's total",
        "cue total\\n  words \"...\"         | test.lexicon:3:9: a phrase needs words: \"...\"",
        "cue total\\n  words \"... total\"   | test.lexicon:3:9: '...' stands between words, not at the ends of a phrase",
        "cue net\\n  words \"net\"\\ncue net  | test.lexicon:4:5: cue 'net' is already given in this file",
        "cue month\\n  words \"mai\"         | test.lexicon:3:9: expected the number the phrases stand for",
        "cue month\\n  regex 5 \"^mai\"     | test.lexicon:3:3: cue 'month' gives phrases with a number, not regexes",
        "cue date-form\\n  words \"x\"       | test.lexicon:3:3: expected one of form, found 'words'",
        "cue date-form\\n  form \"day month\" | test.lexicon:3:8: a date form names the day, the month (or mm) and the year",
        "cue date-form\\n  form \"day; month year\" | test.lexicon:3:8: a date form is day, month (or mm) and year with punctuation",
        "cue total\\n  form \"day month year\" | test.lexicon:3:3: expected one of starts, ends, words, part, is, regex, found 'form'",
    })
    void aMistakeNamesFileLineAndColumn(String body, String expected) {
        SyntaxError error = assertThrows(SyntaxError.class, () -> lexicon(body.replace("\\n", "\n")));
        assertTrue(error.toString().startsWith(expected), error::toString);
    }

    @Test
    void theLanguageComesFirst() {
        SyntaxError error = assertThrows(SyntaxError.class, () -> Lexicon.parse("de.lexicon", "# German\ncue total\n"));
        assertEquals("de.lexicon:2:1: expected 'language CODE' (such as 'language de') before anything else", error.toString());
        assertEquals("empty.lexicon:1:1: expected 'language CODE' (such as 'language de'): the file is empty",
                assertThrows(SyntaxError.class, () -> Lexicon.parse("empty.lexicon", "# nothing\n")).toString());
    }

    @ParameterizedTest(name = "{0} {1} on \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
        "starts | total                  | total revenue            | true",
        "starts | total                  | totals                   | false",
        "starts | total                  | subtotal                 | false",
        "ends   | insgesamt              | umsatzerlöse insgesamt   | true",
        "ends   | insgesamt              | insgesamte umsätze       | false",
        "words  | net                    | property, net            | true",
        "words  | net                    | network costs            | false",
        "part   | aufwand                | materialaufwand          | true",
        "is     | working capital        | working capital          | true",
        "is     | working capital        | working capital needs    | false",
        "words  | liabilit*              | current liabilities      | true",
        "words  | *tätigkeit             | laufender geschäftstätigkeit | true",
        "starts | net cash ... activities | net cash used in investing activities | true",
        "starts | net cash ... activities | net cash at end of year  | false",
        "words  | %                      | gross margin %           | true",
    })
    void phrasesMatchWholeWordsWhereTheySay(String kind, String phrase, String label, boolean expected) {
        Lexicon lexicon = lexicon("cue total\n  " + kind + " \"" + phrase + "\"\n");
        assertEquals(expected, lexicon.matches(Cue.TOTAL, label));
    }

    @Test
    void aLabelMatchesWhenAnyLanguageMatches() {
        Lexicon both = Lexicon.parse("en", "language en\ncue total\n  starts \"total\"\n")
                .with(Lexicon.parse("de", "language de\ncue total\n  starts \"summe\"\n  ends \"insgesamt\"\n"));
        assertEquals(Set.of("en", "de"), both.languages());
        assertTrue(both.matches(Cue.TOTAL, "total revenue"));
        assertTrue(both.matches(Cue.TOTAL, "summe umsatzerlöse"));
        assertEquals("umsatzerlöse", both.strip(Cue.TOTAL, "umsatzerlöse insgesamt"));
        assertFalse(both.matches(Cue.SUBTOTAL, "total revenue"));
    }

    @Test
    void theLongestPhraseIsStripped() {
        Lexicon french = Lexicon.parse("fr", "language fr\ncue total\n  starts \"total\", \"total des\", \"total de l'\"\n");
        assertEquals("produits d'exploitation", french.strip(Cue.TOTAL, "total des produits d'exploitation"));
        assertEquals("actif", french.strip(Cue.TOTAL, "total de l'actif"));
    }

    @Test
    void theBuiltInLexiconGivesTheStructureCuesInEveryLanguage() {
        Lexicon builtIn = Lexicon.builtIn();
        assertEquals(Set.of("en", "de", "fr"), builtIn.languages());
        for (Cue cue : Cue.values()) {
            assertFalse(builtIn.entries(cue).stream().noneMatch(e -> e.language().equals("en")), "English gives " + cue.fileName());
        }
        // The forms of securities owned (3, 4 and 5) are the SEC's, in English only.
        Set<Cue> englishOnly = EnumSet.of(Cue.EXHIBIT_INDEX, Cue.OWNERSHIP_TITLE);
        // German prints an ordinal as the number and a full stop ("94."), which digits cannot tell
        // from an amount: its file says so instead of giving the cue.
        java.util.Map<String, Set<Cue>> leftOut = java.util.Map.of("de", EnumSet.of(Cue.ORDINAL, Cue.DAY_SUFFIX), "fr", EnumSet.noneOf(Cue.class));
        for (String language : List.of("de", "fr")) {
            Set<Cue> notGiven = EnumSet.copyOf(englishOnly);
            notGiven.addAll(leftOut.get(language));
            for (Cue cue : EnumSet.complementOf(EnumSet.copyOf(notGiven))) {
                assertTrue(builtIn.entries(cue).stream().anyMatch(e -> e.language().equals(language)), language + " gives " + cue.fileName());
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
        "Summe Umsatzerlöse                              | TOTAL",
        "Umsatzerlöse insgesamt                          | TOTAL",
        "Zwischensumme                                   | SUBTOTAL",
        "abzüglich kumulierte Abschreibungen             | DEDUCTION",
        "Stand am 1. Januar 2024                         | OPENING_BALANCE",
        "Stand am 31. Dezember 2024                      | BALANCE",
        "Ergebnis je Aktie (unverwässert)                | PER_SHARE",
        "Cashflow aus laufender Geschäftstätigkeit       | ACTIVITY_NET_CASH",
        "Total des produits d'exploitation               | TOTAL",
        "Sous-total                                      | SUBTOTAL",
        "Moins : amortissements cumulés                  | DEDUCTION",
        "Solde au 1er janvier 2024                       | OPENING_BALANCE",
        "Résultat net par action                         | PER_SHARE",
        "Flux net de trésorerie lié aux activités opérationnelles | ACTIVITY_NET_CASH",
        "Taux d'impôt effectif                           | PERCENT",
        "Prix d'exercice moyen pondéré                   | AVERAGE_VALUE",
    })
    void germanAndFrenchLabelsGiveTheirCues(String label, Cue cue) {
        assertTrue(Lexicon.builtIn().matches(cue, Labels.normalise(label)));
    }

    @Test
    void englishLabelsGiveNoCueOfAnotherLanguageByAccident() {
        Lexicon builtIn = Lexicon.builtIn();
        assertFalse(builtIn.matches(Cue.BALANCE, Labels.normalise("Stand-alone revenue")));
        assertFalse(builtIn.matches(Cue.SHARES, Labels.normalise("Restructuring actions")));
        assertFalse(builtIn.matches(Cue.PERCENT, Labels.normalise("Quoted prices in active markets")));
    }

    @Test
    void normalisedLabelsKeepUmlautsAndAccents() {
        assertEquals("summe umsatzerlöse", Labels.normalise("SUMME UMSATZERLÖSE:"));
        assertEquals("umsatzerlöse", Labels.normalise("Umsatzerlo\u0308se"));
        assertEquals("außerplanmäßige abschreibungen", Labels.normalise("Außerplanmäßige Abschreibungen"));
        assertEquals("charges d'exploitation", Labels.normalise("Charges d’exploitation\u202f:"));
        assertEquals("état de la situation financière", Labels.normalise("ÉTAT DE LA SITUATION FINANCIÈRE"));
        assertEquals("produits à recevoir", Labels.normalise("Produits\u00a0à recevoir (1)"));
    }

    @Test
    void eachCueAnswersForItselfAboutTheSameText() {
        Lexicon lexicon = lexicon("cue total\n  starts \"total\"\ncue net\n  words \"net\"\n");
        String text = "total net revenue";
        for (int time = 0; time < 2; time++) {
            assertTrue(lexicon.matches(Cue.TOTAL, text));
            assertTrue(lexicon.matches(Cue.NET, text));
            assertFalse(lexicon.matches(Cue.SUBTOTAL, text));
            assertEquals(0, lexicon.start(Cue.TOTAL, text));
            assertEquals(6, lexicon.start(Cue.NET, text));
            assertEquals(-1, lexicon.start(Cue.SUBTOTAL, text));
        }
    }
}
