package dev.crossfoot.understand;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The periods a sentence names, in every language whose claims file gives their words ({@code rules/lexicon/*.claims}). */
class PeriodPhrasesTest {

    private static final PeriodPhrases PERIODS = new PeriodPhrases(ClaimWords.builtIn());

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Revenue grew 8% in fiscal 2023.                                  | fiscal 2023",
        "Der Umsatz stieg im Geschäftsjahr 2023 um 8 %.                   | geschäftsjahr 2023",
        "Im GJ 2023 stieg der Umsatz.                                     | gj 2023",
        "Le chiffre d'affaires a progressé de 8 % au cours de l'exercice 2023. | exercice 2023",
    })
    void aFiscalYearNamedByItsNumber(String sentence, String said) {
        List<PeriodPhrases.Found> found = PERIODS.find(sentence);
        assertEquals(1, found.size(), found.toString());
        ClaimPeriod period = found.get(0).period();
        assertEquals(ClaimPeriod.fiscalYear(2023, period.text()), period);
        assertEquals(said, period.text().toLowerCase(java.util.Locale.ROOT));
    }
}
