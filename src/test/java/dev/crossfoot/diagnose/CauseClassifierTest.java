package dev.crossfoot.diagnose;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The cause classifier names the extraction error that turns the true value into the text read")
class CauseClassifierTest {

    private final CauseClassifier classifier = new CauseClassifier();

    private Cause cause(String read, String truth) {
        return cause(read, truth, Neighbours.NONE);
    }

    private Cause cause(String read, String truth, Neighbours neighbours) {
        BigDecimal value = new BigDecimal(truth);
        return classifier.classify(read, value, Math.max(0, value.scale()), neighbours);
    }

    @Test
    void charactersReversedBeatsTheScaleErrorThatGivesTheSameNumber() {
        assertEquals(Cause.CHARACTERS_REVERSED, cause("$ (80.0)", "-0.08"));
        assertEquals(Cause.CHARACTERS_REVERSED, cause("35,366", "66353"));
    }

    @Test
    void aMissingOrExtraMinusIsASignError() {
        assertEquals(Cause.SIGN_LOST, cause("22,278", "-22278"));
        assertEquals(Cause.SIGN_ADDED, cause("(439)", "439"));
        assertEquals(Cause.SIGN_ADDED, cause("-439", "439"));
    }

    @Test
    void twoAdjacentDigitsSwappedAreATransposition() {
        assertEquals(Cause.DIGITS_TRANSPOSED, cause("66,533", "66353"));
        assertEquals(Cause.DIGITS_TRANSPOSED, cause("0.80", "0.08"));
    }

    @Test
    void oneDigitMisreadAsItsLookAlikeIsOcrConfusion() {
        assertEquals(Cause.OCR_CONFUSION, cause("$ 2,007", "2067"));
        assertEquals(Cause.OCR_CONFUSION, cause("1,O34", "1034"));
        assertEquals(Cause.OCR_CONFUSION, cause("l,034", "1034"));
    }

    @Test
    void aDigitChangedToOneItDoesNotResembleIsNoOcrConfusion() {
        assertEquals(Cause.UNEXPLAINED, cause("2,047", "2067"));
    }

    @Test
    void aDigitLostInsideTheNumberIsADroppedDigit() {
        assertEquals(Cause.DIGIT_DROPPED, cause("2,499", "22499"));
    }

    @Test
    void aDigitWrittenTwiceIsADoubledDigit() {
        assertEquals(Cause.DIGIT_DOUBLED, cause("122,633", "12633"));
    }

    @Test
    void trailingCharactersLostAreTruncation() {
        assertEquals(Cause.TRUNCATED, cause("4,94", "4947"));
        assertEquals(Cause.TRUNCATED, cause("4,9", "4947"));
        assertEquals(Cause.TRUNCATED, cause("494", "4947"));
        assertEquals(Cause.TRUNCATED, cause("0.0", "0.08"));
    }

    @Test
    void theSameDigitsWithThePointOneOrTwoPlacesOffAreAMovedPoint() {
        assertEquals(Cause.DECIMAL_POINT_MOVED, cause("5.19%", "51.9"));
        assertEquals(Cause.DECIMAL_POINT_MOVED, cause("0.8", "0.08"));
    }

    @Test
    void aThousandfoldValueOrOneShownInTheNextUnitIsAScaleError() {
        assertEquals(Cause.SCALE_OFF, cause("41,892,000", "41892"));
        assertEquals(Cause.SCALE_OFF, cause("41.9", "41892"));
    }

    @Test
    void theValueOfTheNextColumnIsAColumnSwap() {
        Neighbours next = new Neighbours(List.of(new BigDecimal("29446")), List.of());
        assertEquals(Cause.COLUMNS_SWAPPED, cause("29,446", "41892", next));
    }

    @Test
    void theValueOfTheRowAboveOrBelowIsARowShift() {
        Neighbours around = new Neighbours(List.of(), List.of(new BigDecimal("24461")));
        assertEquals(Cause.ROW_SHIFTED, cause("24,461", "41892", around));
    }

    @Test
    void noChangeIsNoError() {
        assertNull(cause("41,892", "41892"));
    }
}
