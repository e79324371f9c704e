package dev.crossfoot.understand;

import dev.crossfoot.model.SyntaxError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimWordsTest {

    @Test
    void scalesAndCuesAreReadFromTheFile() {
        ClaimWords words = ClaimWords.parse("x.claims", "language it\nscale 1000000 \"milioni\"\nword approximate \"circa\"\n");
        assertEquals(new BigDecimal("1000000"), words.value(ClaimCue.Valued.SCALE, "Milioni"));
        assertTrue(words.is(ClaimCue.APPROXIMATE, "CIRCA"));
    }

    @Test
    void anotherLanguageAddsItsWordsToTheBuiltInOnes() {
        ClaimWords words = ClaimWords.builtIn().with(ClaimWords.parse("it.claims", "language it\nword approximate \"circa\"\n"));
        assertTrue(words.is(ClaimCue.APPROXIMATE, "circa"));
        assertTrue(words.is(ClaimCue.APPROXIMATE, "approximately"));
    }

    @Test
    void mistakesAreReportedAtFileLineAndColumn() {
        SyntaxError unknown = assertThrows(SyntaxError.class,
                () -> ClaimWords.parse("x.claims", "language en\nword nearly \"about\"\n"));
        assertEquals("x.claims:2:6", unknown.where());
        assertTrue(unknown.getMessage().contains("unknown cue 'nearly'"), unknown.getMessage());
        SyntaxError number = assertThrows(SyntaxError.class,
                () -> ClaimWords.parse("x.claims", "language en\nscale million \"m\"\n"));
        assertEquals("x.claims:2:7", number.where());
        assertThrows(SyntaxError.class, () -> ClaimWords.parse("x.claims", "word approximate \"about\"\n"));
    }
}
