package dev.crossfoot.understand;

import dev.crossfoot.model.RowRole;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Works out each row's level, role and section path. When the input gives depths they are
 * trusted; otherwise a label ending in ':' (or any row without numbers) opens a section and a
 * "Total …" row closes the section it names, or the innermost one. Which labels are totals,
 * balances or captions is the {@link Lexicon}'s to say, in any language it holds.
 */
public final class Hierarchy {

    private static final Pattern DASH_END = Pattern.compile(".*\\S[-–—]$");

    /** One row's place: level (0 = top), role, and the labels of the headers it sits under. */
    public record Place(int level, RowRole role, List<String> sectionPath) {
        public Place {
            sectionPath = List.copyOf(sectionPath);
        }
    }

    /**
     * What the hierarchy needs of a row: its label, whether it carries numbers, its given depth,
     * whether the layout marks it a total though it has no label ({@link UnlabelledTotals}), and its
     * label's normal form ({@link Labels#normalise}): the reading of a table normalises each label
     * once for its rows, and the hierarchy asked the memo again for every line's role and section.
     */
    public record Line(String label, boolean hasNumbers, Integer depth, boolean unlabelledTotal, String normalLabel) {
        public Line(String label, boolean hasNumbers, Integer depth, boolean unlabelledTotal) {
            this(label, hasNumbers, depth, unlabelledTotal, Labels.normalise(label));
        }

        public Line(String label, boolean hasNumbers, Integer depth) {
            this(label, hasNumbers, depth, false);
        }
    }

    public static boolean isTotalLabel(String label) {
        return isTotalNormal(Labels.normalise(label));
    }

    /**
     * Whether a normalised label is a total's: its cues asked of one look-up of the text's answers (every line of both
     * readings of every table is asked, an item line all six cues).
     */
    static boolean isTotalNormal(String normal) {
        Lexicon.Answers answers = Lexicon.current().answers(normal);
        return answers.matches(Cue.TOTAL) || answers.matches(Cue.SUBTOTAL) || answers.matches(Cue.NAMED_TOTAL)
                || namesActivityNetCash(answers) || answers.matches(Cue.COMPREHENSIVE_RESULT);
    }

    /**
     * Whether a normalised label is the net cash of an activity, the total of its section: not
     * the part of it of discontinued operations ("Net cash provided by operating activities
     * attributable to discontinued operations"), a line of its own within or beside the section.
     */
    public static boolean namesActivityNetCash(String normal) {
        return namesActivityNetCash(Lexicon.current().answers(normal));
    }

    private static boolean namesActivityNetCash(Lexicon.Answers answers) {
        return answers.matches(Cue.ACTIVITY_NET_CASH) && !answers.matches(Cue.DISCONTINUED_PART);
    }

    private static final List<Cue> ACTIVITIES = List.of(Cue.OPERATING_ACTIVITY, Cue.INVESTING_ACTIVITY, Cue.FINANCING_ACTIVITY);

    /**
     * The activity whose net cash a normalised label states, or null: the one named first, so that
     * "Net cash used in investing activities of continuing operations" is of the investing activities
     * though "operations" names the operating ones too.
     */
    public static Cue activityOfNetCash(String normal) {
        if (!namesActivityNetCash(normal)) {
            return null;
        }
        Lexicon lexicon = Lexicon.current();
        Cue first = null;
        int at = Integer.MAX_VALUE;
        for (Cue activity : ACTIVITIES) {
            int start = lexicon.find(activity, normal).map(MatchResult::start).orElse(Integer.MAX_VALUE);
            if (start < at) {
                first = activity;
                at = start;
            }
        }
        return first;
    }

    public List<Place> places(List<Line> lines) {
        boolean explicit = lines.stream().anyMatch(line -> line.depth() != null);
        return explicit ? fromDepths(lines) : inferred(lines);
    }

    private static RowRole roleOf(Line line) {
        if (!line.hasNumbers()) {
            return RowRole.HEADER;
        }
        return isTotalNormal(line.normalLabel()) ? RowRole.TOTAL : RowRole.ITEM;
    }

    /**
     * The open section a row of numbers closes by repeating its header: "Finance lease cost"
     * after "Finance lease cost:" and its lines is their total, though it does not say "Total".
     * Not when a "Total …" row further down names the section: then the line is one of its
     * items ("Operating costs:", "Medical costs", "Operating costs", …, "Total operating costs").
     */
    private static int sectionRepeatedBy(String label, List<OpenSection> open) {
        String normal = Labels.normalise(label).transform(Hierarchy::withoutTrailingColon);
        // Only the innermost section: a caption repeated under another header ("Foreign exchange
        // contracts" under each kind of hedge) is a line of that header, not the close of the first.
        int i = open.size() - 1;
        if (i < 0) {
            return -1;
        }
        OpenSection section = open.get(i);
        String header = Labels.normalise(section.label()).transform(Hierarchy::withoutTrailingColon);
        return section.items > 0 && !normal.isEmpty() && header.equals(normal) ? i : -1;
    }

