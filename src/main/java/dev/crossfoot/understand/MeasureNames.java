package dev.crossfoot.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares what a claim measures with what a row states: "GAAP net income", "net loss" and the
 * row "Net income (loss)" all name the line {@code net income}. The key of a name is its
 * normalised label ({@link Labels}) without parenthesised words, without the claims files'
 * filler words ("total", "the", "company"), each word in the singular, and loss or earnings read
 * as income; whether it is an adjusted (non-GAAP) measure is kept apart.
 */
public final class MeasureNames {

    private final ClaimWords words;
    private final java.util.Map<ClaimCue, java.util.regex.Pattern> cues = new java.util.EnumMap<>(ClaimCue.class);
    private final PeriodPhrases periods;
    private final java.util.Set<String> periodWords;
    /** The phrases of one figure as a share of another ("as a percentage of", "% of"), read as one. */
    private final java.util.regex.Pattern shareOf;
    /** How a line names operating activities, and the other phrases that name them ("operations"); null where none. */
    private final String operatingPhrase;
    private final java.util.regex.Pattern otherOperatingPhrases;
    /** Whether a name can hold one of those other phrases: most keys' names cannot, and skip the replacement's scan. */
    private final Mentions otherOperatingWords;

    /**
     * The measure names of these words, one instance for all that ask: a document's ties and the ties to it from
     * its company's later documents ask the keys of the same lines, which one instance works out once.
     */
    public static MeasureNames of(ClaimWords words) {
        return words.names();
    }

