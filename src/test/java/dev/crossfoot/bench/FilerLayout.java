package dev.crossfoot.bench;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data set's statement laid out as a filer prints it: the section header rows the data sets of 2009-10 do not
 * have (their presentations hold no abstract lines), each line's indentation, and labels without the data set's
 * "(in shares)" and "(in dollars per share)" tails, which no printed statement carries.
 *
 * <p>Sections come from the statement's own numbers, by one rule for every filing: a line whose label says it is
 * a total ("Total …", "Net cash provided by … activities") closes the shortest run of the units right above it
 * (lines, and sections already closed, each counted by its total) whose amounts add up to its own in every column
 * where all of them have one (a line that adds up such a run without saying it is a total is a subtotal too, without
 * a header of its own). Its header is worded from the total's label ("Total current assets" → "Current
 * assets:", "Net cash used in investing activities" → "Cash flows from investing activities:"); a grand section
 * (one holding sections) is headed in capitals without a colon ("ASSETS") when the document's seed says so. A run
 * of bare "Basic" and "Diluted" lines of one measure is headed by what they are ("Earnings per share:",
 * "Weighted average shares outstanding:"). Items stand one level in from their section's header; its total at the
 * items' level or one level out, one convention per document.
 */
final class FilerLayout {

    /** One printed line: a line of the statement ({@code row} its source) or a header ({@code row} null). */
    record Line(String label, int depth, Row row, boolean total) {
        boolean header() {
            return row == null;
        }
    }

    /** Each document's choices, from its seed. */
    record Choices(boolean totalsOut, boolean capitalGrandHeaders, int cashWording, int perShareWording, int sharesWording,
                   boolean sections) {
    }

