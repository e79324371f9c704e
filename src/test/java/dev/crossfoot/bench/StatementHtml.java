package dev.crossfoot.bench;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a data set's filing (its statements as the FSDS reader gives them: labels, presented values with
 * parentheses for negatives, a column per period, the unit caption) as an EDGAR filing prints it, in one of
 * the markup conventions the corpus's filings use, chosen per document from a seed:
 * <ul>
 *   <li>{@link Style#WORKIVA}: inline XBRL (a hidden {@code ix:header}, the form and each number tagged), a label cell spanning three grid columns, then per period a spacer, a {@code $}
 *       cell, the number's cell and a cell for its closing {@code )} or {@code %}; period headers in two rows
 *       ("Three Months Ended" spanning its columns over "June 30, 2009"), indentation as {@code padding-left};</li>
 *   <li>{@link Style#DONNELLEY}: the older RR Donnelley layout, {@code <font>} tags in {@code <p>}s, the sign,
 *       number and parentheses in one cell ("$ (1,234)"), {@code &#151;} for nothing, the period over the
 *       years ("Three Months Ended June 30," over "2009" and "2008"), long statements cut by a page break and
 *       continued under a "(Continued)" title with their headers repeated;</li>
 *   <li>{@link Style#PLAIN}: one cell per value, the period header split over two rows ("Three Months Ended" /
 *       "June 30, 2009") cell by cell, the unit caption in the stub's header cell.</li>
 * </ul>
 * Seeded per document too, as filers differ: Workiva's negatives with both parentheses in the number's cell, or its
 * periods spanning their columns over a row of years; "(Unaudited)" under a quarterly statement's title; the plain
 * style's caption above the table, in the stub's header cell or in a row of its own atop the table; "Year Ended" or
 * "Twelve Months Ended"; "See accompanying notes …" and a page number under each statement.
 * Above each table stand the company's name (with "AND SUBSIDIARIES" or not), the statement's title in one of the
 * wordings filers use ("CONDENSED CONSOLIDATED STATEMENTS OF FINANCIAL POSITION", "… STATEMENTS OF EARNINGS",
 * "… STATEMENTS OF CHANGES IN EQUITY") and the unit caption ("(In thousands, except per share amounts)"); above the
 * first, the cover's form ("FORM 10-Q") and period. The lines are laid out as filers print them ({@link FilerLayout}):
 * section header rows derived from the statement's own totals, items indented under them ({@code padding-left},
 * hanging {@code text-indent}, or, in the plain style, leading no-break spaces or {@code text-indent}), totals at their
 * items' level or one out, bare "Basic"/"Diluted" lines under "Earnings per share:" or "Weighted average shares
 * outstanding:", no "(in shares)" tails. Nothing else is printed that the data set does not state: no statement kind,
 * no measure. A cell the data set does not give (unknown) is printed blank, as a filing cannot say "unknown";
 * {@link #printed} is the document as printed, in the canonical model, for the comparison.
 */
final class StatementHtml {

    /** The markup conventions of the corpus's filings. */
    enum Style { WORKIVA, DONNELLEY, PLAIN }

    /** Rows past which a {@link Style#DONNELLEY} statement is cut by a page break and continued. */
    static final int PAGE_ROWS = 45;

    private static final Pattern LENGTH = Pattern.compile("^(Three|Six|Nine|Twelve|\\d+) months ended (.+)$");
    private static final Pattern DATE = Pattern.compile("^(\\w+ \\d{1,2}), (\\d{4})$");

    private final Style style;
    private final Random random;
    private final boolean condensed;
    private final boolean operations;
    private final String nil;
    /** Whether a twelve-month period is headed "Year Ended" (else "Twelve Months Ended"): one wording per document. */
    private final boolean yearEnded;
    /** Workiva: a negative's parentheses both in the number's cell ("(171)"), as some filers tag them. */
    private final boolean parenInCell;
    /** Workiva: the period and month-day spanning its columns, the years in a row below ("Three Months Ended June 30," / "2009"). */
    private final boolean yearsBelow;
    /** "(Unaudited)" under the title of a quarterly report's statements. */
    private final boolean unaudited;
    /** Plain: where the unit caption stands: 0 above the table, 1 in the stub's header cell, 2 a row of its own atop the table. */
    private final int captionPlace;
    /** "See accompanying notes …" and the page's number under each statement, or nothing. */
    private final boolean footer;
    private int page;
    /** How the document lays out its statements' lines: section headers, totals' indentation, headers' wording. */
    private final FilerLayout.Choices layout;
    /** Which of the real wordings of each statement's title the document uses ({@link #TITLES}). */
    private final int titleWording;
    /** "… AND SUBSIDIARIES" after the company's name above each statement. */
    private final boolean subsidiaries;
    /** Plain: how a line is indented: 0 {@code padding-left}, 1 leading no-break spaces, 2 {@code text-indent}. */
    private final int plainIndent;

    /** Real statements' titles by the data set's statement, each in the wordings filers use. */
    private static final java.util.Map<String, List<String>> TITLES = java.util.Map.of(
            "Balance sheet", List.of("BALANCE SHEETS", "BALANCE SHEET", "STATEMENTS OF FINANCIAL POSITION", "STATEMENTS OF FINANCIAL CONDITION"),
            "Income statement", List.of("STATEMENTS OF INCOME", "STATEMENTS OF EARNINGS", "STATEMENT OF INCOME", "INCOME STATEMENTS",
                    "STATEMENT OF OPERATIONS"),
            "Statement of cash flows", List.of("STATEMENTS OF CASH FLOWS", "STATEMENT OF CASH FLOWS"),
            "Statement of comprehensive income", List.of("STATEMENTS OF COMPREHENSIVE INCOME", "STATEMENTS OF COMPREHENSIVE INCOME (LOSS)",
                    "STATEMENTS OF COMPREHENSIVE EARNINGS", "STATEMENT OF COMPREHENSIVE INCOME"),
            "Statement of stockholders' equity", List.of("STATEMENTS OF STOCKHOLDERS' EQUITY", "STATEMENTS OF SHAREHOLDERS' EQUITY",
                    "STATEMENTS OF CHANGES IN STOCKHOLDERS' EQUITY", "STATEMENTS OF CHANGES IN EQUITY",
                    "STATEMENTS OF STOCKHOLDERS' EQUITY AND COMPREHENSIVE INCOME", "STATEMENT OF SHAREHOLDERS' EQUITY"));

    private StatementHtml(Style style, Random random, boolean quarterly, Random layoutRandom) {
        this.style = style;
        this.random = random;
        this.condensed = quarterly && random.nextBoolean();
        this.operations = random.nextBoolean();
        this.yearEnded = random.nextBoolean();
        this.parenInCell = random.nextBoolean();
        this.yearsBelow = random.nextBoolean();
        this.unaudited = quarterly && random.nextBoolean();
        this.captionPlace = random.nextInt(3);
        this.footer = random.nextInt(3) > 0;
        this.page = 2 + random.nextInt(5);
        this.nil = style == Style.DONNELLEY ? "&#151;" : style == Style.WORKIVA ? "&#8212;" : List.of("&mdash;", "&ndash;", "-").get(random.nextInt(3));
        // The filer's layout draws from a generator of its own, so that the variants above stay as html24 printed them.
        this.layout = new FilerLayout.Choices(layoutRandom.nextBoolean(), layoutRandom.nextBoolean(), layoutRandom.nextInt(2),
                layoutRandom.nextInt(3), layoutRandom.nextInt(3), layoutRandom.nextInt(8) > 0);
        this.titleWording = layoutRandom.nextInt(60);
        this.subsidiaries = layoutRandom.nextBoolean();
        this.plainIndent = layoutRandom.nextInt(3);
    }

    /** The style of a document, from the split's seed and the document's id: the same document is printed alike in every run. */
    static Style styleOf(String documentId) {
        return Style.values()[Math.floorMod(seedOf(documentId), Style.values().length)];
    }

    private static long seedOf(String documentId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((HeldOutSplit.SEED + ":html:" + documentId)
                    .getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (hash[i] & 0xff);
            }
            return seed & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as an HTML filing, in the style its seed picks. */
    static String render(Document document) {
        return render(document, styleOf(document.id()));
    }

    static String render(Document document, Style style) {
        return printer(document, style).page(document);
    }

    private static StatementHtml printer(Document document, Style style) {
        boolean quarterly = document.form().toUpperCase(Locale.ROOT).startsWith("10-Q");
        long seed = seedOf(document.id());
        return new StatementHtml(style, new Random(seed), quarterly, new Random(seed * 31 + 7));
    }

    /**
     * The document as its HTML prints it, in the canonical model: each table's lines as printed (section header rows
     * among them, labels without the data set's "(in shares)" tails), without hints, unknown cells blank, no depth.
     * What the HTML reader should read back, so that what it reads otherwise is the reading's, not the printing's.
     */
    static Document printed(Document document) {
        StatementHtml printer = printer(document, styleOf(document.id()));
        List<Table> tables = new ArrayList<>();
        for (Table table : document.tables()) {
            List<Row> rows = new ArrayList<>();
            for (FilerLayout.Line line : FilerLayout.lines(table, printer.layout)) {
                Row row = line.row();
                rows.add(line.header() ? new Row(line.label(), null, null, List.of(), table.location(), null, null)
                        : new Row(line.label(), null, row.concept(), row.cells().stream()
                                .map(cell -> cell.notGiven() ? new Cell("", cell.location()) : cell).toList(), row.location(), row.totalOf(), null));
            }
            tables.add(new Table(table.id(), table.title(), table.unit(), null, table.columns(), rows, table.location()));
        }
        return new Document(document.id(), document.entity(), document.form(), document.source(), document.file(), tables,
                document.paragraphs());
    }

    private String page(Document document) {
        StringBuilder html = new StringBuilder("<html><head><title>").append(escape(document.entity()))
                .append("</title></head><body>\n");
        block(html, escape(document.entity().toUpperCase(Locale.ROOT)), true);
        if (style == Style.WORKIVA) {
            // Inline XBRL: the hidden header, and the form tagged on the cover.
            html.append("<div style=\"display:none\"><ix:header><ix:resources><xbrli:context id=\"c-1\"></xbrli:context>")
                    .append("</ix:resources></ix:header></div>\n");
        }
        if (!document.form().isBlank()) {
            String form = escape(document.form().toUpperCase(Locale.ROOT));
            block(html, "FORM " + (style == Style.WORKIVA ? "<ix:nonNumeric name=\"dei:DocumentType\" contextRef=\"c-1\">" + form
                    + "</ix:nonNumeric>" : form), true);
        }
        for (Table table : document.tables()) {
            if (!printable(table)) {
                continue;
            }
            html.append(style == Style.WORKIVA ? "<hr style=\"page-break-after:always\"/>\n" : "<p style=\"page-break-before:always\"></p>\n");
            List<FilerLayout.Line> rows = FilerLayout.lines(table, layout);
            if (style == Style.DONNELLEY && rows.size() > PAGE_ROWS) {
                int cut = rows.size() / 2;
                // Not after a header (it heads the lines below it), nor at a line of nothing.
                while (cut < rows.size() - 1 && (rows.get(cut - 1).header() || rows.get(cut).header() || !rows.get(cut).row().hasCells())) {
                    cut++;
                }
                table(html, document, table, rows.subList(0, cut), false);
                html.append("<p align=\"center\"><font size=\"2\">").append(random.nextInt(40) + 3).append("</font></p>\n")
                        .append("<p style=\"page-break-before:always\"></p>\n");
                table(html, document, table, rows.subList(cut, rows.size()), true);
            } else {
                table(html, document, table, rows, false);
            }
            if (footer) {
                block(html, "See accompanying notes to " + (condensed ? "condensed " : "") + "consolidated financial statements.", false);
                block(html, (style == Style.WORKIVA ? "F-" : "") + page++, false);
            }
        }
        return html.append("</body></html>\n").toString();
    }

    /** Whether a table has an amount to print: a data set's table of lines none of which has a value in its periods has none. */
    static boolean printable(Table table) {
        return !table.columns().isEmpty() && table.rows().stream().anyMatch(row -> row.cells().stream().anyMatch(cell -> !cell.text().isBlank()));
    }

    private void block(StringBuilder html, String text, boolean bold) {
        switch (style) {
            case WORKIVA -> html.append("<div style=\"text-align:center\"><span style=\"font-family:'Times New Roman';font-size:10pt;")
                    .append(bold ? "font-weight:700" : "font-weight:400").append("\">").append(text).append("</span></div>\n");
            case DONNELLEY -> html.append("<p align=\"center\"><font size=\"2\" face=\"Times New Roman\">").append(bold ? "<b>" : "")
                    .append(text).append(bold ? "</b>" : "").append("</font></p>\n");
            case PLAIN -> html.append(bold ? "<h3>" : "<p>").append(text).append(bold ? "</h3>\n" : "</p>\n");
        }
    }

    private void table(StringBuilder html, Document document, Table table, List<FilerLayout.Line> rows, boolean continued) {
        block(html, escape(document.entity()) + (subsidiaries ? " AND SUBSIDIARIES" : ""), true);
        block(html, escape(title(table, document.form())) + (continued ? " (Continued)" : ""), true);
        if (unaudited) {
            block(html, "(Unaudited)", false);
        }
        String caption = caption(table.unit());
        boolean captionInStub = style == Style.PLAIN && !caption.isEmpty() && captionPlace == 1;
        boolean captionRow = style == Style.PLAIN && !caption.isEmpty() && captionPlace == 2;
        if (!caption.isEmpty() && !captionInStub && !captionRow) {
            block(html, escape(caption), false);
        }
        int columns = table.columns().size();
        html.append(style == Style.DONNELLEY ? "<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n"
                : "<table style=\"border-collapse:collapse;width:100%\">\n");
        if (captionRow) {
            html.append("<tr><td colspan=\"").append(columns + 1).append("\" style=\"text-align:center\">").append(escape(caption))
                    .append("</td></tr>\n");
        }
        headers(html, table.columns(), captionInStub ? caption : "");
        boolean dollarShown = false;
        for (FilerLayout.Line line : rows) {
            if (line.header()) {
                headerRow(html, line, columns);
                continue;
            }
            Row row = line.row();
            boolean money = row.measure() == Measure.MONEY || row.measure() == Measure.PER_SHARE;
            boolean total = line.total() || row.label().toLowerCase(Locale.ROOT).startsWith("total") || row.label().toLowerCase(Locale.ROOT).startsWith("net ");
            boolean dollar = money && row.hasCells() && (!dollarShown || total || row.measure() == Measure.PER_SHARE);
            dollarShown |= dollar;
            bodyRow(html, line, columns, dollar);
        }
        html.append("</table>\n");
    }

    /**
     * "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Parenthetical) — RetainedEarningsMember", from the data set's
     * title, in one of the wordings filers use for that statement, one per document ({@link #TITLES}).
     */
    private String title(Table table, String form) {
        String given = table.title();
        String rest = "";
        int dash = given.indexOf(" — ");
        if (dash >= 0) {
            rest = given.substring(dash);
            given = given.substring(0, dash);
        }
        boolean parenthetical = given.endsWith(" (parenthetical)");
        if (parenthetical) {
            given = given.substring(0, given.length() - " (parenthetical)".length());
        }
        List<String> wordings = TITLES.get(given);
        String statement = wordings == null ? given.toUpperCase(Locale.ROOT)
                : given.equals("Income statement") && operations ? "STATEMENTS OF OPERATIONS" : wordings.get(titleWording % wordings.size());
        String title = (condensed ? "CONDENSED " : "") + "CONSOLIDATED " + statement;
        if (style == Style.PLAIN) {
            title = titleCase(title);
        }
        return title + (parenthetical ? " (Parenthetical)" : "") + rest;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(word.equals("of") ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** "in thousands of USD, except per share amounts" → "(In thousands, except per share amounts)"; nothing for units. */
    static String caption(String unit) {
        if (unit.isBlank() || !unit.matches("(?s).*\\b(thousands|millions|billions)\\b.*")) {
            return "";
        }
        String text = unit.replace(" of USD", "");
        return "(" + Character.toUpperCase(text.charAt(0)) + text.substring(1) + ")";
    }

    /** A period's length ("Three Months Ended", "Year Ended") and its date, or only the date of an instant. */
    private record Header(String length, String monthDay, String year) {
        String date() {
            return monthDay + ", " + year;
        }
    }

    private Header header(String caption) {
        String length = "";
        String date = caption;
        Matcher duration = LENGTH.matcher(caption);
        if (duration.matches()) {
            length = duration.group(1).equals("Twelve") && yearEnded ? "Year Ended"
                    : duration.group(1) + " Months Ended";
            date = duration.group(2);
        }
        Matcher day = DATE.matcher(date);
        return day.matches() ? new Header(length, day.group(1), day.group(2)) : new Header(length, date, "");
    }

    private void headers(StringBuilder html, List<String> columns, String stubCaption) {
        List<Header> heads = new ArrayList<>();
        for (String column : columns) {
            heads.add(header(column));
        }
        switch (style) {
            case WORKIVA -> {
                boolean anyLength = heads.stream().anyMatch(head -> !head.length().isEmpty());
                if (yearsBelow && heads.stream().noneMatch(head -> head.year().isEmpty())) {
                    html.append("<tr><td colspan=\"3\"></td>");
                    for (int c = 0; c < heads.size(); ) {
                        int end = runEnd(heads, c, true);
                        Header head = heads.get(c);
                        html.append("<td></td><td colspan=\"").append((end - c) * 4 - 1)
                                .append("\" style=\"text-align:center;border-bottom:1pt solid #000\"><span style=\"font-weight:700\">")
                                .append(escape((head.length().isEmpty() ? "" : head.length() + " ") + head.monthDay() + ","))
                                .append("</span></td>");
                        c = end;
                    }
                    html.append("</tr>\n<tr><td colspan=\"3\"></td>");
                    for (Header head : heads) {
                        html.append("<td></td><td colspan=\"3\" style=\"text-align:center\"><span style=\"font-weight:700\">")
                                .append(escape(head.year())).append("</span></td>");
                    }
                    html.append("</tr>\n");
                    return;
                }
                if (anyLength) {
                    html.append("<tr><td colspan=\"3\"></td>");
                    for (int c = 0; c < heads.size(); ) {
                        int end = runEnd(heads, c, false);
                        html.append("<td></td><td colspan=\"").append((end - c) * 4 - 1)
                                .append("\" style=\"text-align:center;border-bottom:1pt solid #000\"><span style=\"font-weight:700\">")
                                .append(escape(heads.get(c).length())).append("</span></td>");
                        c = end;
                    }
                    html.append("</tr>\n");
                }
                html.append("<tr><td colspan=\"3\"></td>");
                for (Header head : heads) {
                    html.append("<td></td><td colspan=\"3\" style=\"text-align:center\"><span style=\"font-weight:700\">")
                            .append(escape(head.monthDay())).append(head.year().isEmpty() ? "" : ",<br/>" + head.year())
                            .append("</span></td>");
                }
                html.append("</tr>\n");
            }
            case DONNELLEY -> {
                html.append("<tr><td width=\"52%\" valign=\"bottom\"><p>&nbsp;</p></td>");
                for (int c = 0; c < heads.size(); ) {
                    int end = runEnd(heads, c, true);
                    Header head = heads.get(c);
                    String top = (head.length().isEmpty() ? "" : head.length() + " ") + head.monthDay() + (head.year().isEmpty() ? "" : ",");
                    if (head.length().startsWith("Year") && end - c > 1) {
                        top = top.replace("Year Ended", "Years Ended");
                    }
                    html.append("<td width=\"1%\"><p>&nbsp;</p></td><td colspan=\"").append((end - c) * 2 - 1)
                            .append("\" valign=\"bottom\"><p align=\"center\"><b><font size=\"1\" face=\"Times New Roman\">")
                            .append(escape(top)).append("</font></b></p></td>");
                    c = end;
                }
                html.append("</tr>\n<tr><td valign=\"bottom\"><p>&nbsp;</p></td>");
                for (Header head : heads) {
                    html.append("<td><p>&nbsp;</p></td><td valign=\"bottom\" style=\"border-bottom:solid windowtext 1.0pt\">")
                            .append("<p align=\"center\"><b><font size=\"1\" face=\"Times New Roman\">").append(escape(head.year()))
                            .append("</font></b></p></td>");
                }
                html.append("</tr>\n");
            }
            case PLAIN -> {
                boolean anyLength = heads.stream().anyMatch(head -> !head.length().isEmpty());
                if (anyLength) {
                    html.append("<tr><th></th>");
                    for (Header head : heads) {
                        html.append("<th>").append(escape(head.length())).append("</th>");
                    }
                    html.append("</tr>\n");
                }
                html.append("<tr><th style=\"text-align:left\">").append(escape(stubCaption)).append("</th>");
                for (Header head : heads) {
                    html.append("<th>").append(escape(head.year().isEmpty() ? head.monthDay() : head.date())).append("</th>");
                }
                html.append("</tr>\n");
            }
        }
    }

    /** The end of the run of columns from {@code c} of one length (and, with {@code sameDay}, one month-day too). */
    private static int runEnd(List<Header> heads, int c, boolean sameDay) {
        int end = c + 1;
        while (end < heads.size() && heads.get(end).length().equals(heads.get(c).length())
                && (!sameDay || heads.get(end).monthDay().equals(heads.get(c).monthDay()))) {
            end++;
        }
        return end;
    }

    /** A section's header: its label alone on its row, indented as its level, the amounts' cells empty. */
    private void headerRow(StringBuilder html, FilerLayout.Line line, int columns) {
        String label = escape(line.label());
        int depth = line.depth();
        switch (style) {
            case WORKIVA -> {
                html.append("<tr><td colspan=\"3\" style=\"padding:2px 1pt 2px ").append(1 + 10 * depth)
                        .append("pt;text-align:left\"><span style=\"font-weight:700\">").append(label).append("</span></td>");
                html.append("<td colspan=\"4\"></td>".repeat(columns)).append("</tr>\n");
            }
            case DONNELLEY -> {
                html.append("<tr><td valign=\"bottom\"><p style=\"margin:0in 0in .0001pt ").append(10 + 10 * depth)
                        .append(".0pt;text-indent:-10.0pt;\"><font size=\"2\" face=\"Times New Roman\">").append(label)
                        .append("</font></p></td>");
                html.append("<td><p>&nbsp;</p></td><td><p>&nbsp;</p></td>".repeat(columns)).append("</tr>\n");
            }
            case PLAIN -> html.append("<tr>").append(plainLabelCell(label, depth)).append("<td></td>".repeat(columns)).append("</tr>\n");
        }
    }

    /** A plain label cell indented by {@code depth} levels in the document's way: padding, leading no-break spaces or text-indent. */
    private String plainLabelCell(String label, int depth) {
        return switch (plainIndent) {
            case 0 -> "<td style=\"padding-left:" + depth + "em\">" + label + "</td>";
            case 1 -> "<td>" + "&nbsp;&nbsp;&nbsp;".repeat(depth) + label + "</td>";
            default -> "<td style=\"text-indent:" + (depth * 12) + "pt\">" + label + "</td>";
        };
    }

    private void bodyRow(StringBuilder html, FilerLayout.Line line, int columns, boolean dollar) {
        String label = escape(line.label());
        int depth = line.depth();
        List<Cell> cells = line.row().cells();
        switch (style) {
            case WORKIVA -> {
                html.append("<tr><td colspan=\"3\" style=\"padding:2px 1pt 2px ").append(10 + 10 * depth)
                        .append("pt;text-align:left;text-indent:-9pt\"><span>").append(label).append("</span></td>");
                for (int c = 0; c < columns; c++) {
                    String text = c < cells.size() ? cells.get(c).text() : "";
                    String[] parts = split(text);
                    html.append("<td colspan=\"1\" style=\"padding:0 1pt\"></td>");
                    html.append("<td style=\"text-align:left\">").append(dollar && !text.isEmpty() ? "$" : "").append("</td>");
                    boolean whole = parenInCell && parts[1].startsWith(")");
                    html.append("<td style=\"text-align:right\"><span>").append(tagged(parts[0], c)).append(whole ? ")" : "")
                            .append("</span></td>");
                    String close = whole ? parts[1].substring(1) : parts[1];
                    html.append("<td style=\"text-align:left\">").append(close.isEmpty() && !text.isEmpty() ? "&#160;" : close)
                            .append("</td>");
                }
                html.append("</tr>\n");
            }
            case DONNELLEY -> {
                html.append("<tr><td valign=\"bottom\"><p style=\"margin:0in 0in .0001pt ").append(10 + 10 * depth)
                        .append(".0pt;text-indent:-10.0pt;\"><font size=\"2\" face=\"Times New Roman\">").append(label)
                        .append("</font></p></td>");
                for (int c = 0; c < columns; c++) {
                    String text = c < cells.size() ? cells.get(c).text() : "";
                    String shown = text.equals("—") ? nil : escape(text);
                    html.append("<td><p>&nbsp;</p></td><td valign=\"bottom\"><p align=\"right\"><font size=\"2\" face=\"Times New Roman\">")
                            .append(dollar && !text.isEmpty() ? "$&nbsp;" : "").append(shown.isEmpty() ? "&nbsp;" : shown)
                            .append("</font></p></td>");
                }
                html.append("</tr>\n");
            }
            case PLAIN -> {
                html.append("<tr>").append(plainLabelCell(label, depth));
                for (int c = 0; c < columns; c++) {
                    String text = c < cells.size() ? cells.get(c).text() : "";
                    String shown = text.equals("—") ? nil : escape(text);
                    html.append("<td align=\"right\">").append(dollar && !text.isEmpty() ? "$" : "").append(shown).append("</td>");
                }
                html.append("</tr>\n");
            }
        }
    }

    /** A Workiva number in its inline XBRL tag ("(" stays outside it, as the sign is the tag's attribute); a dash or a blank as it is. */
    private static String tagged(String shown, int column) {
        String digits = shown.startsWith("(") ? shown.substring(1) : shown;
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return shown;
        }
        return (shown.startsWith("(") ? "(" : "") + "<ix:nonFraction unitRef=\"usd\" contextRef=\"c-" + (column + 2)
                + "\" decimals=\"-3\" name=\"us-gaap:Amount\" format=\"ixt:num-dot-decimal\" scale=\"3\""
                + (shown.startsWith("(") ? " sign=\"-\"" : "") + ">" + digits + "</ix:nonFraction>";
    }

    /** A presented value as Workiva splits it: "(1,234)" → "(1,234" and ")"; "12.5%" → "12.5" and "%"; "—" as the dash. */
    private String[] split(String text) {
        if (text.equals("—")) {
            return new String[] {nil, ""};
        }
        if (text.endsWith(")%")) {
            return new String[] {escape(text.substring(0, text.length() - 2)), ")%"};
        }
        if (text.endsWith(")") || text.endsWith("%")) {
            return new String[] {escape(text.substring(0, text.length() - 1)), text.substring(text.length() - 1)};
        }
        return new String[] {escape(text), ""};
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
