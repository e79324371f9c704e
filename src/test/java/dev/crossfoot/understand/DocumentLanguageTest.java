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
    void withNoEvidenceTheDocumentIsEnglish() {
        assertEquals("en", DocumentLanguage.of(null, List.of(), lexicon));
        assertEquals("en", DocumentLanguage.of(null, List.of("Level 1", "Level 2"), lexicon));
    }
}