    private static final Pattern TAIL = Pattern.compile("\\s*\\((?i:in (?:dollars per share|shares|dollars))\\)\\s*$");
    private static final Pattern TOTAL = Pattern.compile("^total (.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NET_CASH = Pattern.compile(
            "^net cash (?:provided by|used in|provided by \\(used in\\)|\\(used in\\) provided by|used by|from|\\(used in\\)|flows? from)"
                    + "\\s+(operating|investing|financing) activities.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("^(basic|diluted|basic and diluted|assuming dilution)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> PER_SHARE_HEADERS = List.of("Earnings per share:", "Net income per share:",
            "Earnings per common share:");
    private static final List<String> SHARES_HEADERS = List.of("Weighted average shares outstanding:",
            "Weighted average common shares outstanding:", "Shares used in computing earnings per share:");

    private FilerLayout() {
    }

    /** The label as printed: without the data set's "(in shares)" tail. */
    static String printedLabel(String label) {
        return TAIL.matcher(label).replaceFirst("");
    }

    /** A section found by the numbers: its first item's row index, its total's, and its header (or ""). */
    private record Section(int start, int end, String header, boolean grand) {
    }

    /** The statement's lines, headers among them, with their depths. */
    static List<Line> lines(Table table, Choices choices) {
        List<Row> rows = table.rows();
        List<Section> sections = choices.sections() ? sections(rows, choices) : List.of();
        List<Line> out = new ArrayList<>();
        int r = 0;
        while (r < rows.size()) {
            int run = bareRun(rows, r);
            if (run > 1 && (r == 0 || hasAmount(rows.get(r - 1)))) {
                int depth = containing(sections, r);
                Measure measure = rows.get(r).measure();
                out.add(new Line(measure == Measure.SHARES ? SHARES_HEADERS.get(choices.sharesWording())
                        : PER_SHARE_HEADERS.get(choices.perShareWording()), depth, null, false));
                for (int i = r; i < r + run; i++) {
                    out.add(new Line(printedLabel(rows.get(i).label()), depth + 1, rows.get(i), false));
                }
                r += run;
                continue;
            }
            // Headers of the sections whose first item this is, the outermost first: at most the outermost and the innermost.
            List<Section> opening = new ArrayList<>();
            for (Section section : sections) {
                if (section.start() == r && !section.header().isEmpty()) {
                    opening.add(section);
                }
            }
            opening.sort((a, b) -> Integer.compare(b.end(), a.end()));
            for (int i = 0; i < opening.size(); i++) {
                if (i > 0 && i < opening.size() - 1) {
                    continue;
                }
                Section section = opening.get(i);
                out.add(new Line(section.header(), containing(sections, section.start()) - 1 - (opening.size() - 1 - i), null, false));
            }
            Section closed = null;
            for (Section section : sections) {
                if (section.end() == r) {
                    closed = section;
                }
            }
            int depth = containing(sections, r);
            boolean total = closed != null;
            if (total && !choices.totalsOut()) {
                depth++;
            }
            out.add(new Line(printedLabel(rows.get(r).label()), Math.max(0, depth), rows.get(r), total));
            r++;
        }
        return out;
    }

    /** How many sections hold row {@code r} as an item (before their total). */
    private static int containing(List<Section> sections, int r) {
        int n = 0;
        for (Section section : sections) {
            if (section.start() <= r && r < section.end()) {
                n++;
            }
        }
        return n;
    }

    /** The length of the run of bare "Basic"/"Diluted" lines of one per-share or share measure from {@code r}. */
    private static int bareRun(List<Row> rows, int r) {
        Measure measure = rows.get(r).measure();
        if (measure != Measure.PER_SHARE && measure != Measure.SHARES) {
            return 0;
        }
        int end = r;
        while (end < rows.size() && rows.get(end).measure() == measure && hasAmount(rows.get(end))
                && BARE.matcher(printedLabel(rows.get(end).label())).matches()) {
            end++;
        }
        return end - r;
    }

    private static boolean hasAmount(Row row) {
        return row.cells().stream().anyMatch(cell -> !cell.notGiven() && !cell.text().isBlank());
    }

    /** A unit above a total: a line, or a closed section counted by its total; {@code first} its first row. */
    private record Unit(int first, int row, BigDecimal[] values, BigDecimal[] halfUnits, boolean unplaced) {
    }

    private static List<Section> sections(List<Row> rows, Choices choices) {
        List<Section> sections = new ArrayList<>();
        List<Unit> stack = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Unit unit = unit(row, r);
            String header = header(row.label(), choices);
            if (row.measure() == Measure.MONEY) {
                int k = closes(stack, unit);
                if (k > 0 && header == null) {
                    // A subtotal its label does not call one ("The Hershey Company stockholders' equity" above the
                    // noncontrolling interests): one unit from its run's first line, so that the section a total closes
                    // over it starts where its run starts, not at it.
                    int first = stack.get(stack.size() - k).first();
                    stack.subList(stack.size() - k, stack.size()).clear();
                    stack.add(new Unit(first, r, unit.values(), unit.halfUnits(), false));
                    continue;
                }
                if (k > 0) {
                    List<Unit> closed = stack.subList(stack.size() - k, stack.size());
                    int first = closed.get(0).first();
                    if (closed.get(0).unplaced()) {
                        // Its first part is a total whose own lines the numbers do not show: where the section starts is not
                        // known, and no filer heads a section right above a total.
                        header = "";
                    }
                    boolean grand = false;
                    for (Section section : sections) {
                        grand |= section.start() >= first && section.end() < r;
                    }
                    if (grand && choices.capitalGrandHeaders() && !header.isEmpty()) {
                        header = header.substring(0, header.length() - 1).toUpperCase(Locale.ROOT);
                    }
                    sections.add(new Section(first, r, header, grand));
                    closed.clear();
                    stack.add(new Unit(first, r, unit.values(), unit.halfUnits(), false));
                    continue;
                }
            }
            stack.add(header != null ? new Unit(unit.first(), r, unit.values(), unit.halfUnits(), true) : unit);
        }
        return sections;
    }

