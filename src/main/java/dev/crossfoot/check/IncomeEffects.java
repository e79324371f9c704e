package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.Lexicon;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The effect on income of the lines of a statement of operations, read from their labels: what
 * {@code income_effect(from, to)} adds up. Filers show non-operating lines two ways. Signed, every
 * line carries its effect ("Interest expense (3,906)"); or as amounts, an expense shown positive
 * and deducted ("Interest expense 1,656"). Which way a table goes is settled once, from all its
 * columns: signed when its expense and loss lines are mostly shown in parentheses. A label that
 * says which side its parentheses hold ("Other (income) expense, net", "Other (gains) and losses",
 * "Other income (expense)") is read by what it says, in either presentation; a label that names
 * neither ("Interest, net") takes the word of its section's header, or else of the section's items
 * (interest income shown in parentheses among them makes the section a net expense).
 */
final class IncomeEffects {

    private enum Nature { INCOME, EXPENSE, NONE }

    /** What a label says of its line: its nature, and whether it names the side its parentheses hold. */
    private record Reading(Nature nature, boolean explicit) {
        static final Reading NONE = new Reading(Nature.NONE, false);
    }

    private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");

    /**
     * How a table presents the effect of its lines: as its labels and signs suggest, signed, as
     * amounts with expenses positive, or (where no header names the section) as the lines' own
     * signs say of their section: interest income in parentheses beside expenses shown positive is
     * an "(income) expense" section whose header the extraction left out, every line deducted;
     * or line by line, each expense or loss line signed where it is mostly in parentheses
     * ("Minority interest in earnings" 4.8 deducted, "Loss from discontinued operations" (1.4) as shown).
     * Two more read every line alike, whatever its label says: each adds as shown (values signed
     * by their effect on income, as XBRL facts are, where the filer's "(earnings) loss" label was
     * not marked to negate them), or each is deducted as shown (a statement that lists the lines
     * after its tax as further deductions, "Income from equity investments" (46) among them).
     */
    enum Presentation { BY_LABELS, SIGNED, AMOUNTS, BY_SECTION_ITEMS, BY_LINE_SIGNS, ALL_ADDED, ALL_DEDUCTED }

    private IncomeEffects() {
    }

    /**
     * +1 for a line whose amount adds to income as shown, −1 for one deducted; every line of
     * {@code lines} gets one. {@code shown} are all the lines between, the items of subtotals
     * among {@code lines} too: where the section is read from its items, a subtotal ("Interest,
     * net" under "Debt", "Capital leases" and "Interest income (42)") is read from the items it
     * stands for.
     */
    static Map<StatementRow, Integer> orientations(StatementTable table, List<StatementRow> lines, List<StatementRow> shown,
                                                   Presentation presentation) {
        if (presentation == Presentation.ALL_ADDED || presentation == Presentation.ALL_DEDUCTED) {
            Map<StatementRow, Integer> alike = new java.util.IdentityHashMap<>();
            lines.forEach(line -> alike.put(line, presentation == Presentation.ALL_ADDED ? 1 : -1));
            return alike;
        }
        boolean signed = switch (presentation) {
            case SIGNED -> true;
            case AMOUNTS -> false;
            default -> signedPresentation(table, lines);
        };
        Reading implicitSection = presentation == Presentation.BY_SECTION_ITEMS ? fromItems(table, shown) : Reading.NONE;
        // By identity: a line's hash is that of all its cells, and lines of one table are distinct.
        Map<StatementRow, Integer> orientation = new java.util.IdentityHashMap<>();
        for (StatementRow line : lines) {
            Reading reading = readInContext(table, line, lines);
            if (implicitSection.nature() != Nature.NONE && !reading.explicit() && sectionHeader(table, line) < 0) {
                reading = implicitSection;
            }
            int sign;
            if (reading.nature() == Nature.EXPENSE && presentation == Presentation.BY_LINE_SIGNS && !reading.explicit()) {
                sign = mostlyNegative(table, line) ? 1 : -1;
            } else if (reading.nature() == Nature.EXPENSE) {
                sign = reading.explicit() || !signed ? -1 : 1;
            } else {
                sign = 1;
            }
            orientation.put(line, sign);
        }
        return orientation;
    }

    /**
     * Whether the table shows its expense and loss lines signed: more of their non-zero cells,
     * over all columns, in parentheses than not. With no such line, amounts are taken as shown.
     */
    private static boolean signedPresentation(StatementTable table, List<StatementRow> lines) {
        int negative = 0;
        int positive = 0;
        for (StatementRow line : lines) {
            Reading reading = read(line.label());
            if (reading.nature() != Nature.EXPENSE || reading.explicit()) {
                continue;
            }
            for (int c = 0, width = table.width(); c < width; c++) {
                Amount amount = amountOf(table, line, c);
                if (amount != null && amount.value().signum() < 0) {
                    negative++;
                } else if (amount != null && amount.value().signum() > 0) {
                    positive++;
                }
            }
        }
        return negative > positive;
    }

    private static boolean mostlyNegative(StatementTable table, StatementRow line) {
        int negative = 0;
        int positive = 0;
        for (int c = 0, width = table.width(); c < width; c++) {
            Amount amount = amountOf(table, line, c);
            if (amount != null && amount.value().signum() != 0) {
                negative += amount.value().signum() < 0 ? 1 : 0;
                positive += amount.value().signum() > 0 ? 1 : 0;
            }
        }
        return negative > positive;
    }

