package dev.crossfoot.understand;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.SyntaxError;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps row labels to concepts, aware of the section a row sits in: {@code Product} under
 * {@code Revenue:} is {@code revenue.product}, under {@code Cost of revenue:} it is
 * {@code cost_of_revenue.product}. Read from {@code rules/*.concepts}:
 *
 * <pre>
 * concept revenue.product
 *   "product", "products" under "revenue*", "net sales"
 * concept income_tax  sign varies
 *   "provision for income taxes", "*income tax*" unless "*other than income tax*" in income
 * concept gross_margin_pct
 *   "gross margin" measure percent
 * concept total_assets
 *   element "us-gaap:Assets" in balance-sheet
 * </pre>
 *
 * Patterns are compared with {@link Labels#normalise}d labels; {@code *} matches any text.
 * The first concept whose pattern matches wins, so specific entries come first.
 *
 * <p>An {@code element} line names the XBRL elements (prefix and local name) that report the concept. A line
 * whose input knows its element (a data set's tag, an inline XBRL fact) is that concept where its label
 * names none and lost its heading (the table gives the same words to lines of other elements: "Total" under
 * "Effect of exchange rate changes on cash:", which a data set does not hold; see {@link TableAnalyzer}), while
 * the filer's own words keep deciding wherever they name a concept.
 *
 * <p>A file may also say in which order a statement presents some of its concepts:
 * <pre>
 * order in balance-sheet: total_current_assets, total_assets, total_liabilities_and_equity
 * </pre>
 */
public final class ConceptDictionary {

    /**
     * One line of a concept: label patterns, or (an {@code element} line) the XBRL elements that report it, with the
     * sections and statements it is limited to.
     */
    private record Entry(String concept, List<Glob> labels, List<Glob> unless, List<Glob> under,
                         Set<StatementKind> in, Measure measure, String text, Set<String> elements) {

        boolean admits(StatementKind kind, Measure measure) {
            return (in.isEmpty() || in.contains(kind)) && (this.measure == null || this.measure == measure);
        }
    }

    private static final String NO_CONCEPT = "";

    private final List<Entry> entries;
    private final Set<String> signVaries;
    private final List<PresentationOrder> orders;
    private final List<Sides> sides;
    /**
     * Datasets repeat the same labels in every document; matching each once is most of the cost.
     * Bounded (see {@link BoundedMemo}): the key is a filer's label with its sections, an open set.
     */
    private final BoundedMemo<Asked, String> memo = new BoundedMemo<>(30_000);
    /** The entries a normalised label's patterns admit; bounded for the same reason. */
    private final BoundedMemo<String, int[]> byLabel = new BoundedMemo<>(30_000);

    /**
     * By a label's first character, the entries one of whose patterns can match it, in order: a
     * pattern matches only labels that start with what it has before its first star, so a new
     * label is tried against these alone, not every pattern of the dictionary. Entries with a
     * pattern that starts with a star are in every list.
     */
    private final Map<Character, int[]> byFirstCharacter;
    /** The entries for a label whose first character no pattern starts with. */
    private final int[] anyFirstCharacter;
    /** The {@code element} lines, in order. */
    private final List<Entry> elementEntries;
    /**
     * Per entry, its label patterns and its exceptions, as arrays: each new label is tried against some eighty
     * entries, and walking each entry's list through an iterator was a third of that.
     */
    private final Glob[][] labelPatterns;
    private final Glob[][] unlessPatterns;

    private ConceptDictionary(List<Entry> entries, Set<String> signVaries, List<PresentationOrder> orders, List<Sides> sides) {
        this.entries = List.copyOf(entries);
        this.signVaries = Set.copyOf(signVaries);
        this.orders = List.copyOf(orders);
        this.sides = List.copyOf(sides);
        this.elementEntries = this.entries.stream().filter(entry -> !entry.elements().isEmpty()).toList();
        this.labelPatterns = this.entries.stream().map(entry -> entry.labels().toArray(Glob[]::new)).toArray(Glob[][]::new);
        this.unlessPatterns = this.entries.stream().map(entry -> entry.unless().toArray(Glob[]::new)).toArray(Glob[][]::new);
        Set<Character> starts = new java.util.TreeSet<>();
        for (Entry entry : this.entries) {
            for (Glob pattern : entry.labels()) {
                if (!pattern.prefix().isEmpty()) {
                    starts.add(pattern.prefix().charAt(0));
                }
            }
        }
        this.anyFirstCharacter = entriesStartingWith(null);
        Map<Character, int[]> byFirst = new java.util.HashMap<>();
        for (Character start : starts) {
            byFirst.put(start, entriesStartingWith(start));
        }
        this.byFirstCharacter = byFirst;
    }

    /** The entries, in order, with a pattern that starts with a star or with {@code start} (null: only the star). */
    private int[] entriesStartingWith(Character start) {
        List<Integer> indexes = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            for (Glob pattern : entries.get(index).labels()) {
                String prefix = pattern.prefix();
                if (prefix.isEmpty() || start != null && prefix.charAt(0) == start) {
                    indexes.add(index);
                    break;
                }
            }
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    public static ConceptDictionary empty() {
        return new ConceptDictionary(List.of(), Set.of(), List.of(), List.of());
    }

    /**
     * Concepts a statement of one kind always presents in this order ("Total current assets"
     * above "Total assets"): a table that shows them the other way round lists its lines in some
     * other order than the statement's.
     */
    public record PresentationOrder(StatementKind kind, List<String> concepts, String text) {
        public PresentationOrder {
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * A statement whose two sides each close with the total word alone ("Total" under the assets,
     * "Total" at the foot under the equity): the first such line is {@code first}, the last
     * {@code last}, where no line names them.
     */
    public record Sides(StatementKind kind, String first, String last, String text) {
    }

    /** The two-sided totals the files declare for a kind of statement. */
    public List<Sides> sides(StatementKind kind) {
        return sides.stream().filter(side -> side.kind() == kind).toList();
    }

    /** The presentation orders the files declare, built-in and the user's alike. */
    public List<PresentationOrder> orders() {
        return orders;
    }

    /** Entries of {@code later} come first, so a user's dictionary overrides the built-in one. */
    public ConceptDictionary overriddenBy(ConceptDictionary later) {
        List<Entry> merged = new ArrayList<>(later.entries);
        merged.addAll(entries);
        Set<String> varies = new java.util.HashSet<>(signVaries);
        varies.addAll(later.signVaries);
        List<PresentationOrder> allOrders = new ArrayList<>(orders);
        allOrders.addAll(later.orders);
        List<Sides> allSides = new ArrayList<>(later.sides);
        allSides.addAll(sides);
        return new ConceptDictionary(merged, varies, allOrders, allSides);
    }

    /**
     * The concept an XBRL element reports in a statement of this kind and a line of this measure, or null: the
     * first {@code element} line naming it.
     */
    public String conceptOfElement(String element, StatementKind kind, Measure measure) {
        for (Entry entry : elementEntries) {
            if (entry.elements().contains(element) && entry.admits(kind, measure)) {
                return entry.concept();
            }
        }
        return null;
    }

    /** Whether a row's {@code concept} hint names an XBRL element ({@code us-gaap:Assets}) rather than a concept. */
    public static boolean namesElement(String hint) {
        return hint.indexOf(':') > 0;
    }

    /** The concept a row reports, or null. */
    public String conceptOf(String label, List<String> sectionPath, StatementKind kind, Measure measure) {
        String known = memo.get(new Asked(label, List.copyOf(sectionPath), kind, measure), k -> {
            String concept = match(label, sectionPath, kind, measure);
            return concept == null ? NO_CONCEPT : concept;
        });
        return known.isEmpty() ? null : known;
    }

    /**
     * What a row's concept is asked by: a record, not a string joined of them, so that a look-up
     * hashes the label and sections the row already holds instead of building and hashing a new text.
     */
    private record Asked(String label, List<String> sectionPath, StatementKind kind, Measure measure) {
        /** Written out: the generated equality and hash read each component through a method handle, at every row's look-up. */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Asked asked && kind == asked.kind && measure == asked.measure
                    && java.util.Objects.equals(label, asked.label) && sectionPath.equals(asked.sectionPath);
        }

        @Override
        public int hashCode() {
            return ((java.util.Objects.hashCode(label) * 31 + sectionPath.hashCode()) * 31 + java.util.Objects.hashCode(kind)) * 31
                    + java.util.Objects.hashCode(measure);
        }
    }

    private String match(String label, List<String> sectionPath, StatementKind kind, Measure measure) {
        String normal = Labels.normalise(label);
        if (normal.isEmpty()) {
            return null;
        }
        for (int index : entriesMatching(normal)) {
            Entry entry = entries.get(index);
            if (!entry.admits(kind, measure)) {
                continue;
            }
            if (entry.under().isEmpty() || sectionPath.stream().map(Labels::normalise)
                    .anyMatch(section -> entry.under().stream().anyMatch(p -> p.matches(section)))) {
                return entry.concept();
            }
        }
        return null;
    }

    /**
     * The entries, in order, whose labels match the normalised label and whose exceptions do not:
     * what the label alone decides, asked once per label. The same label comes back under other
     * sections, statements and measures (every filing of a quarter has its own), and matching it
     * against every pattern of the dictionary again was the most of reading a row's concept.
     */
    int[] entriesMatching(String normal) {
        return byLabel.get(normal, this::entriesAdmitting);
    }

    private int[] entriesAdmitting(String label) {
        boolean plain = Glob.plain(label);
        long pairs = Glob.pairsOf(label);
        int[] candidates = byFirstCharacter.getOrDefault(label.charAt(0), anyFirstCharacter);
        int[] admitting = new int[candidates.length];
        int count = 0;
        for (int index : candidates) {
            if (anyMatches(labelPatterns[index], label, plain, pairs) && !anyMatches(unlessPatterns[index], label, plain, pairs)) {
                admitting[count++] = index;
            }
        }
        return java.util.Arrays.copyOf(admitting, count);
    }

    private static boolean anyMatches(Glob[] patterns, String label, boolean plain, long pairs) {
        for (Glob pattern : patterns) {
            if (pattern.mayMatch(label, pairs) && (plain ? pattern.matchesPlain(label) : pattern.matches(label))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #entriesMatching} worked out afresh, the plain way: every entry in order, every pattern matched,
     * neither the first character's index nor the pairs' screen, nothing kept.
     */
    int[] entriesMatchingPlain(String normal) {
        List<Integer> admitting = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Entry entry = entries.get(index);
            if (entry.labels().stream().anyMatch(pattern -> pattern.matches(normal))
                    && entry.unless().stream().noneMatch(pattern -> pattern.matches(normal))) {
                admitting.add(index);
            }
        }
        return admitting.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The dictionary lines of a concept, as written: what {@code explain} shows. */
    public List<String> describe(String concept) {
        List<String> lines = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.concept().equals(concept)) {
                lines.add(entry.text());
            }
        }
        if (lines.isEmpty()) {
            lines.add("(no label patterns: only rows with a \"concept\" hint report it)");
        }
        return lines;
    }

    /** Whether filers differ in the sign they show this concept with (a tax provision, say). */
    public boolean signVaries(String concept) {
        return signVaries.contains(concept);
    }

    public static ConceptDictionary parse(String file, String text) {
        List<Entry> entries = new ArrayList<>();
        Set<String> varies = new java.util.HashSet<>();
        List<PresentationOrder> orders = new ArrayList<>();
        List<Sides> sides = new ArrayList<>();
        String concept = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = LineScanner.stripComment(lines[n]);
            if (line.isBlank()) {
                continue;
            }
            LineScanner scan = new LineScanner(file, n + 1, line);
            if (!Character.isWhitespace(line.charAt(0)) && scan.atWord("order")) {
                orders.add(order(scan, line.strip()));
                concept = null;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && scan.atWord("sides")) {
                sides.add(sides(scan, line.strip()));
                concept = null;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                scan.expectWord("concept");
                concept = scan.name("a concept name such as revenue.total", c -> c == '_' || c == '.');
                if (scan.atWord("sign")) {
                    scan.expectWord("sign");
                    scan.expectWord("varies");
                    varies.add(concept);
                }
                scan.expectEnd();
                continue;
            }
            if (concept == null) {
                throw new SyntaxError(file, n + 1, 1, "patterns before any 'concept NAME' line");
            }
            if (scan.atWord("element")) {
                entries.add(elements(scan, concept, line.strip()));
                continue;
            }
            List<Glob> labels = patterns(scan);
            Limits limits = limits(scan, true);
            entries.add(new Entry(concept, labels, limits.unless(), limits.under(), limits.in(), limits.measure(), line.strip(), Set.of()));
        }
        return new ConceptDictionary(entries, varies, orders, sides);
    }

    /** {@code element "prefix:Name"[, …] [in KIND[, …]] [measure M]}: the XBRL elements that report the concept. */
    private static Entry elements(LineScanner scan, String concept, String text) {
        scan.expectWord("element");
        Set<String> elements = new java.util.LinkedHashSet<>();
        for (String element : scan.quotedList("XBRL element such as \"us-gaap:Assets\"")) {
            if (!namesElement(element) || element.indexOf(' ') >= 0) {
                throw scan.error("an XBRL element is written with its prefix, as \"us-gaap:Assets\", not '" + element + "'");
            }
            elements.add(element);
        }
        Limits limits = limits(scan, false);
        return new Entry(concept, List.of(), List.of(), List.of(), limits.in(), limits.measure(), text, Set.copyOf(elements));
    }

    /**
     * What a line of a concept is limited to: sections ({@code under}) and exceptions ({@code unless}) for a line of
     * labels, statements ({@code in}) and a measure for either kind of line.
     */
    private record Limits(List<Glob> unless, List<Glob> under, Set<StatementKind> in, Measure measure) { }

    private static Limits limits(LineScanner scan, boolean ofLabels) {
        List<Glob> under = List.of();
        List<Glob> unless = List.of();
        Set<StatementKind> in = EnumSet.noneOf(StatementKind.class);
        Measure measure = null;
        while (!scan.atEnd()) {
            if (ofLabels && scan.atWord("under")) {
                scan.expectWord("under");
                under = patterns(scan);
            } else if (ofLabels && scan.atWord("unless")) {
                scan.expectWord("unless");
                unless = patterns(scan);
            } else if (scan.atWord("in")) {
                scan.expectWord("in");
                in.addAll(kinds(scan));
            } else if (scan.atWord("measure")) {
                scan.expectWord("measure");
                measure = measure(scan);
            } else {
                throw scan.error(ofLabels ? "expected 'unless \"label\"', 'under \"section\"', 'in KIND', 'measure M' or the end of the line"
                        : "expected 'in KIND', 'measure M' or the end of the line after an element line's elements");
            }
        }
        return new Limits(unless, under, in, measure);
    }

    /** The statement kind of a directive line, {@code WORD in KIND:}, read up to its colon. */
    private static StatementKind directiveKind(LineScanner scan, String word, String oneKind) {
        scan.expectWord(word);
        scan.expectWord("in");
        List<StatementKind> kinds = kinds(scan);
        if (kinds.size() != 1) {
            throw scan.error(oneKind);
        }
        scan.expectWord(":");
        return kinds.get(0);
    }

    /** {@code sides in KIND: first, last}. */
    private static Sides sides(LineScanner scan, String text) {
        StatementKind kind = directiveKind(scan, "sides", "sides are of one statement kind");
        String first = scan.name("a concept name such as total_assets", c -> c == '_' || c == '.');
        if (!scan.comma()) {
            throw scan.error("sides name two concepts: the first side's total, then the last side's");
        }
        String last = scan.name("a concept name such as total_liabilities_and_equity", c -> c == '_' || c == '.');
        scan.expectEnd();
        return new Sides(kind, first, last, text);
    }

    /** {@code order in KIND: concept, concept[, concept…]}. */
    private static PresentationOrder order(LineScanner scan, String text) {
        StatementKind kind = directiveKind(scan, "order", "an order is of one statement kind");
        List<String> concepts = new ArrayList<>();
        do {
            concepts.add(scan.name("a concept name such as total_assets", c -> c == '_' || c == '.'));
        } while (scan.comma());
        scan.expectEnd();
        if (concepts.size() < 2) {
            throw scan.error("an order names two concepts at least");
        }
        return new PresentationOrder(kind, concepts, text);
    }


    private static List<Glob> patterns(LineScanner scan) {
        return scan.quotedList("label pattern").stream().map(Glob::of).toList();
    }

    private static List<StatementKind> kinds(LineScanner scan) {
        List<StatementKind> kinds = new ArrayList<>();
        do {
            int column = scan.column();
            String name = scan.name("a statement kind", c -> c == '-' || c == '_');
            try {
                kinds.add(StatementKind.parse(name));
            } catch (IllegalArgumentException unknown) {
                scan.rewind(column);
                throw scan.error("unknown statement kind '" + name + "'");
            }
        } while (scan.comma());
        return kinds;
    }

    private static Measure measure(LineScanner scan) {
        int column = scan.column();
        String name = scan.name("a measure", c -> c == '_' || c == '-');
        try {
            return Measure.valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            scan.rewind(column);
            throw scan.error("unknown measure '" + name + "' (money, per_share, shares, percent, pure)");
        }
    }
}
