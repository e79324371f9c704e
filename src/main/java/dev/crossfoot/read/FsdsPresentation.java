package dev.crossfoot.read;

/**
 * One line of {@code pre.txt}: where a concept ({@code tag}, {@code version}) stands in a statement as the
 * filer presented it — report number, line number, statement kind ({@code stmt}: BS, IS, CF, CI, EQ, …),
 * whether it is the parenthetical part ({@code inpth}), the filer's own label and whether the value is
 * shown with its sign reversed ({@code negating}). {@code sourceLine} is its line in {@code pre.txt}.
 */
record FsdsPresentation(int report, int line, String stmt, boolean parenthetical, String tag, String version,
                        String label, boolean negating, int sourceLine) {

    /**
     * The line's XBRL element, prefix and name ({@code us-gaap:Assets}), for a standard taxonomy's element (its
     * version {@code us-gaap/2009}); null for the filer's own (its version the submission's accession number).
     */
    String element() {
        int slash = version.indexOf('/');
        return slash > 0 ? version.substring(0, slash) + ':' + tag : null;
    }

    String concept() {
        return FsdsValue.conceptKey(tag, version);
    }

    /**
     * Whether the two lines present one concept: {@code concept().equals(other.concept())} without joining
     * either key (the fields of a tab-separated file hold no tab, so the joined keys are equal exactly when
     * tag and version are). Asked for every pair of a statement's lines, the joined keys were built each time.
     */
    boolean sameConcept(FsdsPresentation other) {
        return tag.equals(other.tag) && version.equals(other.version);
    }
}