    /** The line's amount in a column of the period's amounts; none in a column of ratios or comparisons. */
    private static Amount amountOf(StatementTable table, StatementRow line, int column) {
        if (ComparisonColumns.contains(table, column)) {
            return null;
        }
        Term term = Term.at(table, line, column, 1);
        return term == null || !term.readable() ? null : term.amount();
    }

    private static Reading readInContext(StatementTable table, StatementRow line, List<StatementRow> lines) {
        Reading own = read(line.label());
        if (own.nature() != Nature.NONE) {
            return own;
        }
        int header = sectionHeader(table, line);
        if (header < 0) {
            return line.role() == RowRole.TOTAL ? fromItemWords(table, line) : Reading.NONE;
        }
        Reading heading = read(table.rows().get(header).label());
        if (heading.nature() != Nature.NONE) {
            return heading;
        }
        return fromItems(table, header, line);
    }

    /**
     * The header of the section a line belongs to: the nearest header above it, shallower than it
     * or at its level, with no total closing a section in between; −1 when there is none.
     */
    private static int sectionHeader(StatementTable table, StatementRow line) {
        List<StatementRow> rows = table.rows();
        for (int i = line.index() - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER) {
                return row.depth() <= line.depth() ? i : -1;
            }
            if (row.role() == RowRole.TOTAL || row.depth() < line.depth()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A section whose header names no side is read from its items: an income item shown in
     * parentheses means the section counts expenses positive, an expense item in parentheses the
     * reverse. Items that say nothing of their side leave the section unread.
     */
    private static Reading fromItems(StatementTable table, int header, StatementRow line) {
        List<StatementRow> rows = table.rows();
        List<StatementRow> items = new java.util.ArrayList<>();
        for (int i = header + 1; i < rows.size() && rows.get(i) != line && rows.get(i).role() != RowRole.TOTAL; i++) {
            items.add(rows.get(i));
        }
        return fromItems(table, items);
    }

    /**
     * A total that names no side, under no header (a utility's "TOTAL" of interest charges, the
     * header lost in extraction), is of the side its items name: the items since the total
     * before it that name a side, all naming the same one. Items that say nothing, or disagree,
     * leave it unread.
     */
    private static Reading fromItemWords(StatementTable table, StatementRow total) {
        List<StatementRow> rows = table.rows();
        Nature side = Nature.NONE;
        for (int i = total.index() - 1; i >= 0 && rows.get(i).role() == RowRole.ITEM && rows.get(i).depth() >= total.depth(); i--) {
            Nature nature = read(rows.get(i).label()).nature();
            if (nature == Nature.NONE) {
                continue;
            }
            if (side != Nature.NONE && side != nature) {
                return Reading.NONE;
            }
            side = nature;
        }
        return side == Nature.NONE ? Reading.NONE : new Reading(side, false);
    }

    /** The side a run of items shows positive, read from the signs of the items that name their side. */
    private static Reading fromItems(StatementTable table, List<StatementRow> items) {
        int incomeNegative = 0;
        int expenseNegative = 0;
        for (StatementRow item : items) {
            Reading reading = read(item.label());
            if (reading.explicit() || reading.nature() == Nature.NONE) {
                continue;
            }
            int negatives = 0;
            int positives = 0;
            for (int c = 0, width = table.width(); c < width; c++) {
                Amount amount = amountOf(table, item, c);
                if (amount != null && amount.value().signum() != 0) {
                    if (amount.value().signum() < 0) {
                        negatives++;
                    } else {
                        positives++;
                    }
                }
            }
            if (negatives > positives) {
                if (reading.nature() == Nature.INCOME) {
                    incomeNegative++;
                } else {
                    expenseNegative++;
                }
            }
        }
        if (incomeNegative > 0 && expenseNegative == 0) {
            return new Reading(Nature.EXPENSE, true);
        }
        if (expenseNegative > 0 && incomeNegative == 0) {
            return new Reading(Nature.INCOME, true);
        }
        return Reading.NONE;
    }

    /**
     * What a label says: "(income) expense" and "(gains) and losses" are expenses shown positive,
     * "income (loss)" and "gains (losses)" income shown positive (explicit readings); otherwise the
     * first word of either kind decides ("Interest expense, net of interest income" is an expense).
     */
    private static Reading read(String label) {
        String normal = Labels.normalise(label);
        Matcher parens = PARENS.matcher(normal);
        while (parens.find()) {
            Nature inside = nature(parens.group(1));
            if (inside == Nature.NONE) {
                continue;
            }
            Nature outside = nature(normal.substring(0, parens.start()) + " " + normal.substring(parens.end()));
            if (outside != Nature.NONE && outside != inside) {
                return new Reading(outside, true);
            }
        }
        return new Reading(nature(normal), false);
    }

    private static Nature nature(String text) {
        int income = Lexicon.current().start(Cue.INCOME_WORD, text);
        int expense = Lexicon.current().start(Cue.EXPENSE_WORD, text);
        boolean isIncome = income >= 0;
        boolean isExpense = expense >= 0;
        if (isIncome && isExpense) {
            return income < expense ? Nature.INCOME : Nature.EXPENSE;
        }
        return isIncome ? Nature.INCOME : isExpense ? Nature.EXPENSE : Nature.NONE;
    }
}
