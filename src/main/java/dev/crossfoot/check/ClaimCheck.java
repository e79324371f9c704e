package dev.crossfoot.check;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.understand.Claim;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim of the text checked against the tables: passed or failed against the cells it was tied
 * to, or not evaluated with the reason. {@code expected} and {@code actual} are what a failure
 * reports: what the table states and what the text states, in the text's own words and units.
 * {@code untied} marks a claim no table of its document states (no line names its measure, or
 * none for its period): another document of the same company may ({@link CrossDocumentClaims}).
 */
public record ClaimCheck(Rule rule, Claim claim, CheckStatus status, String detail, List<Tied> cells,
                         String expected, String actual, boolean untied) {

    public ClaimCheck {
        cells = List.copyOf(cells);
    }

    public ClaimCheck(Rule rule, Claim claim, CheckStatus status, String detail, List<Tied> cells, String expected, String actual) {
        this(rule, claim, status, detail, cells, expected, actual, false);
    }

    /** A cell a claim was tied to. */
    public record Tied(StatedTable table, StatedRow row, int column) {
        CellRef ref() {
            return new CellRef(table.id(), row.label(), table.column(column), row.text(column), row.location(column));
        }
    }

    static ClaimCheck notEvaluated(Rule rule, Claim claim, String why) {
        return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, why, List.of(), "", "");
    }

    /** Not evaluated because no table of the document states the claim: what another document may settle. */
    static ClaimCheck notInTables(Rule rule, Claim claim, String why) {
        return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, why, List.of(), "", "", true);
    }

    /** This check made against another document's tables: its detail says which document. */
    ClaimCheck inDocument(String document) {
        String where = "tied to document '" + document + "'";
        return new ClaimCheck(rule, claim, status, detail.isEmpty() ? where : where + ", " + detail, cells, expected, actual, false);
    }

    /** The sentence first, as the place a finding points to, then each cell used. */
    public List<CellRef> refs() {
        List<CellRef> refs = new ArrayList<>();
        refs.add(new CellRef("", claim.measure(), claim.period() == null ? "" : claim.period().text(), claim.figureText(),
                claim.location()));
        cells.forEach(cell -> refs.add(cell.ref()));
        return refs;
    }

    /** The outcome every report counts; a failure carries its finding. */
    public CheckOutcome outcome(Document document) {
        String table = cells.isEmpty() ? "" : cells.get(0).table().id();
        String column = cells.isEmpty() ? "" : cells.get(0).table().column(cells.get(0).column());
        Finding finding = status == CheckStatus.FAILED ? finding(document, table, column) : null;
        return new CheckOutcome(rule.id(), document.id(), table, column, status,
                claim.describe() + (detail.isEmpty() ? "" : ": " + detail), refs(), finding);
    }

    private Finding finding(Document document, String table, String column) {
        String message = rule.sentence() + ": the text states " + claim.measure() + " " + claim.figureText()
                + " for " + claim.period() + " (\"" + shortened(claim.sentence()) + "\"), " + detail;
        return new Finding(rule.id(), rule.severity(), message, document.id(), document.file(), table, column, refs(),
                claim.describe(), expected, actual, "", "the rounding of the figure and of the cell", null);
    }

    private static String shortened(String sentence) {
        return sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "…";
    }
}
