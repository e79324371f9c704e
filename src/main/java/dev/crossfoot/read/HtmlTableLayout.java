package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.NumberParser;
import dev.crossfoot.understand.NumberStyle;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Lays out one HTML table the way EDGAR filings print them:
 * <ul>
 *   <li>{@code $}, {@code (}, {@code )} and {@code %} in cells of their own join the number beside them;</li>
 *   <li>the columns are where numbers stand (the grid column of each number's cell, colspans
 *       expanded); positions that never share a row and lie within two grid columns are one column;</li>
 *   <li>rows above the first row of amounts are column headers: every header cell gives its text to
 *       the columns it spans, top to bottom ("Three Months Ended" over "June 28, 2025" → one header);</li>
 *   <li>no depth is given: the hierarchy is inferred from "…:" headers and "Total …" rows. Depth from
 *       CSS indentation was tried and made footing worse on the corpus (filers indent totals
 *       deeper than, shallower than or level with their items), so it is left to inference;</li>
 *   <li>a unit caption ("in millions, except per share") is taken from the header rows or the text above.</li>
 * </ul>
 * Every cell's location is {@code file#table-N/row-R/col-C}: the table's number in the document,
 * the HTML row and the grid column, all counted from 1.
 */
final class HtmlTableLayout {

    static final int MAX_WIDTH = 2000;

