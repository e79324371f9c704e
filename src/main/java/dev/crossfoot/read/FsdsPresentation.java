package dev.crossfoot.read;

/**
 * One line of {@code pre.txt}: where a concept ({@code tag}, {@code version}) stands in a statement as the
 * filer presented it — report number, line number, statement kind ({@code stmt}: BS, IS, CF, CI, EQ, …),
 * whether it is the parenthetical part ({@code inpth}), the filer's own label and whether the value is
 * shown with its sign reversed ({@code negating}). {@code sourceLine} is its line in {@code pre.txt}.
 */
record FsdsPresentation(int report, int line, String stmt, boolean parenthetical, String tag, String version,
                        String label, boolean negating, int sourceLine) {

    String concept() {
        return FsdsValue.conceptKey(tag, version);
    }
}
