package dev.crossfoot.understand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document's language, decided once: the one it declares, else the one its labels' cues give. */
class DocumentLanguageTest {

    private final Lexicon lexicon = Lexicon.builtIn();

    @Test
    void theDeclaredLanguageWhenTheLexiconHasIt() {
        assertEquals("de", DocumentLanguage.of("de-DE", List.of("Total revenue"), lexicon));
        assertEquals("fr", DocumentLanguage.of("FR", List.of(), lexicon));
        assertEquals("en", DocumentLanguage.of("it", List.of("Total revenue", "Net income"), lexicon), "no Italian file: the labels decide");
    }

    @Test
    void elseTheLanguageMostLabelsGiveCuesIn() {
        assertEquals("de", DocumentLanguage.of(null, List.of("Umsatzerlöse", "Summe Aktiva", "Jahresüberschuss", "Total"), lexicon));
        assertEquals("fr", DocumentLanguage.of("", List.of("Chiffre d'affaires", "Total des actifs courants", "Résultat net"), lexicon));
        assertEquals("en", DocumentLanguage.of(null, List.of("Revenue", "Total current assets", "Net income"), lexicon));
    }

    @Test
    void aLabelIsAskedByItsFirstWordsOnly() {
        // A broken page's cell may hold the rest of the page: only a label's first words are a line's label.
        String page = "x ".repeat(DocumentLanguage.LONGEST_LABEL) + "Summe Aktiva Umsatzerlöse ".repeat(20_000);
        assertEquals("en", DocumentLanguage.of(null, List.of(page, page, "Revenue"), lexicon));
        assertEquals("de", DocumentLanguage.of(null, List.of("Summe Aktiva " + page, "Umsatzerlöse", "Revenue"), lexicon));
    }

    @Test
    void withNoEvidenceTheDocumentIsEnglish() {
        assertEquals("en", DocumentLanguage.of(null, List.of(), lexicon));
        assertEquals("en", DocumentLanguage.of(null, List.of("Level 1", "Level 2"), lexicon));
    }
}
