package dev.crossfoot.diagnose;

/**
 * The extraction errors diagnosis can recognise, each with how strongly a fit speaks for the
 * hypothesis. A fit of a specific pattern (characters reversed) is rarely a coincidence, a value
 * that merely equals its neighbour often is, and a difference no pattern explains is weak evidence.
 */
public enum Cause {
    CHARACTERS_REVERSED("characters reversed", 0.9),
    TRUNCATED("truncated", 0.85),
    SIGN_LOST("sign lost", 0.8),
    SIGN_ADDED("sign added", 0.8),
    DIGITS_TRANSPOSED("digits transposed", 0.8),
    SCALE_OFF("scale off by 1,000", 0.8),
    DIGIT_DOUBLED("digit doubled", 0.75),
    DECIMAL_POINT_MOVED("decimal point moved", 0.75),
    DIGIT_DROPPED("digit dropped", 0.7),
    OCR_CONFUSION("OCR confusion", 0.7),
    COLUMNS_SWAPPED("columns swapped", 0.75),
    ROW_SHIFTED("row shifted", 0.75),
    UNEXPLAINED("unexplained", 0.1);

    private final String label;
    private final double plausibility;

    Cause(String label, double plausibility) {
        this.label = label;
        this.plausibility = plausibility;
    }

    /** The words reports print. */
    public String label() {
        return label;
    }

    /** How much a fit of this cause supports the repair, between 0 and 1. */
    public double plausibility() {
        return plausibility;
    }
}