    public MeasureNames(ClaimWords words) {
        this.words = words;
        this.shareOf = java.util.regex.Pattern.compile(words.alternation(ClaimCue.SHARE_OF),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        List<String> operating = words.phrases(ClaimCue.OPERATING_ACTIVITIES);
        this.operatingPhrase = operating.isEmpty() ? "" : java.util.regex.Matcher.quoteReplacement(operating.get(0));
        this.otherOperatingPhrases = operating.size() < 2 ? null : java.util.regex.Pattern.compile(
                ClaimWords.alternation(operating.subList(1, operating.size())),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        this.otherOperatingWords = operating.size() < 2 ? null : Mentions.ofPhrases(operating.subList(1, operating.size()));
        List<String> spanning = new ArrayList<>(operating.size() < 2 ? List.of() : operating.subList(1, operating.size()));
        spanning.addAll(words.phrases(ClaimCue.NON_GAAP));
        this.phrasesWithinWords = withinWords(spanning, operating.isEmpty() ? List.of() : List.of(operating.get(0)));
        this.periods = new PeriodPhrases(words);
        this.periodWords = periodWords(words);
        for (ClaimCue cue : ClaimCue.values()) {
            cues.put(cue, java.util.regex.Pattern.compile(words.alternation(cue),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
        }
    }

    // Compiled once: a key is worked out for every line and claim.
    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
    /** The mark of a possessive at a word's end: "group's", "companies'". */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s?$");
    private static final java.util.regex.Pattern NOT_HEADER_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'&]+");

    /**
     * The keys and label variants worked out so far: ties ask them of every line of every table a claim could
     * name, under each heading and column measure, for the document's own claims and again for each later
     * document of the company that keeps the tables (a third of an HTML corpus run's checking went to working
     * out the same keys again, BENCHMARKS.md "Issue 14, twelfth round"). Pure functions of the text and these
     * words, so a kept answer is the one worked out again; bounded like every memo of filers' texts.
     */
    private final BoundedMemo<String, String> keys = new BoundedMemo<>(30_000);
    private final BoundedMemo<String, Variants> variants = new BoundedMemo<>(30_000);

    public String key(String name) {
        return keys.get(name, this::keyOf);
    }

    /**
     * The key of {@code first + " " + second} (a heading and a label, a label and its heading): where both parts are
     * {@link #joinable}, the keys of the two joined, each kept apart (a document's headings and labels repeat, their
     * pairs mostly do not: of 640,000 keys an HTML corpus run asked, 145,000 were different names, nearly all pairs).
     * <p>Why the keys join: a joinable text is ASCII, so normalising it lower-cases it letter by letter, and what it
     * strips from either part's end (spaces, a colon, a comma, a footnote mark in parentheses) is no word of the pair
     * either (a mark is removed with the parentheses); the first part's parentheses open and close in turn, so the
     * pattern that drops them pairs them alike in the part and in the pair, none spans the two, and a mark the part
     * loses alone is a pair the pattern drops; neither part has a percent, so no share-of phrase is read; and the operating-activities and
     * non-GAAP phrases have no space ({@link #phrasesWithinWords}), so none spans the space between the parts, and
     * their word-edge look-arounds see a non-word character there as at a text's edge. So the pair's words are the
     * first part's words then the second's.
     */
    public String key(String first, String second) {
        if (!phrasesWithinWords || !joinable(first, true) || !joinable(second, false)) {
            return key(first + " " + second);
        }
        return joined(key(first), key(second));
    }

    /**
     * The key of {@code first + " " + second + " " + third} (a heading, a label and the measure a column names for it):
     * joined from the three parts' kept keys where the first two are joinable as first parts and the third as a second
     * ({@link #key(String, String)}). Why: the first two parts joined are a joinable first part (ASCII, without '%' or
     * "percent", which no space between them can make, their parentheses in turn and closed), so the key of the whole
     * is that pair's key joined with the third's, and the pair's key is its parts' joined.
     */
    public String key(String first, String second, String third) {
        if (!phrasesWithinWords || !joinable(first, true) || !joinable(second, true) || !joinable(third, false)) {
            return key(first + " " + second + " " + third);
        }
        return joined(joined(key(first), key(second)), key(third));
    }

    /**
     * A part of a name with what joining it asks, worked out once ({@link #part}): its key, and whether it is
     * {@link #joinable} as a first part and as a second. Claim ties name every line of a table under each measure its
     * headers name, joining the same label, heading and measure into pair after pair; worked out per line, the parts'
     * keys were looked up and their characters scanned again for every pair (BENCHMARKS.md "HTML path against Jsoup
     * (steady31)").
     */
    public static final class Part {
        private final MeasureNames names;
        private final String text;
        private final String key;
        private final boolean joinsFirst;
        private final boolean joinsSecond;
        /** Whether the part says its measure is adjusted, once asked (null before). */
        private Boolean adjusted;

        private Part(MeasureNames names, String text) {
            this.names = names;
            this.text = text;
            this.key = names.key(text);
            this.joinsFirst = names.phrasesWithinWords && joinable(text, true);
            this.joinsSecond = names.phrasesWithinWords && joinable(text, false);
        }

        public String text() {
            return text;
        }

        /** {@link #key(String)} of the text. */
        public String key() {
            return key;
        }

        /** {@link #adjusted(String)} of the text. */
        public boolean adjusted() {
            Boolean known = adjusted;
            if (known == null) {
                known = names.adjusted(text);
                adjusted = known;
            }
            return known;
        }
    }

    /** The text as a part of names to join ({@link #key(Part, Part)}). */
    public Part part(String text) {
        return new Part(this, text);
    }

    /** {@link #key(String, String)} of the parts' texts, from their keys worked out once. */
    public String key(Part first, Part second) {
        check(first, second);
        return first.joinsFirst && second.joinsSecond ? joined(first.key, second.key) : key(first.text + " " + second.text);
    }

    /** {@link #key(String, String, String)} of the parts' texts, from their keys worked out once. */
    public String key(Part first, Part second, Part third) {
        check(first, second);
        check(second, third);
        return first.joinsFirst && second.joinsFirst && third.joinsSecond ? joined(joined(first.key, second.key), third.key)
                : key(first.text + " " + second.text + " " + third.text);
    }

    /** {@link #adjusted(String, String)} of the parts' texts. */
    public boolean adjusted(Part first, Part second) {
        check(first, second);
        return phrasesWithinWords ? first.adjusted() || second.adjusted() : adjusted(first.text + " " + second.text);
    }

    /** Parts joined are of these names: their keys and joinability are these words'. */
    private void check(Part one, Part other) {
        if (one.names != this || other.names != this) {
            throw new IllegalArgumentException("parts of other measure names");
        }
    }

    /** Two keys as one: their words in turn (a key has no empty word, so an empty key adds none). */
    private static String joined(String one, String other) {
        return one.isEmpty() ? other : other.isEmpty() ? one : one + " " + other;
    }

    /**
     * Whether a part's key joins another's into the pair's ({@link #key(String, String)}): ASCII without white space
     * but spaces, without '%' or "percent"; the first part's parentheses opened and closed in turn, none left open.
     */
    static boolean joinable(String part, boolean first) {
        boolean open = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= 128 || c < ' ' || c == '%') {
                return false;
            }
            if (c == '(' || c == ')') {
                // The first part's parentheses open and close in turn: a '(' left open before a footnote mark its end
                // loses alone ("( net (a)") would take the mark's ')' in the pair.
                if (first && open == (c == '(')) {
                    return false;
                }
                open = c == '(';
            } else if ((c == 'p' || c == 'P') && part.regionMatches(true, i, "percent", 0, 7)) {
                return false;
            }
        }
        return !first || !open;
    }

    /**
     * Whether the operating-activities phrases and the non-GAAP ones are each one word of letters, digits, hyphens and
     * apostrophes (a phrase with a space could span a pair's two parts), and the phrase operating activities are said
     * as (inserted into a key's text) has no percent: the conditions under which pairs' keys join.
     */
    private final boolean phrasesWithinWords;

    private static boolean withinWords(List<String> phrases, List<String> inserted) {
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                return false;
            }
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-' || c == '\'')) {
                    return false;
                }
            }
        }
        for (String phrase : inserted) {
            if (phrase.indexOf('%') >= 0 || phrase.toLowerCase(Locale.ROOT).contains("percent")) {
                return false;
            }
        }
        return true;
    }

    private String keyOf(String name) {
        // Most names asked here are made up of a heading and a label, once: not kept among the labels.
        String normal = Labels.normaliseUnkept(name);
        String text = operatingActivities(normal.indexOf('(') < 0 ? normal : PARENTHESES.matcher(normal).replaceAll(" "));
        if (text.indexOf('%') >= 0 || text.contains("percent")) {
            // "Selling expenses as a percentage of net sales" is the line "Selling expenses % to net sales".
            text = shareOf.matcher(text).replaceAll(" percent of ");
        }
        for (String phrase : words.phrases(ClaimCue.NON_GAAP)) {
            text = text.replace(phrase.toLowerCase(Locale.ROOT), " ");
        }
        StringBuilder key = new StringBuilder(text.length());
        for (String written : wordsOf(text)) {
            String word = wordKeys.get(written, this::wordKey);
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /**
     * The runs of letters, digits and apostrophes of a text, in order: the non-empty pieces the pattern
     * {@code [^\p{L}\p{N}']+} splits it into, found in one pass without the pattern (splitting was a third of
     * working out a key, BENCHMARKS.md "Issue 14, fifteenth round").
     */
    static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int start = -1;
        for (int at = 0; at < length; ) {
            int c = text.codePointAt(at);
            boolean inWord = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\''
                    : Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = at;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, at));
                start = -1;
            }
            at += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** What {@code \p{N}} of a pattern matches: a digit, a letter number or another number. */
    static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * What a written word of a name stands for in its key, empty for a word the key leaves out. Kept per word: the
     * words of labels are few, the names made of them many (each heading with each label).
     */
    private final BoundedMemo<String, String> wordKeys = new BoundedMemo<>(30_000);

    private String wordKey(String written) {
        // "The Group's free cash flow" is the line "Group free cash flow": a possessive names the same word.
        String word = POSSESSIVE.matcher(written).replaceFirst("");
        if (word.isEmpty() || words.is(ClaimCue.FILLER, word) || words.is(ClaimCue.GAAP, word)) {
            return "";
        }
        String singular = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return words.is(ClaimCue.SAME_AS_INCOME, word) || words.is(ClaimCue.SAME_AS_INCOME, singular) ? "income" : singular;
    }

    /**
     * The name with each other phrase of operating activities said as a line says it: "Net cash provided by
     * operations" is "Net cash provided by operating activities" (the claims files' {@code operating-activities}).
     */
    public String operatingActivities(String name) {
        return otherOperatingPhrases == null || !otherOperatingWords.in(Mentions.fold(name)) ? name
                : otherOperatingPhrases.matcher(name).replaceAll(operatingPhrase);
    }

    /** A key without its vague words ("share-based plans expense" is "share-based plans"): what else the words may name. */
    public String withoutVague(String key) {
        List<String> kept = new ArrayList<>();
        for (String word : key.split(" ")) {
            if (!word.isEmpty() && !words.is(ClaimCue.VAGUE, word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The words of a column header that name a measure rather than a period: "Net Sales" of
     * "Fiscal Year 2018 Net Sales", which makes the line "APAC" in that column "APAC net sales" and
     * its line "Total" "net sales". Empty for a header that is only a period ("2019", "Three Months
     * Ended March 31, 2024") or a column of percentages ("% of Total"), which names no line's measure.
     */
    public String columnMeasure(String header) {
        return header == null ? measureOfHeader(null) : columnMeasures.get(header, this::measureOfHeader);
    }

    /**
     * The column measures and quarters worked out so far: claim ties ask them of every column header and title of every
     * table of a document with claims, and again of the tables a later document's claims look at, which repeat a few
     * dozen headers ("2024", "Three Months Ended June 30, 2024") table after table. Pure functions of the header and
     * these words; bounded like every memo of filers' texts.
     */
    private final BoundedMemo<String, String> columnMeasures = new BoundedMemo<>(30_000);
    private final BoundedMemo<String, java.util.Optional<ClaimPeriod>> headerQuarters = new BoundedMemo<>(30_000);

    /** {@link #columnMeasure} worked out. */
    String measureOfHeader(String header) {
        if (says(ClaimCue.PERCENT, header)) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String word : NOT_HEADER_WORD.split(Labels.normalise(header))) {
            if (!word.isEmpty() && !word.chars().anyMatch(Character::isDigit) && !periodWord(word)) {
                kept.add(word);
            }
        }
        String measure = String.join(" ", kept);
        return key(measure).isEmpty() ? "" : measure;
    }

    /**
     * The fiscal quarter a column header names by itself, or null: "Q4 2019", "Fiscal 2019 Fourth
     * Quarter". Such a column is that quarter by its name, whenever the fiscal year ends.
     */
    public ClaimPeriod headerQuarter(String header) {
        return header == null ? quarterOfHeader(null) : headerQuarters.get(header, h -> java.util.Optional.ofNullable(quarterOfHeader(h))).orElse(null);
    }

    /** {@link #headerQuarter} worked out. */
    ClaimPeriod quarterOfHeader(String header) {
        ClaimPeriod quarter = null;
        Integer year = null;
        for (PeriodPhrases.Found found : periods.find(header)) {
            ClaimPeriod period = found.period();
            if (period.type() == ClaimPeriod.Type.QUARTER && quarter == null) {
                quarter = period;
            } else if (period.type() == ClaimPeriod.Type.FISCAL_YEAR && period.fiscalYear() != null && year == null) {
                year = period.fiscalYear();
            } else {
                return null;
            }
        }
        if (quarter == null || quarter.fiscalYear() != null && year != null && !quarter.fiscalYear().equals(year)) {
            return null;
        }
        quarter = quarter.inYear(year);
        return quarter.placed() ? quarter : null;
    }

    private boolean periodWord(String word) {
        return periodWords.contains(word);
    }

    /** The words of months, counts and period phrases ("fiscal", "ended"), gathered once: asked for every word of every header. */
    private static java.util.Set<String> periodWords(ClaimWords words) {
        java.util.Set<String> known = new java.util.HashSet<>(words.words(ClaimCue.Valued.MONTH));
        known.addAll(words.words(ClaimCue.Valued.COUNT));
        for (ClaimCue cue : List.of(ClaimCue.FISCAL, ClaimCue.YEAR, ClaimCue.QUARTER, ClaimCue.MONTHS_ENDED, ClaimCue.YEAR_ENDED,
                ClaimCue.QUARTER_ENDED, ClaimCue.AS_OF)) {
            for (String phrase : words.phrases(cue)) {
                known.addAll(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        return java.util.Set.copyOf(known);
    }

    private static final java.util.regex.Pattern ALTERNATIVE =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}'-]+\\s*\\(([^()]*\\p{L}[^()]*)\\)");
    private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\(([^()]*\\p{L}[^()]*)\\)");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'-]+");

    /**
     * The names a label gives a line: itself, and each name its parenthesised alternative makes
     * in place of the word before it. "Income tax provision (benefit)" is also "Income tax
     * benefit": the same line, which states a benefit in the other sign; "Other income (expense)"
     * is also "Other expense". Without this a claim of "the income tax benefit" found only the
     * line of that name in a note about a part of the company (discontinued operations).
     * An alternative of several words stands for as many words, before it or after it: "Net cash
     * provided by (used in) operating activities" is also "Net cash used in operating activities",
     * and the heading "Net cash (used in) provided by:" is also "Net cash used in:"; one word in
     * front of its line stands for the word after it ("(Increase) decrease in receivables").
     */
    public List<String> labelVariants(String label) {
        return variants.get(label, this::variantsOf).names();
    }

    /**
     * A label's names ({@link #labelVariants}), and whether one of its alternatives may take words written after the
     * label: one that stands for the words after it and finds fewer after it than it has ("(Increase)" alone).
     */
    private record Variants(List<String> names, boolean open) { }

    /**
     * The names of {@code label + " " + measure} as the label's names each followed by {@code " " + measure}: where
     * the measure has no parentheses and no alternative of the label is {@linkplain Variants#open open}, these are
     * exactly the names {@link #labelVariants} gives the joined text; null where they may not be. Why: the patterns
     * that find alternatives end at a ')', which only the label has, so they find the same alternatives in the joined
     * text as in the label, each making the same name followed by the measure; an alternative that takes the words
     * after it takes only words of the label when the label has enough of them (the measure's come after a space,
     * after the label's); and names followed by the same text are equal exactly when they are.
     */
    public List<String> labelVariantsBefore(String label, String measure) {
        if (measure.indexOf('(') >= 0 || measure.indexOf(')') >= 0) {
            return null;
        }
        Variants known = variants.get(label, this::variantsOf);
        return known.open() ? null : known.names();
    }

    private Variants variantsOf(String label) {
        boolean open = false;
        List<String> variants = new ArrayList<>(List.of(label));
        java.util.regex.Matcher m = ALTERNATIVE.matcher(label);
        while (m.find()) {
            variants.add(label.substring(0, m.start()) + m.group(1) + label.substring(m.end()));
        }
        java.util.regex.Matcher alternative = PARENTHESISED.matcher(label);
        while (alternative.find()) {
            int count = wordsIn(alternative.group(1)).size();
            String before = label.substring(0, alternative.start());
            String after = label.substring(alternative.end());
            List<int[]> wordsBefore = wordsIn(before);
            if (count > 1 && wordsBefore.size() >= count) {
                int from = wordsBefore.get(wordsBefore.size() - count)[0];
                addNew(variants, before.substring(0, from) + alternative.group(1) + after);
            }
            List<int[]> wordsAfter = wordsIn(after);
            if ((count > 1 || before.isBlank()) && wordsAfter.size() >= count) {
                int to = wordsAfter.get(count - 1)[1];
                addNew(variants, before + alternative.group(1) + after.substring(to));
            } else if (count > 1 || before.isBlank()) {
                // Words written after the label would be taken.
                open = true;
            }
        }
        return new Variants(List.copyOf(variants), open);
    }

    /** The start and end of each word of a text. */
    private static List<int[]> wordsIn(String text) {
        List<int[]> found = new ArrayList<>();
        for (java.util.regex.Matcher word = WORD.matcher(text); word.find(); ) {
            found.add(new int[] {word.start(), word.end()});
        }
        return found;
    }

    private static void addNew(List<String> variants, String variant) {
        if (!variants.contains(variant)) {
            variants.add(variant);
        }
    }

    /** Whether the name says the measure is adjusted (non-GAAP). */
    public boolean adjusted(String name) {
        return adjustedNames.get(name, text -> says(ClaimCue.NON_GAAP, text));
    }

    /**
     * Whether each name says its measure is adjusted, kept: asked of a row's label and section for every line of the row
     * (under each measure a header or the title names), a pattern's scan each time. A pure function of the text and
     * these words, bounded like the keys.
     */
    private final BoundedMemo<String, Boolean> adjustedNames = new BoundedMemo<>(30_000);

    /**
     * Whether {@code first + " " + second} says the measure is adjusted: whether either part does, where the non-GAAP
     * phrases have no space ({@link #phrasesWithinWords}: none spans the space between the parts, and their word-edge
     * look-arounds see the space as a text's edge).
     */
    public boolean adjusted(String first, String second) {
        return phrasesWithinWords ? adjusted(first) || adjusted(second) : adjusted(first + " " + second);
    }

    public boolean says(ClaimCue cue, String name) {
        return cues.get(cue).matcher(name).find();
    }

    /**
     * Whether the claims files call the word concept-neutral ({@link ClaimCue#CONCEPT_NEUTRAL}): {@link #says} of it,
     * kept per word. Claim ties ask it of every word of every claim's measure and of every title's measure, words a
     * document repeats hundreds of times, and each ask made a matcher of the cue's alternation.
     */
    public boolean conceptNeutral(String word) {
        return neutralWords.get(word, w -> says(ClaimCue.CONCEPT_NEUTRAL, w));
    }

    private final BoundedMemo<String, Boolean> neutralWords = new BoundedMemo<>(30_000);
}