    /**
     * As {@link #sectionRepeatedBy(String, List)}, and also a row that names the section and what
     * the table's grand total adds up: "Corporate unusual items" after "Corporate:" and its lines,
     * above "Total unusual items", is the Corporate subtotal, one part of that total.
     */
    private static int sectionRepeatedBy(String label, List<OpenSection> open, List<Line> lines, int from) {
        int repeated = sectionRepeatedBy(label, open);
        if (repeated >= 0 || open.isEmpty() || open.get(open.size() - 1).items == 0) {
            return repeated;
        }
        String normal = Labels.normalise(label).transform(Hierarchy::withoutTrailingColon);
        String header = Labels.normalise(open.get(open.size() - 1).label()).transform(Hierarchy::withoutTrailingColon);
        if (header.isEmpty() || !normal.startsWith(header + " ")) {
            return -1;
        }
        String subject = normal.substring(header.length() + 1);
        for (int i = from + 1; i < lines.size(); i++) {
            String later = lines.get(i).normalLabel().transform(Hierarchy::withoutTrailingColon);
            if (lines.get(i).hasNumbers() && Lexicon.current().matches(Cue.TOTAL, later)
                    && Lexicon.current().strip(Cue.TOTAL, later).equals(subject)) {
                return open.size() - 1;
            }
        }
        return -1;
    }

    private List<Place> fromDepths(List<Line> lines) {
        List<Place> places = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<Integer> headerLevels = new ArrayList<>();
        for (Line line : lines) {
            int level = line.depth() == null ? 0 : Math.max(0, line.depth());
            while (!headerLevels.isEmpty() && headerLevels.get(headerLevels.size() - 1) >= level) {
                headerLevels.remove(headerLevels.size() - 1);
                headers.remove(headers.size() - 1);
            }
            RowRole role = line.unlabelledTotal() ? RowRole.TOTAL : roleOf(line);
            places.add(new Place(level, role, headers));
            if (role == RowRole.HEADER) {
                headers.add(line.label());
                headerLevels.add(level);
            }
        }
        return places;
    }

    /**
     * Whether a label names a balance of a roll-forward: an opening balance, or a closing one
     * ("Ending balances", "Balance at December 31, 2024", "Balance, end of year").
     */
    public static boolean isBalanceLabel(String label) {
        return Lexicon.current().matches(Cue.BALANCE, Labels.normalise(label)) || namesOnlyADate(label);
    }

    /**
     * Whether a line names a balance ({@link #isBalanceLabel}) or an opening balance ({@link #isOpeningBalance}), given
     * its label and the label's normal form as the line carries it ({@link Labels#normalise}): the roll-forward asks
     * this of every line of every reading of every total (900,000 times a pass of the FSDS quarter's JSON Lines), and
     * normalising the label again for each cue and looking the text up once per cue was most of that.
     */
    public static boolean isBalanceOrOpeningBalance(String label, String normal) {
        return Lexicon.current().matchesEither(Cue.BALANCE, Cue.OPENING_BALANCE, normal) || namesOnlyADate(label);
    }

    /** {@link #isOpeningBalance}, given the label's normal form as the line carries it. */
    public static boolean isOpeningBalanceNormal(String normal) {
        return Lexicon.current().matches(Cue.OPENING_BALANCE, normal);
    }

    /**
     * A line named by nothing but a date ("March 28, 2025", "November 30, 2009") states what stood
     * at that date: an equity statement's balances between its movements, as filers print them
     * without the word "Balance".
     */
    static boolean namesOnlyADate(String label) {
        return namesOnlyADate(label, false);
    }