    /** The header of the section a total closes ("" when its label names none), or null when the label is no total's. */
    private static String header(String label, Choices choices) {
        String text = printedLabel(label).strip();
        Matcher cash = NET_CASH.matcher(text);
        if (cash.matches()) {
            String activities = cash.group(1).toLowerCase(Locale.ROOT);
            return choices.cashWording() == 0 ? "Cash flows from " + activities + " activities:"
                    : Character.toUpperCase(activities.charAt(0)) + activities.substring(1) + " activities:";
        }
        Matcher total = TOTAL.matcher(text);
        if (total.matches()) {
            String name = total.group(1).strip();
            return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1) + ":";
        }
        return null;
    }

    /** The number of units atop the stack (2 or more) the total adds up, the fewest that do; 0 for none. */
    private static int closes(List<Unit> stack, Unit total) {
        int columns = total.values().length;
        BigDecimal[] sum = new BigDecimal[columns];
        BigDecimal[] slack = new BigDecimal[columns];
        boolean[] known = new boolean[columns];
        java.util.Arrays.fill(known, true);
        java.util.Arrays.fill(sum, BigDecimal.ZERO);
        java.util.Arrays.fill(slack, BigDecimal.ZERO);
        for (int k = 1; k <= stack.size(); k++) {
            Unit unit = stack.get(stack.size() - k);
            if (unit.values() == null) {
                return 0;
            }
            for (int c = 0; c < columns; c++) {
                if (c >= unit.values().length || unit.values()[c] == null) {
                    known[c] = false;
                } else if (known[c]) {
                    sum[c] = sum[c].add(unit.values()[c]);
                    slack[c] = slack[c].add(unit.halfUnits()[c]);
                }
            }
            if (k < 2) {
                continue;
            }
            int held = 0;
            boolean broken = false;
            boolean nonZero = false;
            for (int c = 0; c < columns; c++) {
                if (!known[c] || total.values()[c] == null) {
                    continue;
                }
                BigDecimal allowed = slack[c].add(total.halfUnits()[c]);
                if (sum[c].subtract(total.values()[c]).abs().compareTo(allowed) <= 0) {
                    held++;
                    nonZero |= total.values()[c].signum() != 0;
                } else {
                    broken = true;
                }
            }
            if (held > 0 && !broken && nonZero) {
                // Lines right above the run that have no figure in any column it was compared in (a line the data set
                // gives for one period only) cannot be told out of it: they are its first lines, as a filer lists them.
                while (k < stack.size()) {
                    Unit above = stack.get(stack.size() - k - 1);
                    if (above.values() == null || above.first() != above.row() || above.unplaced()) {
                        break;
                    }
                    boolean unknownWhereCompared = true;
                    for (int c = 0; c < columns; c++) {
                        if (known[c] && total.values()[c] != null && c < above.values().length && above.values()[c] != null) {
                            unknownWhereCompared = false;
                        }
                    }
                    if (!unknownWhereCompared) {
                        break;
                    }
                    k++;
                }
                return k;
            }
        }
        return 0;
    }

    /** A line's amounts as printed ("(1,234)" → -1234, "—" → 0), null where it has none; null values for a line of no money. */
    private static Unit unit(Row row, int r) {
        if (row.measure() != Measure.MONEY) {
            return new Unit(r, r, null, null, false);
        }
        List<Cell> cells = row.cells();
        boolean less = row.label().strip().toLowerCase(Locale.ROOT).startsWith("less");
        BigDecimal[] values = new BigDecimal[cells.size()];
        BigDecimal[] half = new BigDecimal[cells.size()];
        if (cells.stream().allMatch(Cell::notGiven)) {
            // A line the data set gives no figure for ("Preferred stock" of none): it adds nothing to the run it stands in.
            java.util.Arrays.fill(values, BigDecimal.ZERO);
            java.util.Arrays.fill(half, BigDecimal.ZERO);
            return new Unit(r, r, values, half, false);
        }
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (cell.notGiven()) {
                continue;
            }
            String text = cell.text().strip();
            if (text.equals("—")) {
                values[c] = BigDecimal.ZERO;
                half[c] = BigDecimal.ZERO;
                continue;
            }
            boolean negative = text.startsWith("(") && text.endsWith(")") || text.startsWith("-");
            String digits = text.replaceAll("[$,()\\s-]", "");
            if (!digits.matches("\\d+(\\.\\d+)?")) {
                continue;
            }
            BigDecimal value = new BigDecimal(digits);
            // "Less accumulated depreciation" 18,739 is deducted, whatever its sign.
            values[c] = negative || less ? value.negate() : value;
            half[c] = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())).divide(BigDecimal.valueOf(2));
        }
        return new Unit(r, r, values, half, false);
    }
}
