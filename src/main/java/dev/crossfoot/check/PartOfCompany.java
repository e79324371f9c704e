package dev.crossfoot.check;

import dev.crossfoot.understand.Claim;

import java.util.List;
import java.util.Locale;

/**
 * The part of the company a claim's text speaks of, where the heading it stands under names one and the tables show
 * that part in columns of its own: a release's "Domestic" and "Sears Canada" sections discuss the segments its segment
 * table shows beside the consolidated figures ("Domestic 2004", "Sears Canada 2004", "Consolidated 2004"). A claim
 * there ties only to the cells of that part's columns, never to the consolidated statement. A heading no column of a
 * period names ("Significant Developments", "Outlook") names no part: the claim ties as any other.
 */
final class PartOfCompany {

    private final String name;
    /** The heading lower-cased, looked for as whole words in a header (no regex: asked of every column of every table). */
    private final String words;

    private PartOfCompany(String name) {
        this.name = name;
        this.words = name.toLowerCase(Locale.ROOT);
    }

    /**
     * The part the claim's heading names, where a column of a period in {@code tables} names it too; else null. A heading
     * with a digit (a page's number, a note's) names no part; nor does one that names the claim's own measure ("Net
     * Sales" above "Net sales increased $245 million"), which a column of that measure may name beside its year.
     */
    static PartOfCompany of(Claim claim, List<StatedTable> tables) {
        if (claim.part() == null || claim.part().isBlank() || claim.part().chars().anyMatch(Character::isDigit)) {
            return null;
        }
        PartOfCompany part = new PartOfCompany(claim.part());
        if (part.names(claim.measure())) {
            return null;
        }
        for (StatedTable table : tables) {
            for (int c = 0; c < table.width(); c++) {
                if (table.period(c) != null && part.names(table.column(c))) {
                    return part;
                }
            }
        }
        return null;
    }

    /** Whether every cell stands in a column of this part. */
    boolean states(List<ClaimCheck.Tied> cells) {
        return cells.stream().allMatch(cell -> names(cell.table().column(cell.column())));
    }

    String name() {
        return name;
    }

    private boolean names(String text) {
        if (text == null || text.length() < words.length()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
