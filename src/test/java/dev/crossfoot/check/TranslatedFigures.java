package dev.crossfoot.check;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/** How the translated-statement tests compare checks across languages: columns by their year, cells by place, figures by their amount. */
final class TranslatedFigures {

    private static final Pattern LAST_YEAR = Pattern.compile("(20\\d\\d)\\D*$");

    private TranslatedFigures() {
    }

    /**
     * A column by its place: each language heads it in its own words ("Year ended December 31, 2024",
     * "Geschäftsjahr zum 31. Dezember 2024", "Exercice clos le 31 décembre 2024"), always the later year first.
     */
    static String column(String header) {
        Matcher year = LAST_YEAR.matcher(header == null ? "" : header);
        return year.find() ? "column of " + year.group(1) : "column '" + header + "'";
    }

    /**
     * A suggested figure as the amount it is: each language writes it as its table writes numbers
     * ("17,400" and "1.50" in English; "17400" and "1,50" where the table writes a decimal comma).
     */
    static String amount(String written) {
        String text = written.replaceAll("[\\s\u00a0\u202f]", "");
        boolean negative = text.startsWith("(") || text.startsWith("-");
        text = text.replaceAll("[()\\-%]", "");
        boolean decimalComma = text.matches("\\d+,\\d{1,2}") || text.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
        text = decimalComma ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        java.math.BigDecimal value = new java.math.BigDecimal(text).stripTrailingZeros();
        return (negative ? value.negate() : value).toPlainString();
    }
    /** Every outcome: rule, status, column and the cells cited, by place. */
    static List<String> outcomes(CheckRun run) {
        return run.outcomes().stream()
                .map(outcome -> outcome.rule() + " " + outcome.status() + " " + column(outcome.column()) + " " + places(outcome.cells()))
                .sorted().toList();
    }

    /** The error findings: rule, column, the cells cited and the cell the diagnosis blames with its suggested amount. */
    static List<String> errors(CheckRun run) {
        return run.outcomes().stream()
                .filter(outcome -> outcome.status() == CheckStatus.FAILED && outcome.finding() != null
                        && outcome.finding().severity() == Severity.ERROR)
                .map(CheckOutcome::finding)
                .map(finding -> finding.rule() + " " + column(finding.column()) + " " + places(finding.cells()) + " blames "
                        + (finding.suggestion() == null ? "none" : place(finding.suggestion().cell()) + " = " + amount(finding.suggestion().value())))
                .sorted().toList();
    }

    static String places(List<CellRef> cells) {
        return cells.stream().map(TranslatedFigures::place).collect(Collectors.joining(","));
    }

    static String place(CellRef cell) {
        return cell.location() == null ? cell.table() + "?" : cell.location().fragment();
    }
}
