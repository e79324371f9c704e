package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;

/**
 * What {@link RunSums} is asked of one table: which run of the lines beside a line (nearest first, as many as it may
 * sum) adds up to that line. The answer depends on nothing else, and the readings of a table without depths ask it
 * again and again of the same lines (each total's readings overlap, and the rules' lines between rows collapse their
 * subtotals too): about three questions in four a pass were ones already answered for the table. Rows are compared
 * by identity: those of one table are distinct, and hashing a row hashes all its cells.
 */
final class RunQuestion {

    private final StatementRow line;
    private final StatementRow[] parts;
    private final int limit;
    private final int hash;

    RunQuestion(StatementRow line, StatementRow[] parts, int limit) {
        this.line = line;
        this.parts = parts;
        this.limit = limit;
        int h = System.identityHashCode(line) * 31 + limit;
        for (StatementRow part : parts) {
            h = h * 31 + System.identityHashCode(part);
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RunQuestion question) || hash != question.hash || line != question.line
                || limit != question.limit || parts.length != question.parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != question.parts[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
