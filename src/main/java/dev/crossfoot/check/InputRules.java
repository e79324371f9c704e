package dev.crossfoot.check;

import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;

import java.util.List;

/**
 * The ids under which problems with the input itself are reported. They are not identities,
 * so they are described here rather than in a rule file, but they appear in the catalogue that
 * {@code rules}, {@code explain} and SARIF read.
 */
public final class InputRules {

    public static final String MALFORMED_NUMBER = "INPUT.malformed-number";
    public static final String UNREADABLE_DOCUMENT = "INPUT.unreadable-document";
    public static final String UNREADABLE_ROWS = "INPUT.unreadable-rows";
    public static final String DAMAGED_NUMBER = "INPUT.damaged-number";
    public static final String NOT_CHECKED = "INPUT.not-checked";

    private InputRules() {
    }

    public static List<RuleInfo> catalogue() {
        return List.of(
                new RuleInfo(MALFORMED_NUMBER, "A cell in a numeric column must be a readable number",
                        "cell text is a number, a dash, blank or N/A", Severity.ERROR, "every table", "none",
                        "built-in", "Text such as '4,94' or '1O,2OO' in a column of numbers is an extraction error: "
                        + "a digit was lost or a letter was read for a digit. The cell is left out of every check that needs it."),
                new RuleInfo(UNREADABLE_DOCUMENT, "An input document must be readable",
                        "the document parses in its format", Severity.ERROR, "every document", "none",
                        "built-in", "The document could not be read at all (malformed JSON, a missing field, binary data). "
                        + "The other documents of the run are still checked."),
                new RuleInfo(DAMAGED_NUMBER, "A number must keep all its digits",
                        "no digits cut off by the extraction", Severity.ERROR, "every table", "none",
                        "built-in", "A column of a text table in which several cells visibly lost trailing digits ('4,94', '64'') "
                        + "was cut off by the extraction; every cell of that column that is an order of magnitude below the rest "
                        + "of its row lost digits too, even where it still reads as a number ('10' next to '100' and '109')."),
                new RuleInfo(NOT_CHECKED, "A document or table must be checkable within crossfoot's bounds",
                        "the table is within the documented bounds and its checking completes", Severity.ERROR,
                        "every table", "none", "built-in", "A table larger than crossfoot checks (rows, columns, cells: "
                        + "see the README's bounds) is skipped with that reason as a warning; a document or table whose "
                        + "understanding or checking failed (nested too deeply, a number beyond reach) is skipped as an error "
                        + "saying what went wrong. The other tables and documents of the run are still checked."),
                new RuleInfo(UNREADABLE_ROWS, "Every line of a table must be readable",
                        "each line yields a label and its cells", Severity.WARNING, "every table", "none",
                        "built-in", "Part of a table could not be read (labels lost, values fused); what could be read is checked "
                        + "and the rest is reported here instead of being guessed."));
    }
}
