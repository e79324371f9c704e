package dev.crossfoot.read;

import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.Units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a table that a page break cut into two HTML tables, so that the checks see one table: the
 * second part's rows follow the first part's, each row and cell keeping its own location
 * ({@code table-66/row-3/col-4} stays that), under the first part's id, title and headers.
 *
 * <p>Table B continues the table A before it only when all of these hold:
 * <ol>
 *   <li><b>only a page break stands between them</b>: a page break (CSS {@code page-break-*}, or a
 *       page-footer table or text: a page number ("17", "F-17"), "2024 Form 10-K", "Annual Report", "Table of
 *       Contents"), and besides it nothing but such page marks, a unit caption, A's title repeated,
 *       or a caption saying "continued" (one that names A's title vouches for short running heads
 *       beside it: "CONSOLIDATED BALANCE SHEET – (CONTINUED)" over "(Unaudited)" and "Liabilities
 *       and equity");</li>
 *   <li><b>the same columns</b>: as many value columns, in the same unit scale ("in millions" and
 *       "in millions except per share amounts" agree), and B either repeats A's
 *       column headers or has no header rows of its own;</li>
 *   <li><b>B starts inside A</b>: B's first row carries amounts (an item, not a heading that opens a
 *       new statement), unless a caption said "continued";</li>
 *   <li><b>B is no second copy of A</b>: B's first label is no label of A, and the two do not end on
 *       the same label. The same statement printed for another year, or a segment table per year,
 *       repeats its lines; a continuation goes on with new ones. A caption naming A's title as
 *       continued says so unless B opens with A's first label: a list A had too may go on across
 *       the page.</li>
 * </ol>
 * A table may continue over several pages: the joined table is A for the next part.
 */
final class ContinuedTables {

    /**
     * Page furniture: a bare page number or one of the financial-statement pages ("F-17"), or the
     * running footer or header of a filing's page.
     */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "^[\\s|\\-–—]*(page\\s+)?(f-\\s?)?\\d{1,3}[\\s|\\-–—]*$|\\bform\\s+10-[kq]\\b|\\b(annual|quarterly) report\\b|\\btable of contents\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUED = Pattern.compile("\\bcontinued\\b", Pattern.CASE_INSENSITIVE);
    /** A date in a line's label: "Balance at January 1, 2025" is the line "Balance at January 1, 2024" of another year. */
    private static final Pattern DATE = Pattern.compile(
            "\\b((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s*)?(19|20)\\d\\d\\b");
    private static final int SHORT = 120;

    /**
     * One {@code <table>} of the document, in reading order: as laid out ({@code table} null when it
     * was page layout), whether it has header rows of its own, its visible text ({@link #partText}: of a kept
     * table only as much as tells whether it is a page mark), and the text blocks and page break between it and the
     * table before.
     */
    record Part(Table table, boolean ownHeaders, String text, List<String> between, boolean pageBreak) { }

    private ContinuedTables() {
    }

    /** The tables of the document, continued parts joined to the table they continue. */
    static List<Table> join(List<Part> parts) {
        return join(parts, false);
    }

    /**
     * The same; {@code plain}: every block between two tables read, as before blocks that cannot change the join were
     * passed over (for the tests that compare the two).
     * <p>What stands between two tables is read only where it can still decide a join ({@link Gap#matters}): a gap's
     * blocks are asked only whether they leave nothing but a page break, so once one is other text (a paragraph of a
     * discussion, the usual block between two tables) the rest cannot make the gap a page break again; and no join is
     * tried where no table with columns is open ({@link #continues} turns down a first part without columns at once).
     * The blocks between the tables of a filing are mostly its prose, each tried for a page mark, a "continued" caption
     * and a unit caption before.
     */
    static List<Table> join(List<Part> parts, boolean plain) {
        List<Table> tables = new ArrayList<>();
        int open = -1;
        Gap gap = new Gap();
        for (Part part : parts) {
            Table previous = open < 0 ? null : tables.get(open);
            for (int b = 0; b < part.between().size() && (plain || gap.matters(previous)); b++) {
                gap.see(part.between().get(b), previous);
            }
            gap.pageBreak |= part.pageBreak();
            if (part.table() == null || isPageMark(part.text())) {
                if (plain || gap.matters(previous)) {
                    gap.see(part.text(), previous);
                }
                if (part.table() != null) {
                    tables.add(part.table());
                }
                continue;
            }
            if (previous != null && gap.onlyPageBreak() && continues(previous, part, gap.continued, gap.titleContinued)) {
                tables.set(open, joined(previous, part.table()));
            } else {
                tables.add(part.table());
                open = tables.size() - 1;
            }
            gap = new Gap();
        }
        return tables;
    }

    /**
     * What stands between the open table and the next: is it only a page break? A caption naming
     * the open table as continued ("CONSOLIDATED BALANCE SHEET – (CONTINUED)") vouches for the
     * page's short running heads too (the company's name, "(Unaudited)", "Liabilities and equity");
     * a running head "Notes to the Financial Statements (Continued)" vouches for nothing.
     */
    private static final class Gap {
        boolean pageBreak;
        boolean continued;
        /** A caption names the open table's title as continued: the table goes on, whatever the page's running heads say. */
        boolean titleContinued;
        boolean shortText;
        boolean other;

        void see(String block, Table previous) {
            String text = block.strip();
            if (text.isEmpty()) {
                return;
            }
            if (isPageMark(text)) {
                pageBreak = true;
            } else if (text.length() <= 200 && CONTINUED.matcher(text).find()) {
                continued = true;
                titleContinued |= previous != null && namesTitle(text, previous.title());
            } else if (!(text.length() <= SHORT && !TextLines.unitIn(text).isEmpty()
                    || previous != null && repeatsTitle(text, previous))) {
                if (text.length() <= SHORT) {
                    shortText = true;
                } else {
                    other = true;
                }
            }
        }

        /**
         * Whether the block is the open table's title repeated, as {@link #normal} writes both; a block with more
         * characters {@link #normal} keeps than the title has is not, and is not normalised (most blocks between tables
         * are paragraphs, each folded and lower-cased only to be compared with a short title).
         */
        private boolean repeatsTitle(String text, Table previous) {
            String title = normalTitle(previous);
            return keepsAtMost(text, title.length()) && normal(text).equals(title);
        }

        /** The open table's title as {@link #normal} writes it, worked out once for all the blocks after it, not per block. */
        private Table titled;
        private String normalTitle;

        private String normalTitle(Table previous) {
            if (titled != previous) {
                normalTitle = normal(previous.title());
                titled = previous;
            }
            return normalTitle;
        }

        boolean onlyPageBreak() {
            return pageBreak && !other && (!shortText || titleContinued);
        }

        /**
         * Whether a block seen now could still change a join after {@code previous}: not when a block was other text
         * ({@link #onlyPageBreak} is false whatever follows, and what else the gap holds is asked only when it is true),
         * nor when no table is open or the open one has no columns (no part continues it).
         */
        boolean matters(Table previous) {
            return !other && previous != null && !previous.columns().isEmpty();
        }

        /** "CONSOLIDATED BALANCE SHEET – (CONTINUED)" over a table titled "Consolidated Balance Sheet". */
        private static boolean namesTitle(String caption, String title) {
            String named = SPACES.matcher(NOT_PLAIN.matcher(normal(CONTINUED.matcher(caption).replaceAll(" "))).replaceAll(" ")).replaceAll(" ").strip();
            String own = SPACES.matcher(NOT_PLAIN.matcher(normal(title)).replaceAll(" ")).replaceAll(" ").strip();
            return !own.isEmpty() && named.contains(own);
        }
    }

    /**
     * A part's text as far as {@link #join} reads it: the whole of a table left out (its text may be any block between
     * two tables); of a kept table only enough to tell a page mark, {@link #SHORT} characters or fewer, from a longer
     * text ({@link LeadingText#upTo}): the text of a statement's table was built in full for that (1 % of an HTML
     * corpus run's checking thread).
     */
    static String partText(org.jsoup.nodes.Element table, boolean kept) {
        return kept ? LeadingText.upTo(table, SHORT + 1) : table.text();
    }

    static boolean isPageMark(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHORT && PAGE_MARK.matcher(stripped).find();
    }

    private static boolean continues(Table first, Part part, boolean announced, boolean titleContinued) {
        Table second = part.table();
        if (first.columns().isEmpty() || first.columns().size() != second.columns().size()
                || !first.unit().isEmpty() && !second.unit().isEmpty() && !sameScale(first.unit(), second.unit())) {
            return false;
        }
        if (part.ownHeaders() && !first.columns().stream().map(ContinuedTables::normal).toList()
                .equals(second.columns().stream().map(ContinuedTables::normal).toList())) {
            return false;
        }
        Row start = second.rows().get(0);
        if (!start.hasCells() && !announced) {
            return false;
        }
        Set<String> labels = new HashSet<>();
        for (Row row : first.rows()) {
            labels.add(line(row));
        }
        String firstLabel = second.rows().stream().map(ContinuedTables::line).filter(label -> !label.isEmpty())
                .findFirst().orElse("");
        String lastOfFirst = line(first.rows().get(first.rows().size() - 1));
        String lastOfSecond = line(second.rows().get(second.rows().size() - 1));
        if (lastOfFirst.equals(lastOfSecond)) {
            return false;
        }
        if (titleContinued) {
            // A caption naming the first part's title as continued says what the labels cannot: a balance sheet cut in
            // the middle of its liabilities' "Financial instruments sold" goes on with "Other sovereign government
            // obligations", a line its assets' "Financial instruments owned" has too. Only a part opening where the
            // first opened is a second copy then (an equity statement's next year, "Equity - January 1, 2025").
            String firstOfFirst = first.rows().stream().map(ContinuedTables::line).filter(label -> !label.isEmpty())
                    .findFirst().orElse("");
            return !firstLabel.equals(firstOfFirst);
        }
        return !labels.contains(firstLabel);
    }

    /** "Dollars in millions" and "Dollars in millions except per share amounts" are the same unit. */
    private static boolean sameScale(String first, String second) {
        Units a = Units.parse(first);
        Units b = Units.parse(second);
        return a.moneyScale().compareTo(b.moneyScale()) == 0 && a.sharesScale().compareTo(b.sharesScale()) == 0;
    }

    private static Table joined(Table first, Table second) {
        List<Row> rows = new ArrayList<>(first.rows());
        rows.addAll(second.rows());
        return new Table(first.id(), first.title(), first.unit().isEmpty() ? second.unit() : first.unit(), first.statement(),
                first.columns(), rows, first.location());
    }

    /** A row's label without the dates in it: the line it is, whatever year it reports. */
    private static String line(Row row) {
        return DATE.matcher(normal(row.label())).replaceAll("").strip();
    }

    /**
     * Whether {@code text} has at most {@code length} characters {@link #normal} surely keeps: code points that are no
     * white space of a pattern's {@code \s}, no no-break space and no {@link Character#isWhitespace} white space. Normal
     * form folds and strips only such spaces and lower-cases the rest, which never shortens a code point, so a text with
     * more is longer than {@code length} in normal form.
     */
    static boolean keepsAtMost(String text, int length) {
        int kept = 0;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            if (!(c < Character.MIN_SUPPLEMENTARY_CODE_POINT && Spaces.isSpace((char) c)) && c != '\u00a0' && !Character.isWhitespace(c)
                    && ++kept > length) {
                return false;
            }
            at += Character.charCount(c);
        }
        return true;
    }

    static String normal(String text) {
        return Spaces.asOne(text.replace('\u00a0', ' ')).strip().toLowerCase(Locale.ROOT);
    }

    // Compiled once: asked of every caption and row label.
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_PLAIN = java.util.regex.Pattern.compile("[^a-z0-9 ]");
}
