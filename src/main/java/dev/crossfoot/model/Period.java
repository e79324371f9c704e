package dev.crossfoot.model;

import java.time.LocalDate;

/**
 * What a column reports: an instant (a balance-sheet date) or a duration ending on a date.
 * {@code months} is 0 for instants; {@code end} may be null when the header gives no date.
 * {@code variant} tells apart columns of the same period (an outlook's "low" and "high").
 * A duration of unknown length ({@code months} 0, e.g. a flow statement headed only by a date)
 * is the same as no other period: nothing can be tied to it.
 */
public record Period(boolean instant, LocalDate end, int months, String variant) {

    public boolean lengthKnown() {
        return instant || months > 0;
    }

    public boolean sameAs(Period other) {
        return other != null && lengthKnown() && instant == other.instant && months == other.months
                && end != null && end.equals(other.end) && java.util.Objects.equals(variant, other.variant);
    }

    @Override
    public String toString() {
        String date = end == null ? "?" : end.toString();
        String base = instant ? "as of " + date : months + " months to " + date;
        return variant == null ? base : base + " (" + variant + ")";
    }
}