    private static final NumberParser NUMBERS = new NumberParser();
    /** A year heading a column, perhaps with its footnote mark ("2023 (2)", "2022*"). */
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d(\\s*\\(\\w{1,2}\\)|\\s*[*†‡]+)?$");
    private static final Pattern STATEMENT = Pattern.compile(
            "balance sheets?|statements? of|statement of|cash flows?|financial position|financial condition|reconciliation|non-gaap|"
                    + "outlook|guidance|supplemental|(stockholders|shareholders)['’]? equity|results of operations|income statements?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The words only a statement's title has: a section of a statement may be headed by the other words of
     * {@link #STATEMENT} ("CASH FLOWS FROM OPERATING ACTIVITIES", "Stockholders' equity:"), never by these.
     */
    private static final Pattern TITLE_ONLY = Pattern.compile(
            "balance sheets?|statements? of|statement of|financial position|financial condition|income statements?",
            Pattern.CASE_INSENSITIVE);

    /** A statement's own name in its title; "financial position" alone also heads a discussion ("FINANCIAL POSITION, LIQUIDITY …"). */
    private static final Pattern STATEMENT_TITLE = Pattern.compile("balance sheets?|statements? of|income statements?",
            Pattern.CASE_INSENSITIVE);

    private final String name;
    private final List<InputProblem> problems;
    /** The fiscal year-end month-day the document's headers have named so far, or null. */
    private java.time.MonthDay documentYearEnd;
    private boolean coverRead;
    /** A table of the document when its cover's year-end is due but not yet read ({@link #documentYearEnd}), else null. */
    private Element coverDue;
    /** Whether the cover is read as soon as it is due: the plain way, which tests compare the reading when it matters with. */
    private boolean eagerCover;
    /** Whether the blocks above every table are read for a year-end: the plain way ({@link #readingYearEndsAbove}). */
    private boolean plainYearEnds;
    /** The words the document's language names periods with in its headers ({@link HeaderWords}). */
    private HeaderWords words = HeaderWords.english();
    /**
     * Whether the table being laid out writes its numbers with a decimal comma ("1.234,5", "1 234,5"),
     * decided once from all its cells ({@link NumberStyle}): which cells are amounts depends on it.
     */
    private boolean decimalComma;

    /**
     * The document's tables and every element that holds one, when the reader walked the page for them: a cell among
     * them holds a table, and one not among them none, which {@code selectFirst} found by walking each cell's
     * elements again. Null when not given: then each cell is walked.
     */
    private java.util.Set<Element> holdingTables;

    /** The layout of a document whose tables and the elements that hold them are {@code holdingTables} (all of them). */
    HtmlTableLayout(String name, List<InputProblem> problems, java.util.Set<Element> holdingTables) {
        this(name, problems);
        this.holdingTables = holdingTables;
    }

    HtmlTableLayout(String name, List<InputProblem> problems) {
        this.name = name;
        this.problems = problems;
    }

    /**
     * The same layout reading the year-end of the blocks above every table, whether or not it can change the layout: the
     * plain way, which tests compare the reading where it matters with.
     */
    HtmlTableLayout readingYearEndsAbove() {
        this.plainYearEnds = true;
        return this;
    }

    /** The same layout reading the cover's year-end as soon as it is due, whether or not it matters (for tests). */
    HtmlTableLayout readingCoverAtOnce() {
        this.eagerCover = true;
        return this;
    }

    /** The layout of a document in a language of the lexicon: its headers are read in that language's words. */
    HtmlTableLayout inLanguage(String language) {
        this.words = HeaderWords.of(language);
        this.yearEnds = new TextMemo<>(text -> ColumnHeaders.yearEndIn(text, words));
        this.dated = new TextMemo<>(header -> ColumnHeaders.dated(header, words));
        this.completable = new TextMemo<>(header -> ColumnHeaders.completable(header, words));
        this.completed.clear();
        return this;
    }

    /*
     * A header's or a block's unit caption and year-end, once per text of the document ({@link TextMemo}): the same headers
     * and blocks above recur in table after table (a pass of the 35 corpus 10-K/10-Q asked 30,979 captions of 9,009
     * texts and 23,105 year-ends of 10,578).
     */
    private final TextMemo<String> units = new TextMemo<>(TextLines::unitIn);
    private TextMemo<java.time.MonthDay> yearEnds = new TextMemo<>(text -> ColumnHeaders.yearEndIn(text, words));
    /** Whether a header names a date, once per header of the document. */
    private TextMemo<Boolean> dated = new TextMemo<>(header -> ColumnHeaders.dated(header, words));
    /** Whether a year-end would complete a header, once per header of the document. */
    private TextMemo<Boolean> completable = new TextMemo<>(header -> ColumnHeaders.completable(header, words));
    /** A header completed with a year-end ({@link ColumnHeaders#completeYear}), once per header and year-end of the document. */
    private final java.util.Map<java.time.MonthDay, TextMemo<String>> completed = new java.util.HashMap<>();

    private String completeYear(String header, java.time.MonthDay yearEnd) {
        if (yearEnd == null) {
            return header;
        }
        return completed.computeIfAbsent(yearEnd, end -> new TextMemo<>(text -> ColumnHeaders.completeYear(text, end, words))).get(header);
    }

    /** A cell's text as the table's convention writes numbers, read. */
    private CellValue parse(String text) {
        return NUMBERS.parse(decimalComma ? NumberStyle.asDecimalPoint(text) : text);
    }

    /** A piece of a row: merged cell text, the grid columns it covers, and its HTML position. */
    private record Piece(String text, int first, int last, int row, Element cell) {
        Piece merged(String newText, int newFirst, int newLast) {
            return new Piece(newText, newFirst, newLast, row, cell);
        }
    }

    /** One row of pieces and its label. */
    private record Line(int row, String label, Element labelCell, List<Piece> values, List<Piece> all) { }

    /** A table as laid out, and whether rows of column headers stand above its amounts. */
    record Laid(Table table, boolean ownHeaders) { }

    Laid table(Element element, int number, List<String> context) {
        List<List<HtmlGrid.Slot>> grid;
        try {
            grid = HtmlGrid.of(element, MAX_WIDTH);
        } catch (HtmlGrid.TooWide wide) {
            problems.add(InputProblem.part(Location.ofFragment(name, "table-" + number + "/row-" + wide.row),
                    "table " + number + " is more than " + MAX_WIDTH + " columns wide (" + wide.width
                            + " or more): not a statement a reader can lay out, left out"));
            return null;
        }
        List<Line> lines = new ArrayList<>();
        boolean anyDigit = false;
        int width = 0;
        List<List<Piece>> rowsOfPieces = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (List<HtmlGrid.Slot> slots : grid) {
            List<Piece> pieces = new ArrayList<>();
            for (HtmlGrid.Slot slot : slots) {
                width = Math.max(width, slot.last() + 1);
                boolean holdsTable = holdingTables != null ? holdingTables.contains(slot.element()) : slot.element().selectFirst(TABLE) != null;
                String text = holdsTable ? "" : cellText(slot.element());
                if (!text.isEmpty()) {
                    pieces.add(new Piece(text, slot.first(), slot.last(), slot.row(), slot.element()));
                    anyDigit = anyDigit || anyOf(text, true);
                    texts.add(text);
                }
            }
            rowsOfPieces.add(pieces);
        }
        decimalComma = NumberStyle.decimalComma(texts);
        for (int r = 0; r < grid.size(); r++) {
            List<HtmlGrid.Slot> slots = grid.get(r);
            lines.add(line(slots.isEmpty() ? 0 : slots.get(0).row(), merge(rowsOfPieces.get(r))));
        }
        long nonEmptyRows = lines.stream().filter(line -> !line.all().isEmpty()).count();
        if (!anyDigit && (nonEmptyRows < 2 || width < 2)) {
            return null;
        }
        int firstData = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isData(lines.get(i))) {
                firstData = i;
                break;
            }
        }
        List<Integer> columns = columns(lines, firstData);
        int labelEnd = labelColumnEnd(lines, firstData, columns);
        List<String> headers = headers(lines, firstData, columns, labelEnd, context, element);
        List<Integer> labelDetails = labelDetails(lines, firstData, columns, headers);
        for (int c = columns.size() - 1; c >= 0; c--) {
            if (labelDetails.contains(columns.get(c))) {
                columns.remove(c);
                headers.remove(c);
            }
        }
        String unit = unit(lines, firstData, context);
        List<Row> rows = new ArrayList<>();
        List<Line> bodyLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.label().isEmpty() && line.values().isEmpty()) {
                continue;
            }
            if (i < firstData && !isLabelOnly(line, labelEnd)) {
                continue;
            }
            bodyLines.add(line);
        }
        if (firstData < 0) {
            bodyLines.clear();
            for (Line line : lines) {
                if (!line.all().isEmpty()) {
                    bodyLines.add(line);
                }
            }
        }
        for (Line line : bodyLines) {
            rows.add(row(line, number, columns, labelDetails, firstData < 0));
        }
        if (rows.isEmpty()) {
            return null;
        }
        String title = title(lines, firstData, context);
        boolean ownHeaders = false;
        for (int i = 0; i < firstData; i++) {
            ownHeaders |= !lines.get(i).all().isEmpty() && !isLabelOnly(lines.get(i), labelEnd);
        }
        return new Laid(new Table("table-" + number, title, unit, null, headers, rows,
                Location.ofFragment(name, "table-" + number)), ownHeaders);
    }

    /**
     * Whether the text holds a digit ({@code digit}) or a letter, as {@code text.chars().anyMatch(Character::isDigit)}
     * (or {@code isLetter}) answers, without a stream set up for each piece of every row (1 % of an HTML corpus run
     * with the letter counts below).
     */
    static boolean anyOf(String text, boolean digit) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (digit ? Character.isDigit(c) : Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds {@code least} letters or more: {@code text.chars().filter(Character::isLetter).count() >= least}. */
    static boolean atLeastLetters(String text, int least) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < least; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= least;
    }

    /** Visible text of a cell, spaces folded; leading no-break spaces are kept apart for indentation. */
    private static String cellText(Element cell) {
        return Spaces.asOne(cell.text().replace('\u00a0', ' ').replace('\u200b', ' ')).strip();
    }

    // Compiled once: asked of every cell of every table (the query "table" was parsed again for each cell).
    private static final org.jsoup.select.Evaluator TABLE = org.jsoup.select.QueryParser.parse("table");
    private static final java.util.regex.Pattern JOINS_NEXT = java.util.regex.Pattern.compile("[$€£¥]|\\(|\\$\\s*\\(|\\(\\s*\\$");
    private static final java.util.regex.Pattern JOINS_PREVIOUS = java.util.regex.Pattern.compile("\\)|%|\\)\\s*%|%\\s*\\)|\\)\\s*\\*+");

    /**
     * The first characters of every text the two patterns match whole: a piece opening with none of them joins neither
     * way, and no matcher is made for it (one per pattern per piece of every row was 1 % of an HTML corpus run).
     */
    private static final String JOINING_FIRST = "$€£¥()%";

    /** Whether the piece's text joins the next piece ("$", "(", "$ (", "( $"): {@code JOINS_NEXT} matched whole. */
    static boolean joinsNext(String text) {
        return !text.isEmpty() && JOINING_FIRST.indexOf(text.charAt(0)) >= 0 && JOINS_NEXT.matcher(text).matches();
    }

    /** Whether the piece's text joins the previous piece (")", "%", ") %", "% )", ")*"): {@code JOINS_PREVIOUS} matched whole. */
    static boolean joinsPrevious(String text) {
        return !text.isEmpty() && JOINING_FIRST.indexOf(text.charAt(0)) >= 0 && JOINS_PREVIOUS.matcher(text).matches();
    }

    /** "$" and "(" join the next piece; ")" and "%" join the previous one. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        String prefix = "";
        int prefixFirst = -1;
        for (Piece piece : pieces) {
            String text = piece.text();
            if (joinsNext(text)) {
                prefix = prefix + text;
                prefixFirst = prefixFirst < 0 ? piece.first() : prefixFirst;
                continue;
            }
            if (joinsPrevious(text) && !merged.isEmpty()) {
                Piece last = merged.remove(merged.size() - 1);
                merged.add(last.merged(last.text() + text, last.first(), piece.last() > last.last() ? last.last() : last.last()));
                continue;
            }
            if (!prefix.isEmpty()) {
                merged.add(piece.merged(prefix + " " + text, Math.min(prefixFirst, piece.first()), piece.last()));
                prefix = "";
                prefixFirst = -1;
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }

    /** The label (the text pieces before the first amount) and the amounts of a row. */
    private Line line(int row, List<Piece> pieces) {
        StringBuilder label = new StringBuilder();
        Element labelCell = null;
        List<Piece> values = new ArrayList<>();
        for (Piece piece : pieces) {
            boolean amount = isAmount(piece.text());
            if (!amount && values.isEmpty() && (anyOf(piece.text(), false)
                    || parse(piece.text()) instanceof CellValue.Text)) {
                label.append(label.length() == 0 ? "" : " ").append(piece.text());
                if (labelCell == null) {
                    labelCell = piece.cell();
                }
            } else if (!(values.isEmpty() && label.length() == 0 && !amount)) {
                values.add(piece);
            } else {
                values.add(piece);
            }
        }
        return new Line(row, label.toString(), labelCell, values, pieces);
    }

    /** Text with words in it that is no amount and no "n/a": a heading, not a value. */
    private boolean isWords(String text) {
        return atLeastLetters(text, 3) && !isAmount(text)
                && !(parse(text) instanceof CellValue.NotApplicable);
    }

    private boolean isAmount(String text) {
        CellValue value = parse(text);
        return value instanceof CellValue.Number || value instanceof CellValue.Nil;
    }

    /**
     * A row of amounts: some value that is a number other than a bare year, and no words among
     * the values of a row without a label. A header row may carry a stray number (a footnote or page mark, "4" before
     * "Fiscal Year Ended January 31,"); its words say it is a header.
     */
    private boolean isData(Line line) {
        int words = 0;
        for (Piece piece : line.values()) {
            if (isWords(piece.text())) {
                if (line.label().isEmpty()) {
                    return false;
                }
                words++;
            }
        }
        int amounts = 0;
        for (Piece piece : line.values()) {
            CellValue value = parse(piece.text());
            if (value instanceof CellValue.Number && !YEAR.matcher(piece.text()).matches() || value instanceof CellValue.Nil) {
                amounts++;
            }
        }
        // Captions over most of the value columns, the stub's caption beside them ("Period", "Total Number of
        // Shares Purchased", a footnote mark "1", "Average Price Paid Per Share"): a header row whose one
        // number is a mark, not a row of amounts.
        return amounts > 0 && !(words >= 2 && words > amounts);
    }

    /** The grid column of each value column: positions of numbers, near ones that never share a row merged. */
    private List<Integer> columns(List<Line> lines, int firstData) {
        TreeMap<Integer, TreeSet<Integer>> rowsAt = new TreeMap<>();
        for (int i = Math.max(firstData, 0); i < lines.size(); i++) {
            for (Piece piece : lines.get(i).values()) {
                if (firstData < 0 || isAmount(piece.text()) || parse(piece.text()) instanceof CellValue.NotApplicable) {
                    rowsAt.computeIfAbsent(piece.last(), k -> new TreeSet<>()).add(i);
                }
            }
        }
        List<Integer> positions = new ArrayList<>();
        List<TreeSet<Integer>> rowSets = new ArrayList<>();
        for (var entry : rowsAt.entrySet()) {
            int last = positions.size() - 1;
            if (last >= 0 && entry.getKey() - positions.get(last) <= 2
                    && java.util.Collections.disjoint(rowSets.get(last), entry.getValue())
                    && !headedApart(lines, firstData, positions.get(last), entry.getKey())) {
                rowSets.get(last).addAll(entry.getValue());
                continue;
            }
            positions.add(entry.getKey());
            rowSets.add(new TreeSet<>(entry.getValue()));
        }
        return positions;
    }

    /**
     * Whether a header row gives two grid columns a header cell each, neither over the other: two columns of their
     * own (a cash-flow statement's balance date beside its last period, filled on other lines), not one column
     * whose numbers some rows print a grid column aside.
     */
    private static boolean headedApart(List<Line> lines, int firstData, int a, int b) {
        for (int i = 0; i < firstData; i++) {
            boolean overA = false;
            boolean overB = false;
            for (Piece piece : lines.get(i).all()) {
                boolean coversA = piece.first() <= a && a <= piece.last();
                boolean coversB = piece.first() <= b && b <= piece.last();
                overA |= coversA && !coversB;
                overB |= coversB && !coversA;
            }
            if (overA && overB) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value column nearest a header cell's grid column, within two; of two as near, the one to its right (a
     * header over a number's "$" cell stands left of the number).
     */
    private static int nearestColumn(int at, List<Integer> columns) {
        int best = -1;
        int bestDistance = 3;
        for (int c = 0; c < columns.size(); c++) {
            int distance = Math.abs(columns.get(c) - at);
            if (distance <= 2 && (distance < bestDistance || distance == bestDistance && columns.get(c) > at)) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int columnOf(Piece piece, List<Integer> columns) {
        int best = -1;
        int bestDistance = 3;
        for (int c = 0; c < columns.size(); c++) {
            int distance = Math.abs(columns.get(c) - piece.last());
            if (distance < bestDistance || distance == bestDistance && best < 0) {
                best = c;
                bestDistance = distance;
            }
            if (piece.first() <= columns.get(c) && columns.get(c) <= piece.last() && bestDistance > 0) {
                best = c;
                bestDistance = 0;
            }
        }
        return best;
    }

    /** The last grid column of the row labels: every label of a row of amounts ends there or before. */
    private static int labelColumnEnd(List<Line> lines, int firstData, List<Integer> columns) {
        int end = -1;
        for (int i = Math.max(firstData, 0); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.label().isEmpty() && !line.values().isEmpty() && line.labelCell() != null) {
                for (Piece piece : line.all()) {
                    if (piece.cell() == line.labelCell()) {
                        end = Math.max(end, piece.first());
                    }
                }
            }
        }
        int firstColumn = columns.isEmpty() ? Integer.MAX_VALUE : columns.get(0);
        return Math.min(end < 0 ? 0 : end, firstColumn - 1);
    }

    /** A line above the first amounts that is a section label ("Net sales:"), not a column header. */
    private boolean isLabelOnly(Line line, int labelEnd) {
        return !line.label().isEmpty() && line.all().size() == 1 && line.all().get(0).first() <= Math.max(labelEnd, 0)
                && units.get(line.label()).isEmpty();
    }

    /**
     * Each column's header: the header texts over it, top to bottom, with the stub's period phrase
     * and the fiscal year-end where the column names only a year ({@link ColumnHeaders}).
     */
    private List<String> headers(List<Line> lines, int firstData, List<Integer> columns, int labelEnd, List<String> context,
                                 Element element) {
        List<List<String>> parts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            parts.add(new ArrayList<>());
        }
        List<String> stub = new ArrayList<>();
        for (int i = 0; i < firstData; i++) {
            if (isLabelOnly(lines.get(i), labelEnd)) {
                String period = ColumnHeaders.stubPeriod(lines.get(i).label(), words);
                if (!period.isEmpty()) {
                    stub.add(period);
                }
                continue;
            }
            boolean[] headed = new boolean[columns.size()];
            List<Piece> overColumns = new ArrayList<>();
            for (Piece piece : lines.get(i).all()) {
                if (piece.first() <= labelEnd) {
                    String period = ColumnHeaders.stubPeriod(piece.text(), words);
                    if (!period.isEmpty()) {
                        stub.add(period);
                    }
                    continue;
                }
                if (!units.get(piece.text()).isEmpty() && piece.text().startsWith("(")) {
                    continue;
                }
                overColumns.add(piece);
                boolean spans = false;
                for (int c = 0; c < columns.size(); c++) {
                    int at = columns.get(c);
                    if (piece.first() <= at && at <= piece.last()) {
                        parts.get(c).add(piece.text());
                        headed[c] = true;
                        spans = true;
                    }
                }
                int near = spans || piece.first() != piece.last() ? -1 : nearestColumn(piece.last(), columns);
                if (near >= 0) {
                    // A one-cell header beside the number's cell (over its "$" or ")" cell) heads the nearest column
                    // only: where every column is one cell ("June 30, 2009" | "December 31, 2008"), the next column's
                    // header is as near as two grid columns too, and taking it gave each column both dates.
                    parts.get(near).add(piece.text());
                    headed[near] = true;
                }
            }
            // A spanning header that stops a grid column or two short of a number's cell (the "$"
            // cell was inside its span, the number's just beyond) still heads it, when nothing else
            // in its row does.
            for (int c = 0; c < columns.size(); c++) {
                int at = columns.get(c);
                for (Piece piece : overColumns) {
                    if (!headed[c] && piece.first() < piece.last() && at > piece.last() && at - piece.last() <= 2) {
                        parts.get(c).add(piece.text());
                        headed[c] = true;
                    }
                }
            }
        }
        String stubPeriod = ColumnHeaders.combine(stub);
        java.time.MonthDay yearEnd = yearEnds.get(stubPeriod);
        if (plainYearEnds) {
            yearEnd = yearEnd != null ? yearEnd : yearEndAbove(context);
        }
        List<String> headers = new ArrayList<>();
        for (List<String> column : parts) {
            headers.add(ColumnHeaders.withStub(ColumnHeaders.combine(column), stubPeriod, words));
        }
        java.time.MonthDay firstNamed = null;
        for (String header : headers) {
            java.time.MonthDay named = yearEnds.get(header);
            firstNamed = firstNamed == null ? named : firstNamed;
            if (named != null && coverDue != null) {
                // Whether the document's year-end is still unknown depends on the cover now.
                readCover();
            }
            documentYearEnd = documentYearEnd == null ? named : documentYearEnd;
        }
        // The year-end the text above names fills the headers before theirs or the document's. It is looked for only where
        // it can change what is laid out: where a header would be completed, or where no header named one and the
        // document's year-end is not yet known nor its cover due, so that whether it is found decides whether the cover
        // falls due here. Elsewhere the headers keep their text whatever fills them, and the document's year-end and
        // cover stay as they are (the blocks above are long, and each new one was read for a year-end).
        if (yearEnd == null && !plainYearEnds && (eagerCover || headers.stream().anyMatch(completable::get)
                || firstNamed == null && documentYearEnd == null && !coverRead)) {
            yearEnd = yearEndAbove(context);
        }
        yearEnd = yearEnd == null ? firstNamed : yearEnd;
        java.time.MonthDay fill = yearEnd != null ? yearEnd : documentYearEnd(element, headers);
        headers.replaceAll(header -> completeYear(header, fill));
        if (!headers.isEmpty() && headers.stream().noneMatch(dated::get) && ColumnHeaders.stubPeriod(stubPeriod, words).isEmpty()) {
            // Columns that name no date ("Level 1", "Total") report the one period the text just
            // above names for the whole table.
            for (int i = context.size() - 1; i >= 0 && i >= context.size() - 2; i--) {
                String above = ColumnHeaders.periodAbove(context.get(i));
                if (!above.isEmpty()) {
                    headers.replaceAll(header -> ColumnHeaders.combine(List.of(above, header)));
                    break;
                }
            }
        }
        return headers;
    }

    /** The year-end the nearest of the four blocks above the table that names one names, or null. */
    private java.time.MonthDay yearEndAbove(List<String> context) {
        java.time.MonthDay yearEnd = null;
        for (int i = context.size() - 1; yearEnd == null && i >= 0 && i >= context.size() - 4; i--) {
            yearEnd = yearEnds.get(context.get(i));
        }
        return yearEnd;
    }

    /**
     * The fiscal year-end of the document: from the headers of the tables read so far, else from
     * the document's own words ("for the fiscal year ended December 31, 2024" on the cover), for {@code headers} to
     * be completed with.
     * <p>The cover is due at the first table that asks while the headers have named none; it is read only when its
     * answer matters: when a header of this table or a later one would be completed with it
     * ({@link ColumnHeaders#completable}), or when a later table's header names a year-end (which stands as the
     * document's only where the cover named none). Until then it is due, and the answer is what reading it at once
     * gives: the body's text is built for it as far as its first "year ended" (all of it in a quarterly report,
     * whose cover names a quarter), a few per cent of an HTML corpus run, for tables most of which complete nothing.
     */
    private java.time.MonthDay documentYearEnd(Element element, List<String> headers) {
        if (documentYearEnd == null && !coverRead) {
            coverRead = true;
            coverDue = element;
        }
        if (coverDue != null && (eagerCover || headers.stream().anyMatch(completable::get))) {
            readCover();
        }
        return documentYearEnd;
    }

    /** The cover's year-end read, now that it matters: the document's year-end was unknown when it fell due. */
    private void readCover() {
        org.jsoup.nodes.Document owner = coverDue.ownerDocument();
        coverDue = null;
        if (owner != null && owner.body() != null) {
            documentYearEnd = ColumnHeaders.yearEndIn(owner.body(), words);
        }
    }

    private String unit(List<Line> lines, int firstData, List<String> context) {
        for (int i = 0; i < Math.max(firstData, 0); i++) {
            for (Piece piece : lines.get(i).all()) {
                String unit = units.get(piece.text());
                if (!unit.isEmpty()) {
                    return unit;
                }
            }
        }
        for (int i = context.size() - 1; i >= 0 && i >= context.size() - 4; i--) {
            String unit = units.get(context.get(i));
            if (!unit.isEmpty()) {
                return unit;
            }
            if (isStatementHeading(context.get(i))) {
                // The table's own title: a caption above it is the previous page's, the statement before (a
                // balance sheet "in millions" above the parenthetical, its par values in dollars, under a title of its own).
                break;
            }
        }
        return "";
    }

    /** The statement heading among the four nearest short text blocks above the table, or null. */
    private static String headingAbove(List<String> context) {
        for (String block : nearestShortBlocks(context)) {
            if (STATEMENT.matcher(block).find() && !block.toLowerCase(Locale.ROOT).startsWith("see ")) {
                return block;
            }
        }
        return null;
    }

    /** The four nearest text blocks above the table that could be a heading (short, with words), nearest first. */
    private static List<String> nearestShortBlocks(List<String> context) {
        List<String> blocks = new ArrayList<>(4);
        for (int i = context.size() - 1; i >= 0 && blocks.size() < 4; i--) {
            String block = context.get(i).strip();
            if (block.length() <= 200 && atLeastLetters(block, 3)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** A statement's title heading: words only a title has, short, not a sentence nor a lead-in ending with a colon. */
    private static boolean isTitleHeading(String block) {
        String text = block.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        return text.length() <= 120 && STATEMENT_TITLE.matcher(text).find() && !text.endsWith(":") && !text.endsWith(".")
                && !lower.startsWith("the ") && !lower.startsWith("see ");
    }

    /** A short block naming a statement ("CONSOLIDATED BALANCE SHEETS"), not a reference to one ("See notes to …"). */
    private static boolean isStatementHeading(String block) {
        String text = block.strip();
        return text.length() <= 200 && STATEMENT.matcher(text).find() && !text.toLowerCase(Locale.ROOT).startsWith("see ");
    }

    /**
     * The title: a statement heading among the nearest short text blocks above (or the table's own
     * first row when it is one text spanning the table); otherwise the nearest short block. A first row that
     * ends with a colon ("Shareholders' equity:") or names a statement only by words a section shares ("CASH
     * FLOWS FROM OPERATING ACTIVITIES", "SHAREHOLDERS' EQUITY") gives way to a heading above the table: it is
     * the statement's first section, not its title.
     */
    private String title(List<Line> lines, int firstData, List<String> context) {
        String sectionLike = null;
        for (int i = 0; i < Math.max(firstData, 0); i++) {
            Line line = lines.get(i);
            if (line.all().size() != 1) {
                continue;
            }
            String text = line.all().get(0).text();
            if (!STATEMENT.matcher(text).find()) {
                continue;
            }
            if (TITLE_ONLY.matcher(text).find() && !text.strip().endsWith(":")) {
                return text;
            }
            if (sectionLike == null) {
                sectionLike = text;
            }
        }
        String above = headingAbove(context);
        if (sectionLike != null) {
            // Only a statement's own heading takes the place of the first row: not a sentence about a statement ("The
            // effects of derivative instruments on our Consolidated Statements of Operations …").
            return above != null && isTitleHeading(above) ? above : sectionLike;
        }
        if (above != null) {
            return above;
        }
        for (String block : nearestShortBlocks(context)) {
            if (units.get(block).isEmpty()) {
                return block;
            }
        }
        return "";
    }

    /**
     * Value columns that are part of the row labels: a headerless column left of every headed one,
     * with amounts on no more than two rows ("Common stock – shares issued – March 2025 | 4,009.2"
     * before the dated amount columns). Its numbers qualify the label; read as a column of the
     * statement, they would be a column with no period.
     */
    private List<Integer> labelDetails(List<Line> lines, int firstData, List<Integer> columns, List<String> headers) {
        List<Integer> details = new ArrayList<>();
        int firstHeaded = -1;
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).isBlank()) {
                firstHeaded = c;
                break;
            }
        }
        for (int c = 0; c < firstHeaded; c++) {
            int at = c;
            long rows = lines.stream().skip(Math.max(firstData, 0))
                    .filter(line -> line.values().stream().anyMatch(piece -> columnOf(piece, columns) == at)).count();
            if (rows <= 2) {
                details.add(columns.get(c));
            }
        }
        return details;
    }

    private Row row(Line line, int number, List<Integer> columns, List<Integer> labelDetails, boolean textTable) {
        Location at = Location.ofFragment(name, "table-" + number + "/row-" + line.row());
        if (!textTable && line.label().isEmpty() && line.values().stream().noneMatch(piece -> isAmount(piece.text()))
                && line.values().stream().anyMatch(piece -> isWords(piece.text()))) {
            // Words over the value columns and no label: a column header repeated inside the body
            // (a second panel's "Fiscal Year Ended …", "% of Total Revenues"). It heads what follows.
            return new Row(String.join(" ", line.values().stream().map(Piece::text).toList()), null, null, List.of(), at);
        }
        String[] cells = new String[columns.size()];
        Location[] where = new Location[columns.size()];
        List<String> lost = new ArrayList<>();
        String label = line.label();
        for (Piece piece : line.values()) {
            if (labelDetails.contains(piece.last())) {
                label = (label + " " + piece.text()).strip();
                continue;
            }
            int column = columnOf(piece, columns);
            if (column < 0) {
                if (isAmount(piece.text())) {
                    lost.add(piece.text());
                }
                continue;
            }
            cells[column] = cells[column] == null ? piece.text() : cells[column] + " " + piece.text();
            where[column] = Location.ofFragment(name, "table-" + number + "/row-" + line.row() + "/col-" + (piece.last() + 1));
        }
        if (!lost.isEmpty() && !textTable) {
            problems.add(InputProblem.part(at, "amounts " + String.join(", ", lost) + " stand outside every column of the table: left out"));
        }
        List<Cell> row = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < cells.length; c++) {
            any |= cells[c] != null;
            row.add(new Cell(cells[c] == null ? "" : cells[c],
                    where[c] != null ? where[c] : Location.ofFragment(name, "table-" + number + "/row-" + line.row()
                            + "/col-" + (columns.get(c) + 1))));
        }
        return new Row(label, null, null, any ? row : List.of(), at);
    }
}