    /** {@link #namesOnlyADate(String)}, with {@code plain} the date forms matched afresh rather than the answer kept per text. */
    static boolean namesOnlyADate(String label, boolean plain) {
        String text = label == null ? "" : label.strip();
        int last = text.length() - 1;
        while (last >= 0 && (text.charAt(last) == ':' || text.charAt(last) == '.' || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        // Every date form names the year, so a date alone ends in a digit: most labels are passed
        // over here, without the date forms' patterns (this is asked of every line of every table).
        if (last < 0 || !Character.isLetterOrDigit(text.charAt(0)) || !Character.isDigit(text.charAt(last))) {
            return false;
        }
        DateWords words = Lexicon.current().dateWords();
        return plain ? words.worksOutOnlyADate(text) : words.onlyADate(text);
    }

    /**
     * A total that heads its lines: its label ends in a dash, as a heading that carries numbers
     * ("Total Retail Sales-", then Residential, Commercial, Industrial).
     */
    public static boolean isHeadingTotal(String label) {
        String text = label == null ? "" : label.strip();
        return isTotalLabel(text) && DASH_END.matcher(text).matches();
    }

    /** A row without numbers that captions items not carried in the statement, and so opens no section. */
    static boolean isCaption(String label) {
        return Lexicon.current().matches(Cue.COMMITMENTS_CAPTION, Labels.normalise(label));
    }

    /** Whether a label names a balance at the start of its period, wherever its line stands. */
    public static boolean isPeriodStart(String label) {
        return Lexicon.current().matches(Cue.PERIOD_START, Labels.normalise(label));
    }

    public static boolean isOpeningBalance(String label) {
        return Lexicon.current().matches(Cue.OPENING_BALANCE, Labels.normalise(label));
    }

    private List<Place> inferred(List<Line> lines) {
        List<Place> places = new ArrayList<>();
        List<OpenSection> open = new ArrayList<>();
        boolean balanceOpen = false;
        int movements = 0;
        for (Line line : lines) {
            RowRole role = line.unlabelledTotal() ? RowRole.TOTAL : roleOf(line);
            if (role == RowRole.HEADER) {
                balanceOpen = false;
            }
            if (role == RowRole.ITEM && isBalanceLabel(line.label())) {
                // A roll-forward: a balance after an earlier balance of the same section and the
                // movements since is that balance plus the movements, so it totals them without
                // closing the section. A balance right after another opens a new roll-forward.
                boolean closing = balanceOpen && movements > 0 && !isOpeningBalance(line.label());
                places.add(new Place(open.size(), closing ? RowRole.TOTAL : RowRole.ITEM, open.stream().map(OpenSection::label).toList()));
                countItem(open);
                balanceOpen = true;
                movements = 0;
                continue;
            }
            movements++;
            if (role != RowRole.ITEM && !open.isEmpty() && open.get(open.size() - 1).heading()) {
                // The lines under a heading that carries numbers end at the next total or header.
                open.remove(open.size() - 1);
            }
            List<String> path = open.stream().map(OpenSection::label).toList();
            if (role == RowRole.TOTAL && isHeadingTotal(line.label())) {
                places.add(new Place(open.size(), role, path));
                countItem(open);
                open.add(new OpenSection(line.label(), false, true));
                continue;
            }
            switch (role) {
                case HEADER -> {
                    boolean colon = line.label().strip().endsWith(":");
                    if (!colon && isCaption(line.label())) {
                        places.add(new Place(open.size(), role, path));
                        break;
                    }
                    if (colon && !open.isEmpty() && open.get(open.size() - 1).colon() && open.get(open.size() - 1).items > 0
                            && !namedLater(open.get(open.size() - 1).label(), lines, places.size())) {
                        open.remove(open.size() - 1);
                        path = open.stream().map(OpenSection::label).toList();
                    }
                    places.add(new Place(open.size(), role, path));
                    open.add(new OpenSection(line.label(), colon));
                }
                case TOTAL -> {
                    int closes = sectionNamedBy(line.label(), open);
                    String normal = line.normalLabel();
                    if (closes < 0 && (bareTotal(normal) || Lexicon.current().matches(Cue.SUBTOTAL, normal)) && !open.isEmpty()) {
                        closes = open.size() - 1;
                    }
                    if (closes >= 0) {
                        places.add(new Place(closes + 1, role, path));
                        open.subList(closes, open.size()).clear();
                    } else {
                        places.add(new Place(open.size(), role, path));
                    }
                    countItem(open);
                }
                default -> {
                    int repeated = sectionRepeatedBy(line.label(), open, lines, places.size());
                    if (repeated >= 0 && !namedLater(open.get(repeated).label(), lines, places.size() + 1)) {
                        places.add(new Place(repeated + 1, RowRole.TOTAL, path));
                        open.subList(repeated, open.size()).clear();
                        countItem(open);
                        break;
                    }
                    places.add(new Place(open.size(), role, path));
                    countItem(open);
                }
            }
        }
        return nestSubtotals(lines, places);
    }

    /** Whether a Total row after {@code from} names this section: it stays open until then. */
    private static boolean namedLater(String header, List<Line> lines, int from) {
        List<OpenSection> only = List.of(new OpenSection(header, true));
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.hasNumbers() && isTotalNormal(line.normalLabel()) && sectionNamedBy(line.label(), only) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Subtotals inside a section that the layout shows only by their labels: "Cost of revenue"
     * after "Cost of revenue - product" and "Cost of revenue - service" adds them up, so they sit
     * one level deeper. Once a section shows such a subtotal, its Total adds subtotals, so the last
     * line before the Total also closes the lines since the previous subtotal ("Operating expense"
     * after the three "… expense" lines).
     */
    private static List<Place> nestSubtotals(List<Line> lines, List<Place> places) {
        List<Place> result = new ArrayList<>(places);
        for (int t = 0; t < places.size(); t++) {
            if (places.get(t).role() != RowRole.TOTAL) {
                continue;
            }
            int level = places.get(t).level();
            List<Integer> items = new ArrayList<>();
            boolean deeper = false;
            for (int i = t - 1; i >= 0; i--) {
                Place place = places.get(i);
                if (place.level() < level || place.level() == level && place.role() != RowRole.ITEM) {
                    break;
                }
                if (place.level() > level) {
                    deeper = true;
                    break;
                }
                items.add(0, i);
            }
            if (deeper || items.size() < 3) {
                continue;
            }
            List<Integer> subtotals = new ArrayList<>();
            for (int k = 2; k < items.size(); k++) {
                String prefix = lines.get(items.get(k)).normalLabel();
                int run = 0;
                for (int back = k - 1; back >= 0 && startsWithLabel(lines.get(items.get(back)).label(), prefix); back--) {
                    run++;
                }
                if (run >= 2 && !prefix.isEmpty()) {
                    subtotals.add(k);
                    for (int back = k - run; back < k; back++) {
                        nest(result, items.get(back));
                    }
                }
            }
            if (subtotals.isEmpty()) {
                continue;
            }
            int last = subtotals.get(subtotals.size() - 1);
            if (items.size() - 1 - last >= 3) {
                for (int k = last + 1; k < items.size() - 1; k++) {
                    nest(result, items.get(k));
                }
            }
        }
        return result;
    }

    private static boolean startsWithLabel(String label, String prefix) {
        String normal = Labels.normalise(label);
        return normal.length() > prefix.length() && normal.startsWith(prefix)
                && " -–—:,(".indexOf(normal.charAt(prefix.length())) >= 0;
    }

    private static void nest(List<Place> places, int index) {
        Place place = places.get(index);
        places.set(index, new Place(place.level() + 1, place.role(), place.sectionPath()));
    }

    private static void countItem(List<OpenSection> open) {
        if (!open.isEmpty()) {
            open.get(open.size() - 1).items++;
        }
    }

    /** "Total" alone (or "Insgesamt"): it names no section. */
    private static boolean bareTotal(String normal) {
        return Lexicon.current().matches(Cue.TOTAL, normal) && Lexicon.current().strip(Cue.TOTAL, normal).isEmpty();
    }

    /** The innermost open section whose header the total names, or -1. */
    private static int sectionNamedBy(String totalLabel, List<OpenSection> open) {
        Lexicon lexicon = Lexicon.current();
        String total = Labels.normalise(totalLabel);
        String named = lexicon.strip(Cue.TOTAL, total);
        Cue activity = activityOfNetCash(total);
        for (int i = open.size() - 1; i >= 0; i--) {
            String header = Labels.normalise(open.get(i).label());
            if (!named.isEmpty() && (header.equals(named) || header.startsWith(named + " ") && named.length() > 3)) {
                return i;
            }
            // A header of the discontinued operations' lines ("Discontinued operations:") heads a part
            // of an activity, never what the activity's total closes.
            if (activity != null && lexicon.matches(activity, header) && !lexicon.matches(Cue.RECONCILIATION, header)
                    && !lexicon.matches(Cue.DISCONTINUED_PART, header)) {
                return i;
            }
        }
        return -1;
    }

    private static final class OpenSection {
        private final String label;
        private final boolean colon;
        private int items;

        private final boolean heading;

        OpenSection(String label, boolean colon) {
            this(label, colon, false);
        }

        OpenSection(String label, boolean colon, boolean heading) {
            this.label = label;
            this.colon = colon;
            this.heading = heading;
        }

        /** A total printed as the heading of its lines ("Total Retail Sales-"). */
        boolean heading() {
            return heading;
        }

        String label() {
            return label;
        }

        boolean colon() {
            return colon;
        }
    }

    /**
     * The text without the colons and spaces it ends in, as {@code [:\s]+$} would remove them (its
     * {@code $} also stands before a last line end that is no {@code \s}, such as U+2028), read in
     * one pass: it is asked of a section's header and of every line below it, and the regex was
     * one of the largest costs of placing rows (BENCHMARKS.md, "Issue 14, eleventh round").
     */
    static String withoutTrailingColon(String text) {
        int end = text.length();
        if (end > 0 && isLineEndOtherThanSpace(text.charAt(end - 1))) {
            end--;
        }
        int cut = end;
        while (cut > 0 && (text.charAt(cut - 1) == ':' || isRegexSpace(text.charAt(cut - 1)))) {
            cut--;
        }
        return cut == end ? text : text.substring(0, cut) + text.substring(end);
    }

    /** What {@code \s} matches without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The line ends a regex's {@code $} stands before that {@code \s} does not match. */
    private static boolean isLineEndOtherThanSpace(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
