package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a document's text states about its measures ({@link Claim}): in each sentence
 * the figures ({@link Figures}), the periods named ({@link PeriodPhrases}), and for each figure
 * its kind (from the words just before it), what it measures (the words before it, back to the
 * previous figure or comparison) and its period (named after it in its clause, else before it).
 * "compared to …" and "from …" open a clause of another period. A figure with no measure of its
 * own measures what the figure before it does ("$1.9 million, or $0.01 per diluted share"). A
 * sentence that names no period takes the one of the sentence or heading just before it; a
 * period without a year takes the last year the text named as its own (not one named relative to it,
 * "compared with last year"). Nothing else is assumed.
 */
public final class ClaimFinder {

    private final ClaimWords words;
    private final Figures figures;
    private final PeriodPhrases periods;
    private final Pattern comparison;
    private final Pattern comparisonBeforeFigure;
    private final Pattern clauseBreak;
    private final Pattern relativeClause;
    private final Pattern clauseJoin;
    private final Pattern leadingPreposition;
    private final Pattern vague;
    private final Pattern rangeJoin;
    private final Pattern rangeEnd;
    private final Pattern respectively;
    private final NearAnchor linkingVerbAtEnd;
    private final NearAnchor trailingVerb;
    private final Pattern leadingArticle;
    private final Pattern selfRecording;
    private final Pattern subjectVerb;
    private final Pattern oneItem;
    private final Pattern asideAfter;
    private final Pattern perShare;
    private final Pattern leadingPerShare;
    private final Pattern sameChange;
    private final Pattern changeResult;
    private final Pattern changeFrom;
    private final NearAnchor changeFromAtEnd;
    private final Pattern periodPrepositions;
    private final Pattern yearOverYear;
    private final Pattern adjustedAfter;
    /* The words each scan of a whole sentence needs: a sentence that mentions none is not scanned by it. */
    private final Mentions comparisonWords;
    private final Mentions comparisonBeforeFigureWords;
    private final Mentions clauseBreakWords;
    private final Mentions relativeClauseWords;
    private final Mentions respectivelyWords;
    /* The same scans searched only from near the next place one of their words stands (NearAnchor). */
    private final NearAnchor comparisonNear;
    private final NearAnchor comparisonBeforeFigureNear;
    private final NearAnchor clauseBreakNear;
    private final NearAnchor relativeClauseNear;
    private final NearAnchor respectivelyNear;
    /** Whether the scans start near where a match can (NearAnchor), or at every character: the same claims, for tests. */
    private final boolean near;
    private final List<KindCue> kindCues = new ArrayList<>();
    private final MeasureNames names;

    /** A kind of figure and the words just before a figure that say it, at the end of the words before it. */
    private record KindCue(Claim.Kind kind, NearAnchor atEnd) { }

    public ClaimFinder(ClaimWords words) {
        this(words, true);
    }

    /** {@code near} false: every scan tried at every character, as before NearAnchor; what the finder must equal, for tests. */
    ClaimFinder(ClaimWords words, boolean near) {
        this.words = words;
        this.near = near;
        this.figures = new Figures(words);
        this.periods = new PeriodPhrases(words);
        this.names = new MeasureNames(words);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        comparison = Pattern.compile(words.alternation(ClaimCue.COMPARISON), flags);
        comparisonBeforeFigure = Pattern.compile(words.alternation(ClaimCue.COMPARISON_BEFORE_FIGURE), flags);
        clauseBreak = Pattern.compile(words.alternation(ClaimCue.CLAUSE_BREAK), flags);
        relativeClause = Pattern.compile(words.alternation(ClaimCue.RELATIVE_CLAUSE), flags);
        clauseJoin = Pattern.compile(words.alternation(ClaimCue.CLAUSE_JOIN), flags);
        vague = Pattern.compile("(?:" + words.alternation(ClaimCue.ARTICLE) + "\\s+)*" + words.alternation(ClaimCue.VAGUE), flags);
        leadingPreposition = Pattern.compile("^" + words.alternation(ClaimCue.PREPOSITION) + "\\s", flags);
        rangeJoin = Pattern.compile("^\\s*" + words.alternation(ClaimCue.RANGE_JOIN) + "\\s*$", flags);
        rangeEnd = Pattern.compile("^\\s*" + words.alternation(ClaimCue.RANGE_END) + "\\s*$", flags);
        respectively = Pattern.compile(words.alternation(ClaimCue.RESPECTIVELY), flags);
        // The patterns matched at the end of the words before a figure are searched only near that end (NearAnchor).
        linkingVerbAtEnd = new NearAnchor(Pattern.compile(words.alternation(ClaimCue.LINKING_VERB) + "\\s*$", flags),
                NearAnchor.longest(words.phrases(ClaimCue.LINKING_VERB)), "");
        List<String> trailing = new ArrayList<>(words.phrases(ClaimCue.VERB));
        trailing.addAll(words.phrases(ClaimCue.ARTICLE));
        trailing.addAll(List.of("for", "in", "during"));
        trailingVerb = new NearAnchor(Pattern.compile("(?:\\s|^)(?:" + words.alternation(ClaimCue.VERB) + "|"
                + words.alternation(ClaimCue.ARTICLE) + "|for|in|during)[\\s,:;]*$", flags), NearAnchor.longest(trailing), ",:;");
        leadingArticle = Pattern.compile("^[^\\p{L}\\p{N}]*(?:" + words.alternation(ClaimCue.ARTICLE) + "\\s+)*", flags);
        oneItem = Pattern.compile(words.alternation(ClaimCue.ONE_ITEM) + "\\s", flags);
        asideAfter = Pattern.compile("^[^\\p{L}]*?" + words.alternation(ClaimCue.CLAUSE_BREAK), flags);
        selfRecording = Pattern.compile("^" + words.alternation(ClaimCue.SELF_SUBJECT) + "\\s+" + words.alternation(ClaimCue.SELF_VERB) + "\\s+", flags);
        subjectVerb = Pattern.compile("^" + words.alternation(ClaimCue.SELF_VERB) + "\\s+", flags);
        perShare = Pattern.compile(words.alternation(ClaimCue.PER_SHARE), flags);
        leadingPerShare = Pattern.compile("^[\\s,]*" + words.alternation(ClaimCue.PER_SHARE), flags);
        changeResult = Pattern.compile("^[\\s,]*" + words.alternation(ClaimCue.CHANGE_RESULT) + "\\s*$", flags);
        changeFrom = Pattern.compile("^[\\s,]*" + words.alternation(ClaimCue.CHANGE_FROM) + "\\s*$", flags);
        changeFromAtEnd = new NearAnchor(Pattern.compile("(?:^|\\s)" + words.alternation(ClaimCue.CHANGE_FROM) + "\\s*$", flags),
                NearAnchor.longest(words.phrases(ClaimCue.CHANGE_FROM)), "");
        periodPrepositions = Pattern.compile("^[\\s,]*(?:(?:" + words.alternation(ClaimCue.PERIOD_PREPOSITION) + "|"
                + words.alternation(ClaimCue.ARTICLE) + ")\\s+)*\u0000+[\\s,]*", flags);
        yearOverYear = Pattern.compile(words.alternation(ClaimCue.YEAR_OVER_YEAR), flags);
        adjustedAfter = Pattern.compile("^[\\s,]*" + words.alternation(ClaimCue.ADJUSTED_BASIS), flags);
        sameChange = Pattern.compile("^[\\s,]*" + words.alternation(ClaimCue.SAME_CHANGE) + "[\\s,]*$", flags);
        comparisonWords = Mentions.ofPhrases(words.phrases(ClaimCue.COMPARISON));
        comparisonBeforeFigureWords = Mentions.ofPhrases(words.phrases(ClaimCue.COMPARISON_BEFORE_FIGURE));
        clauseBreakWords = Mentions.ofPhrases(words.phrases(ClaimCue.CLAUSE_BREAK));
        relativeClauseWords = Mentions.ofPhrases(words.phrases(ClaimCue.RELATIVE_CLAUSE));
        respectivelyWords = Mentions.ofPhrases(words.phrases(ClaimCue.RESPECTIVELY));
        comparisonNear = nearWords(comparison, ClaimCue.COMPARISON);
        comparisonBeforeFigureNear = nearWords(comparisonBeforeFigure, ClaimCue.COMPARISON_BEFORE_FIGURE);
        clauseBreakNear = nearWords(clauseBreak, ClaimCue.CLAUSE_BREAK);
        relativeClauseNear = nearWords(relativeClause, ClaimCue.RELATIVE_CLAUSE);
        respectivelyNear = nearWords(respectively, ClaimCue.RESPECTIVELY);
        String by = "(?:\\s+(?:by|of))?[\\s,]*$";
        kindCue(Claim.Kind.RANGE, ClaimCue.RANGE_START, "[\\s,]*$", flags);
        kindCue(Claim.Kind.AT_LEAST, ClaimCue.LOWER_BOUND, by, flags);
        kindCue(Claim.Kind.AT_MOST, ClaimCue.UPPER_BOUND, by, flags);
        kindCue(Claim.Kind.APPROXIMATE, ClaimCue.APPROXIMATE, by, flags);
        kindCue(Claim.Kind.INCREASE, ClaimCue.INCREASE, by, flags);
        kindCue(Claim.Kind.DECREASE, ClaimCue.DECREASE, by, flags);
    }

    /** A scan of the cue's phrases alone, each match holding a phrase's longest word. */
    private NearAnchor nearWords(Pattern pattern, ClaimCue cue) {
        return new NearAnchor(pattern, NearAnchor.beforeLongestWord(words.phrases(cue)), "");
    }

    /** The pattern's matcher on a text that mentions one of the words it needs, else null (no matcher made). */
    private static Matcher mentioned(Pattern pattern, Mentions needed, String text, String folded) {
        return needed.in(folded) ? pattern.matcher(text) : null;
    }

    /**
     * The next match at or after {@code from} of a scan that needs one of its words: from near the next place one stands,
     * or (not {@link #near}) from every character of a text that mentions one.
     */
    private boolean next(Matcher m, NearAnchor anchor, Mentions needed, String text, String folded, int from) {
        if (near) {
            return anchor.nextBeforeMention(m, text, folded, needed, from);
        }
        return (from > 0 || needed.in(folded)) && m.find();
    }

    /** The pattern's first match, at the end of the text: searched near the end, or (not {@link #near}) everywhere. */
    private Matcher atEnd(NearAnchor anchor, String text) {
        return near ? anchor.atEnd(text) : anchor.everywhere(text);
    }

    /** A kind's cue: its phrases, then {@code after} (at most "by" or "of", white space and commas) to the end. */
    private void kindCue(Claim.Kind kind, ClaimCue cue, String after, int flags) {
        kindCues.add(new KindCue(kind, new NearAnchor(Pattern.compile(words.alternation(cue) + after, flags),
                NearAnchor.longest(words.phrases(cue)) + NearAnchor.longest(List.of("by")), ",")));
    }

    /** The patterns matched at the end of a text, for tests: each searched near the end must find what it finds everywhere. */
    List<NearAnchor> endAnchored() {
        List<NearAnchor> all = new ArrayList<>(List.of(linkingVerbAtEnd, trailingVerb, changeFromAtEnd));
        kindCues.forEach(cue -> all.add(cue.atEnd()));
        return all;
    }

    public static ClaimFinder builtIn() {
        return new ClaimFinder(ClaimWords.builtIn());
    }

    /** Every claim of the document's paragraphs, in reading order. */
    public List<Claim> find(Document document) {
        Context context = new Context();
        context.subject = subject(document);
        List<Claim> claims = new ArrayList<>();
        for (int p = 0; p < document.paragraphs().size(); p++) {
            Paragraph paragraph = document.paragraphs().get(p);
            String text = plainSpaces(paragraph.text());
            for (int[] sentence : Sentences.split(text, words)) {
                claims.addAll(sentence(paragraph, p, sentence[0], text.substring(sentence[0], sentence[1]), context));
            }
        }
        return claims;
    }

    /**
     * The text with each no-break, figure or thin space as a plain one, character for character (so
     * places stay): "Q4\u00a02019" and "$1,153\u00a0million" are written so to keep them on one line.
     */
    private static String plainSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00a0' || c == '\u2007' || c == '\u2009' || c == '\u202f') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** What the text before a sentence says: the last year named, the last period named and in which paragraph. */
    private static final class Context {
        /** The part of the company the document's one table and its text are about, named by the heading they open with; else null. */
        Subject subject;
        Integer year;
        ClaimPeriod period;
        /** The period a heading compares its period with ("Fiscal 2019 compared to Fiscal 2018"), else null. */
        ClaimPeriod comparedWith;
        int periodParagraph = -2;
        boolean fromHeading;
        /**
         * The paragraph whose sentence named {@code period} as the one period of its main clause, placed and said
         * outright (not "the prior year"), else -2: a period the sentences after it in that paragraph speak of.
         */
        int soleMainPeriodParagraph = -2;
        /**
         * {@code soleMainPeriodParagraph} where the sentence that named the period also stated its subject's figure plainly of
         * it ("Total expense and other (income) increased 9.6 percent in the second quarter of 2025 compared to …"): a
         * paragraph that speaks of the figures of that period, which the next paragraph may go on with; else -2.
         */
        int subjectPeriodParagraph = -2;
        /**
         * The last paragraph of a list a sentence ending in a colon introduced with its one period ("The following are
         * highlights of results for the nine months ended March 31, 2025:"): the introduction's, or its last item's; else -2.
         */
        int listParagraph = -2;
        /**
         * The last heading a paragraph of its own gave, where it named no period ("Domestic", "Sears Canada", "Outlook"):
         * the part of the company the text under it may speak of; null under a heading of a period, or before any.
         */
        String part;
    }

    /** The mark of a list item: "(1)", "(b)", "iii)". */
    private static final Pattern ENUMERATOR = Pattern.compile("(?:^|[\\s:;,])\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\)\\s");

    /*
     * Compiled once, not per sentence or per figure: the blanked periods of a prefix, a parenthesis just after one, runs
     * of white space, the marks a measure's words end with, and what may follow a "respectively" that closes a list.
     */
    private static final Pattern BLANKED = Pattern.compile("\u0000+");
    private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^\\s*\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,;:\\-–—(]+$");
    private static final Pattern CLOSES_LIST = Pattern.compile("(?s)\\s*(?:[,;.].*)?");

    /** At most this many words and no figure: a heading, whose period the paragraphs under it share. */
    private static final int HEADING_WORDS = 8;

    private List<Claim> sentence(Paragraph paragraph, int paragraphIndex, int offset, String text, Context context) {
        List<PeriodPhrases.Found> named = new ArrayList<>();
        Integer sentenceYear = null;
        String folded = Mentions.fold(text);
        for (PeriodPhrases.Found found : periods.find(text, folded, near)) {
            if (found.period().fiscalYear() != null && sentenceYear == null) {
                sentenceYear = found.period().fiscalYear();
            }
            named.add(found);
        }
        Integer year = sentenceYear != null ? sentenceYear : context.year;
        List<PeriodPhrases.Found> placed = new ArrayList<>();
        for (PeriodPhrases.Found found : named) {
            placed.add(new PeriodPhrases.Found(found.start(), found.end(), found.period().inYear(year)));
        }
        List<Integer> clauseStarts = new ArrayList<>();
        List<Integer> asides = new ArrayList<>();
        // Clauses matter only to the figures and periods of a sentence: one with neither (no digit, no period named) is not scanned.
        boolean clausesMatter = !named.isEmpty() || Figures.hasDigit(text);
        if (clausesMatter) {
            Matcher m = mentioned(comparison, comparisonWords, text, folded);
            for (int from = 0; m != null && next(m, comparisonNear, comparisonWords, text, folded, from); from = m.end()) {
                clauseStarts.add(m.end());
            }
            m = mentioned(comparisonBeforeFigure, comparisonBeforeFigureWords, text, folded);
            for (int from = 0; m != null && next(m, comparisonBeforeFigureNear, comparisonBeforeFigureWords, text, folded, from);
                 from = m.end()) {
                if (figureOrPeriodAt(text, m.end(), placed)) {
                    clauseStarts.add(m.end());
                }
            }
            m = mentioned(clauseBreak, clauseBreakWords, text, folded);
            for (int from = 0; m != null && next(m, clauseBreakNear, clauseBreakWords, text, folded, from); from = m.end()) {
                clauseStarts.add(m.end());
                asides.add(m.end());
            }
        }
        clauseStarts.sort(null);
        placed = periods.withListedYears(text, resolvedRelatives(placed, context, paragraphIndex));
        List<Figures.Found> found = new ArrayList<>();
        for (Figures.Found figure : near ? figures.find(text) : figures.findEverywhere(text)) {
            if (placed.stream().noneMatch(p -> figure.start() < p.end() && p.start() < figure.end())) {
                found.add(figure);
            }
        }
        List<Claim> claims = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int previousEnd = 0;
        int[] parenthesisEnd = parenthesesAfterFigures(text, found);
        for (int i = 0; i < found.size(); i++) {
            Figures.Found figure = found.get(i);
            int clause = clauseOf(figure.start(), clauseStarts);
            int segmentStart = Math.max(previousEnd, clause == 0 ? 0 : clauseStarts.get(clause - 1));
            for (int k = 0; k < i; k++) {
                if (parenthesisEnd[k] > previousEnd && parenthesisEnd[k] <= figure.start()) {
                    // "$993 million (20.7% effective tax rate) and $627 million": the words after the parenthesis about a
                    // figure before are this figure's, not the parenthesis's.
                    segmentStart = Math.max(segmentStart, parenthesisEnd[k]);
                }
            }
            String prefix = blankPeriods(text, segmentStart, figure.start(), placed);
            Claim.Kind kind = Claim.Kind.VALUE;
            for (KindCue cue : kindCues) {
                Matcher m = atEnd(cue.atEnd(), prefix);
                if (m != null) {
                    kind = cue.kind();
                    prefix = prefix.substring(0, m.start());
                    break;
                }
            }
            Quantity low = figure.figure();
            Quantity high = figure.high();
            int end = figure.end();
            // "increased $0.4 million to $12.3 million": a change and the figure it came to, not a range.
            if (high == null && !kind.change() && i + 1 < found.size() && !afterComparison(text, figure.start(), clauseStarts)) {
                Figures.Found next = found.get(i + 1);
                Matcher join = rangeJoin.matcher(text.substring(figure.end(), next.start()));
                boolean joined = join.find() || kind == Claim.Kind.RANGE
                        && rangeEnd.matcher(text.substring(figure.end(), next.start())).find();
                if (joined && next.figure().unit() == low.unit() && next.high() == null) {
                    high = next.figure();
                    end = next.end();
                    i++;
                }
            }
            if (kind == Claim.Kind.VALUE && high == null && !pending.isEmpty() && pending.get(pending.size() - 1).kind.change()
                    && sameChange.matcher(text.substring(previousEnd, figure.start())).matches()) {
                // "increased $15.5 billion or 14%": the same change, in other terms.
                kind = pending.get(pending.size() - 1).kind;
            }
            if (high != null) {
                kind = Claim.Kind.RANGE;
            } else if (kind == Claim.Kind.RANGE) {
                kind = Claim.Kind.VALUE;
            }
            String said = measure(prefix);
            boolean ranFromWords = false;
            if (said.isEmpty() && kind == Claim.Kind.VALUE && clause > 0 && segmentStart == clauseStarts.get(clause - 1)) {
                // "Net average selling price of shell eggs decreased from $1.397 per dozen for fiscal 2018 to $1.265 …": the figure
                // a change ran from, with no change stated before it, is of the measure said before the change's verb.
                said = ranFrom(text, clause, clauseStarts, previousEnd, placed);
                ranFromWords = !said.isEmpty();
            }
            String measure = selfRecorded(said, text.substring(figure.end()));
            boolean selfStated = !measure.equals(said);
            int measureStart = measure.isEmpty() ? figure.start() : segmentStart + Math.max(0, prefix.lastIndexOf(measure));
            // "North America net revenues increased $710,000" under the heading "North America": the heading's part, said again.
            measure = ofSubject(measure, context.subject, text.substring(figure.end()));
            Pending stated = new Pending(figure.start(), end, clause, kind, measure, low, high, measureStart);
            stated.ranFrom = ranFromWords;
            stated.selfStated = selfStated;
            stated.parenthesisEnd = end == figure.end() ? parenthesisEnd[i] : 0;
            pending.add(stated);
            previousEnd = end;
        }
        int[] previousItem = new int[pending.size()];
        ClaimPeriod[] paired = pairedPeriods(text, pending, placed, clauseStarts, previousItem);
        boolean[] measurePlain = new boolean[pending.size()];
        Pending main = null;
        Matcher respectivelyMatch = mentioned(respectively, respectivelyWords, text, folded);
        boolean eachInTurn = respectivelyMatch != null && next(respectivelyMatch, respectivelyNear, respectivelyWords, text, folded, 0);
        ClaimPeriod previousPeriod = null;
        boolean previousMeasurePlain = true;
        boolean previousSubject = false;
        boolean changeOfResultPeriod = false;
        boolean plainSubjectOfItsPeriod = false;
        for (int i = 0; i < pending.size(); i++) {
            Pending claim = pending.get(i);
            String measure = claim.measure;
            boolean ownMeasure = !measure.isEmpty();
            boolean perShareOfPrevious = !ownMeasure && claim.low.unit() == Quantity.Unit.PER_SHARE && i > 0;
            // An item of a list paired with its periods borrows from the item before it, past the parenthesis about that one.
            int borrowed = paired[i] != null && previousItem[i] >= 0 ? previousItem[i] : i - 1;
            if (measure.isEmpty() && i > 0) {
                measure = baseMeasure(pending.get(borrowed).measure);
            }
            if (main == null && !measure.isEmpty()) {
                main = claim;
            }
            if (claim.clause > 0 && main != null && measureNamesAdjusted(main.measure) && !measureNamesGaap(measure)) {
                measure = "non-GAAP " + measure;
            }
            Matcher basis = adjustedAfter.matcher(text.substring(claim.end));
            if (!measure.isEmpty() && basis.find()) {
                // "Footwear revenues decreased 13% on a currency-neutral basis": not the reported line's change.
                measure = measure + " " + basis.group().strip();
            }
            claim.measure = measure;
            boolean perShareClaim = perShare.matcher(measure).find();
            Quantity low = perShareClaim && claim.low.unit() == Quantity.Unit.MONEY ? claim.low.withUnit(Quantity.Unit.PER_SHARE) : claim.low;
            Quantity high = claim.high == null ? null
                    : perShareClaim && claim.high.unit() == Quantity.Unit.MONEY ? claim.high.withUnit(Quantity.Unit.PER_SHARE) : claim.high;
            if (low.unit() == Quantity.Unit.PER_SHARE && !perShareClaim && !measure.isBlank()) {
                measure = measure + " per share" + (perShareWord(text, claim.end, ClaimCue.DILUTED) ? " diluted"
                        : perShareWord(text, claim.end, ClaimCue.BASIC) ? " basic" : "");
            }
            // The sentence's subject: its measure opens the sentence ("Gross profit was $2.1 billion"), or the figure has no
            // words of its own and restates the subject's ("…, or $0.01 per diluted share", "…, an increase of 7%").
            boolean subject = ownMeasure ? opensSentence(text, claim.measureStart) : i > 0 && previousSubject;
            previousSubject = subject;
            PeriodPhrases.Found phrase = periodOf(claim, pending, i, placed, clauseStarts);
            claim.periodEnd = phrase == null ? claim.end : Math.max(claim.end, phrase.end());
            ClaimPeriod period = phrase == null ? null : phrase.period();
            ClaimPeriod comparedWith = null;
            if (claim.kind.change()) {
                // A change is of the main clause's period, measured from the period a comparison names.
                period = firstIn(placed, clauseStarts, true);
                comparedWith = firstIn(placed, clauseStarts, false);
            }
            if (paired[i] != null) {
                // "$9.0 billion and $9.9 billion as of January 31, 2025 and 2024, respectively": the figure's place in its list.
                period = paired[i];
            }
            int[] ends = claim.kind.change() && paired[i] == null ? endsOf(text, pending, i, placed) : null;
            boolean fromToPeriods = false;
            if (ends != null) {
                PeriodPhrases.Found[] fromTo = periodsOfEnds(text, pending, ends, placed,
                        ends[0] > i ? ends[1] : pastRestatements(text, pending, ends[1] + 1) - 1);
                if (fromTo != null) {
                    // "Net voyage revenues increased by 41.5% from $124.0 million for the year ended December 31, 2018, to $175.5
                    // million for the year ended December 31, 2019": the change runs from the first end's period to the second's.
                    period = fromTo[1].period();
                    comparedWith = fromTo[0].period();
                    fromToPeriods = true;
                }
            }
            if (claim.kind.change() && paired[i] == null && !fromToPeriods) {
                PeriodPhrases.Found ofResult = periodOfResult(text, pending, i, placed, clauseStarts);
                if (ofResult != null && (period == null || period.equals(ofResult.period()))
                        && periodsInStretch(claim, pending, i, placed, clauseStarts) == 0) {
                    // "Net sales increased $245 million to $84.3 billion in fiscal 2025": the period named for the figure a
                    // change came to is the change's.
                    period = ofResult.period();
                    changeOfResultPeriod = true;
                }
            }
            boolean stated = period != null;
            int periodsInStretch = stated ? periodsInStretch(claim, pending, i, placed, clauseStarts) : 0;
            if (changeOfResultPeriod || fromToPeriods) {
                periodsInStretch = 1;
                changeOfResultPeriod = false;
            }
            if (claim.kind.change() && paired[i] == null && periodsInStretch == 0 && period != null
                    && periodOfRestatement(text, pending, i, placed, clauseStarts, period)) {
                // "Selling, general and administrative expenses increased $610 million, or 4%, in 2024": the period named for
                // the same change in other terms is the change's.
                periodsInStretch = 1;
            }
            boolean ownPeriod = paired[i] != null || periodsInStretch == 1;
            Claim.Plainness periodPlainness = ownPeriod || perShareOfPrevious || claim.kind.change() && comparedWith != null
                    ? Claim.Plainness.PLAIN
                    : !stated ? Claim.Plainness.NO_PERIOD
                    : periodsInStretch > 1 ? Claim.Plainness.TWO_PERIODS : Claim.Plainness.PERIOD_OF_ANOTHER_FIGURE;
            if (periodPlainness == Claim.Plainness.PERIOD_OF_ANOTHER_FIGURE && !claim.kind.change() && claim.clause == 0
                    && phrase != null && placed.size() == 1 && placed.get(0) == phrase && opensSentenceSetOff(text, phrase)
                    && !joinedClauseBefore(text, phrase.end(), claim.start)) {
                // "As of December 31, 2019, the Company had gross deferred tax assets totaling $56.2 million offset by a
                // valuation allowance totaling $48.6 million": the one period of the sentence, opening it set off by a comma, is
                // every figure's of its main clause — not past another clause with its own verb joined to the first.
                periodPlainness = Claim.Plainness.PLAIN;
            }
            if (period == null && claim.clause == 0 && context.period != null && context.periodParagraph >= paragraphIndex - 1) {
                period = context.period;
                periodPlainness = context.fromHeading || subject && (carriedPlainly(context, paragraphIndex, placed, clauseStarts)
                        || itemOfIntroducedList(context, paragraph, paragraphIndex, placed))
                        ? Claim.Plainness.PLAIN : Claim.Plainness.PERIOD_FROM_SENTENCE_BEFORE;
                context.periodParagraph = paragraphIndex;
                if (claim.kind.change() && comparedWith == null && context.fromHeading) {
                    // Under "Fiscal Year 2019 Compared with Fiscal Year 2018", "Revenue increased 14%" is from fiscal 2018.
                    comparedWith = context.comparedWith;
                }
            }
            if (claim.kind.change() && comparedWith == null && period != null && yearOverYear.matcher(text).find()) {
                // "increased by $66 million, year over year": from the same period a year before.
                comparedWith = ClaimPeriod.yearBefore("year over year").besides(period);
            }
            if (claim.kind.change() && comparedWith == null && period != null) {
                // "Interest income increased by $16.9 million in fiscal year 2019": a year's change, from the year
                // before, as plainly as if said (a change that passes but could never fail would accept any figure).
                comparedWith = period.yearBefore();
            }
            // "… were $3.28 billion, a decrease of $7.8 million": the change of the figure just before, in its clause.
            boolean changeOfPrevious = !ownMeasure && claim.kind.change() && i > 0 && pending.get(i - 1).clause == claim.clause
                    && claims.size() > 0 && plainInMeasure(claims.get(claims.size() - 1));
            // "… decreased by $2,415 or 17.9% to $11,062 during the year …": the figure a plain change came to, in the period after it.
            boolean resultOfChange = !ownMeasure && i > 0 && pending.get(i - 1).kind.change() && pending.get(i - 1).clause == claim.clause
                    && changeResult.matcher(text.substring(pending.get(i - 1).end, claim.start)).matches()
                    && claims.size() > 0 && plainInMeasure(claims.get(claims.size() - 1));
            if (resultOfChange && phrase != null && phrase.start() >= claim.end && !claim.kind.change()) {
                periodPlainness = Claim.Plainness.PLAIN;
            }
            if (resultOfChange && phrase != null && !claim.kind.change() && ofChangeSubject(phrase, pending.get(i - 1))
                    && firstIn(placed, clauseStarts, false) != null
                    && claims.get(claims.size() - 1).plainness() == Claim.Plainness.PLAIN && period.equals(claims.get(claims.size() - 1).period())) {
                // "Selling, general and administrative expenses for the year ended December 31, 2019 decreased $8.6 million to
                // $24.9 million from $33.5 million for the year ended December 31, 2018": the period named between the measure
                // and its change is the subject's, and so the figure's it came to — where the sentence names both ends of the
                // change. Not where it names no period compared: "Revenues for the second quarter increased 4.6 percent to $1.1
                // billion" under a part's heading ("Sears Canada") in an earnings release was a false error against the
                // company's revenues; a change that cannot be tied itself lends its period to no figure.
                periodPlainness = Claim.Plainness.PLAIN;
            }
            if (changeOfPrevious && comparedWith != null && period != null && period.equals(claims.get(claims.size() - 1).period())) {
                // "Net sales were $93,662 for the year ended December 31, 2019, a decrease of $9,688 or 9.4% versus prior
                // year": the change of a plain figure is of that figure's period, as plainly.
                periodPlainness = Claim.Plainness.PLAIN;
            }
            // "… were $7.7 billion, compared with $7.9 billion in the prior year period": a figure that
            // borrows the measure of the one before it names it as plainly as that one, never more plainly; its
            // period is its own ("increased by 41.5% from $124.0 million for the year ended December 31, 2018": the
            // change's period is not said plainly, its measure is, and so is the year of the figure it came from).
            boolean borrowsPlainly = borrowed == i - 1 ? previousMeasurePlain : measurePlain[borrowed];
            boolean plainMeasure = ownMeasure || perShareOfPrevious || changeOfPrevious || resultOfChange
                    || i > 0 && ownPeriod && period != null
                    && !period.equals(borrowed == i - 1 ? previousPeriod : claims.get(borrowed).period()) && borrowsPlainly;
            Claim.Plainness measurePlainness = plainMeasure ? Claim.Plainness.PLAIN
                    : measure.isEmpty() ? Claim.Plainness.NO_MEASURE : Claim.Plainness.MEASURE_BORROWED;
            if (claim.clause > 0 && asides.contains(clauseStarts.get(claim.clause - 1))) {
                // "…, of which $14.2 billion was recognized", "primarily due to the $1 billion …": an aside about something else.
                plainMeasure = false;
                measurePlainness = Claim.Plainness.ASIDE;
            } else if (claim.clause > 0 && ownMeasure && main != null && main != claim && !restates(claim.measure, main.measure)) {
                // A comparison restates the main measure ("compared to a net loss of"); another one is not plain.
                plainMeasure = false;
                measurePlainness = Claim.Plainness.OTHER_MEASURE_COMPARED;
            }
            previousPeriod = period;
            previousMeasurePlain = plainMeasure;
            measurePlain[i] = plainMeasure;
            if (measure.isBlank()) {
                measure = "(not stated)";
            }
            boolean inTurn = eachInTurn && paired[i] == null;
            // The measure's reason first, then an unpaired "respectively", then the period's: the first that withholds judgement.
            Claim.Plainness plainness = !plainMeasure ? measurePlainness
                    : inTurn ? Claim.Plainness.UNPAIRED_RESPECTIVELY
                    : periodPlainness;
            // A text that has named no period yet (an excerpt of a discussion beside its table, the opening of a
            // discussion) speaks of the period its tables report: plain, once that period is known, if all else is.
            boolean undatedButPlain = period == null && named.isEmpty() && context.period == null && context.year == null
                    && plainMeasure && !inTurn;
            // The sentence's subject, or the measure just after the period that opens it set off ("For fiscal 2019, net sales were").
            plainSubjectOfItsPeriod |= ownMeasure && claim.clause == 0 && stated && plainness == Claim.Plainness.PLAIN
                    && (subject || opensAfterOpeningPeriod(text, claim.measureStart, placed));
            Claim.Ends said = ends == null ? null : new Claim.Ends(pending.get(ends[0]).low, pending.get(ends[1]).low);
            claims.add(new Claim(claim.kind, measure, low, high, period, stated, comparedWith, text.strip(),
                    paragraph.locationOf(offset + claim.start), plainness, undatedButPlain, said, context.part));
        }
        // "Revenue increased $616 million due to … products acquired at the end of fiscal 2017": a period named only in an
        // aside about something else does not move the text to that period (nor to its year).
        // Nor does one named only in a clause describing a thing the sentence names ("costs that were recorded in cost of
        // services revenue in fiscal year 2018").
        List<Integer> relatives = new ArrayList<>();
        Matcher relative = placed.isEmpty() ? null : mentioned(relativeClause, relativeClauseWords, text, folded);
        for (int from = 0; relative != null && next(relative, relativeClauseNear, relativeClauseWords, text, folded, from);
             from = relative.end()) {
            relatives.add(relative.end());
        }
        boolean onlyInAsides = placed.stream().anyMatch(p -> !p.relative())
                && placed.stream().allMatch(p -> inAside(p.start(), clauseStarts, asides) || inRelativeClause(p.start(), clauseStarts, relatives, found));
        if (onlyInAsides) {
            // Nor does the sentence before speak plainly past it: a period has been named in between.
            context.soleMainPeriodParagraph = -2;
            context.subjectPeriodParagraph = -2;
            context.listParagraph = -2;
            return claims;
        }
        // A period named relative to the text's ("compared with last year") does not move the text to its year either:
        // "Q4" in the next sentence is still the quarter the release is about.
        List<PeriodPhrases.Found> ownPeriods = placed.stream().filter(p -> !p.relative()).toList();
        if (sentenceYear != null) {
            context.year = sentenceYear;
        } else if (!ownPeriods.isEmpty() && ownPeriods.get(ownPeriods.size() - 1).period().fiscalYear() != null) {
            context.year = ownPeriods.get(ownPeriods.size() - 1).period().fiscalYear();
        }
        ClaimPeriod mainPeriod = firstIn(placed, clauseStarts, true);
        boolean heading = found.isEmpty() && wordCount(text.strip()) <= HEADING_WORDS;
        if (heading && plainSpaces(paragraph.text()).strip().equals(plainSpaces(text).strip())) {
            context.part = placed.isEmpty() ? SPACES.matcher(plainSpaces(text).strip()).replaceAll(" ") : null;
        }
        // A sentence that names periods only relative to the one before ("a decrease of $112 million versus the prior year
        // period") speaks of that one still: the text has not moved to the year before.
        boolean onlyRelative = !placed.isEmpty() && placed.stream().allMatch(PeriodPhrases.Found::relative) && context.period != null;
        if (itemOfIntroducedList(context, paragraph, paragraphIndex, placed)) {
            context.listParagraph = paragraphIndex;
        }
        if (onlyRelative) {
            if (context.periodParagraph >= paragraphIndex - 1) {
                context.periodParagraph = paragraphIndex;
            }
        } else if (mainPeriod != null || !placed.isEmpty()) {
            context.period = mainPeriod != null ? mainPeriod : placed.get(0).period();
            context.periodParagraph = paragraphIndex;
            // A heading ("Third Quarter Highlights"): a few words, no figure; it names the period of what follows.
            context.fromHeading = heading;
            context.comparedWith = heading && mainPeriod != null ? firstIn(placed, clauseStarts, false) : null;
            context.soleMainPeriodParagraph = !heading && mainPeriod != null && mainPeriod.placed()
                    && placed.stream().filter(p -> clauseOf(p.start(), clauseStarts) == 0).count() == 1 ? paragraphIndex : -2;
            context.subjectPeriodParagraph = context.soleMainPeriodParagraph == paragraphIndex && plainSubjectOfItsPeriod ? paragraphIndex : -2;
            // "… for the nine months ended March 31, 2025, versus …:" introduces the items after it, of its period.
            context.listParagraph = context.soleMainPeriodParagraph == paragraphIndex && text.strip().endsWith(":") ? paragraphIndex : -2;
        } else if (heading && context.fromHeading && context.periodParagraph >= paragraphIndex - 1) {
            // "Net Sales" under "Fiscal 2019 compared to Fiscal 2018": a heading of a part, within the period's.
            context.periodParagraph = paragraphIndex;
        }
        return claims;
    }

    /**
     * The period named for the figure a change came to, just after that figure and alone in its stretch: in "Gross profit
     * increased $2.3 billion, or 4.6%, to $53.3 billion in fiscal 2024" the period of $53.3 billion, for the change
     * (and its restatement in percent) before it. Only where the figures between are the same change restated and the
     * last is the result ("to …") in the same clause, with no words of its own; else null.
     */
    private PeriodPhrases.Found periodOfResult(String text, List<Pending> pending, int change, List<PeriodPhrases.Found> placed,
                                               List<Integer> clauseStarts) {
        Pending from = pending.get(change);
        int j = pastRestatements(text, pending, change);
        if (j >= pending.size()) {
            return null;
        }
        Pending result = pending.get(j);
        if (result.kind.change() || !result.measure.isEmpty() || result.clause != from.clause || result.high != null
                || !changeResult.matcher(text.substring(pending.get(j - 1).end, result.start)).matches()) {
            return null;
        }
        PeriodPhrases.Found phrase = periodOf(result, pending, j, placed, clauseStarts);
        if (phrase == null || phrase.start() < result.end || phrase.relative()) {
            return null;
        }
        // The one period from the change to the next figure with words of its own.
        int stop = Integer.MAX_VALUE;
        for (int k = j + 1; k < pending.size(); k++) {
            if (!pending.get(k).measure.isEmpty() || pending.get(k).clause != from.clause) {
                stop = pending.get(k).measureStart;
                break;
            }
        }
        int end = stop;
        long named = placed.stream().filter(p -> p.start() >= from.end && p.start() < end
                && clauseOf(p.start(), clauseStarts) == from.clause).count();
        return named == 1 ? phrase : null;
    }

    /**
     * The figures a change ran from and to, stated beside it in its clause, as indices of {@code pending}: after it ("increased
     * by 41.5% from $124.0 million for the year ended December 31, 2018, to $175.5 million …", past its restatements in other
     * terms) or before it ("from $1.1 million in 2018 to $1.5 million in 2019, an increase of $0.4 million", the change with no
     * words of its own). Both amounts of money with no words of their own, "from" before the first, nothing but a period
     * and "to" between them; else null.
     */
    private int[] endsOf(String text, List<Pending> pending, int change, List<PeriodPhrases.Found> placed) {
        Pending claim = pending.get(change);
        int after = pastRestatements(text, pending, change);
        if (after + 1 < pending.size()
                && fromTo(text, pending, after, placed, pending.get(after - 1).end) && pending.get(after).clause <= claim.clause + 1) {
            return new int[] {after, after + 1};
        }
        int first = change;
        while (first > 0 && pending.get(first - 1).kind == claim.kind && !pending.get(first - 1).ownWords
                && pending.get(first - 1).clause == claim.clause
                && sameChange.matcher(text.substring(pending.get(first - 1).end, pending.get(first).start)).matches()) {
            first--;
        }
        Pending change0 = pending.get(first);
        if (first >= 2 && !change0.ownWords && pending.get(first - 1).clause == change0.clause
                && fromTo(text, pending, first - 2, placed, first >= 3 ? pending.get(first - 3).end : 0)) {
            return new int[] {first - 2, first - 1};
        }
        return null;
    }

    /** Whether the figures at {@code from} and the one after it are "from $A [period] to $B": amounts of money, no words of their own. */
    private boolean fromTo(String text, List<Pending> pending, int from, List<PeriodPhrases.Found> placed, int before) {
        Pending start = pending.get(from);
        Pending end = pending.get(from + 1);
        if (!endFigure(start) || !endFigure(end) || end.clause != start.clause) {
            return false;
        }
        if (atEnd(changeFromAtEnd, text.substring(before, start.start)) == null) {
            return false;
        }
        String between = blankPeriods(text, start.end, end.start, placed);
        Matcher period = periodPrepositions.matcher(between);
        return changeResult.matcher(period.lookingAt() ? between.substring(period.end()) : between).matches();
    }

    /**
     * The measure said before a change's verb and "from" that open the figure's clause ("… shell eggs decreased from"), with
     * no figure between; else "".
     */
    private String ranFrom(String text, int clause, List<Integer> clauseStarts, int previousEnd, List<PeriodPhrases.Found> placed) {
        int clauseStart = clauseStarts.get(clause - 1);
        int start = Math.max(previousEnd, clause < 2 ? 0 : clauseStarts.get(clause - 2));
        if (start >= clauseStart) {
            return "";
        }
        String before = blankPeriods(text, start, clauseStart, placed);
        Matcher from = atEnd(changeFromAtEnd, before);
        if (from == null) {
            return "";
        }
        before = before.substring(0, from.start());
        for (KindCue cue : kindCues) {
            Matcher verb = cue.kind().change() ? atEnd(cue.atEnd(), before) : null;
            if (verb != null) {
                return measure(before.substring(0, verb.start()));
            }
        }
        return "";
    }

    private static boolean endFigure(Pending figure) {
        return (!figure.ownWords || figure.ranFrom) && figure.kind == Claim.Kind.VALUE && figure.high == null
                && figure.low.unit() == Quantity.Unit.MONEY;
    }

    /**
     * The periods named just after each end of a change, {from, to}: one each, not relative, of one kind and not the same,
     * and none other in the sentence, whose last figure is {@code last} (the second end, or the change stated after the ends
     * and its restatements); else null.
     */
    private static PeriodPhrases.Found[] periodsOfEnds(String text, List<Pending> pending, int[] ends, List<PeriodPhrases.Found> placed,
                                                       int last) {
        if (placed.size() != 2 || last != pending.size() - 1) {
            return null;
        }
        PeriodPhrases.Found from = placed.get(0);
        PeriodPhrases.Found to = placed.get(1);
        Pending start = pending.get(ends[0]);
        Pending end = pending.get(ends[1]);
        if (from.relative() || to.relative() || from.start() < start.end || from.end() > end.start || to.start() < end.end
                || from.period().type() != to.period().type() || from.period().equals(to.period())
                || !from.period().placed() || !to.period().placed()) {
            return null;
        }
        return new PeriodPhrases.Found[] {from, to};
    }

    /** Whether only an article or marks stand before {@code at}: "• The net sales" opens its sentence at "net sales". */
    private boolean opensSentence(String text, int at) {
        Matcher lead = leadingArticle.matcher(text.substring(0, at));
        return lead.lookingAt() && lead.end() == at;
    }

    /**
     * Whether a sentence that names no period of its own speaks plainly of the period of a sentence before it: "For
     * fiscal 2019, net sales were $9.5 billion. Gross profit was $2.1 billion." Only within the paragraph of the
     * sentence that named it, where that sentence named one period in its main clause (never a comparison's, nor a
     * list of periods, nor one said relative to another) — or in the paragraph just after, where that sentence also
     * stated its own subject's figure plainly of that period (a paragraph of the figures of the period, which the next
     * goes on with: "Total expense and other (income) increased 9.6 percent in the second quarter of 2025 compared to
     * the second quarter of 2024 …" then "Pre-tax income from continuing operations of $2.6 billion increased 17.0
     * percent"; not after a sentence of something done in a year, "hosting costs that were recorded in fiscal year 2018",
     * nor after a heading-like sentence of no figure) — and where this sentence names no period in its main clause
     * and none in a comparison but one said relative to it ("compared to the prior year") or the same period a year
     * before ("… compared to the second quarter of 2024" after a sentence of the second quarter of 2025): a period it
     * names otherwise may have moved the text on ("…, compared to $1.9 billion in fiscal 2017" after a sentence of
     * fiscal 2019 speaks of fiscal 2018 as likely). The claim must also be the sentence's subject (checked by the
     * caller): a figure further in ("…, marketable securities of $0.6 billion" in an acquisition's allocation) is as
     * often a part of what the sentence speaks of.
     */
    private static boolean carriedPlainly(Context context, int paragraphIndex, List<PeriodPhrases.Found> placed, List<Integer> clauseStarts) {
        boolean named = context.soleMainPeriodParagraph == paragraphIndex
                || context.subjectPeriodParagraph >= 0 && context.subjectPeriodParagraph == paragraphIndex - 1;
        return named && placed.stream().allMatch(p -> p.relative() || clauseOf(p.start(), clauseStarts) > 0 && yearBefore(p.period(), context.period));
    }

    /** Whether {@code compared} is the same kind of period as {@code of}, a year before it (whatever words name either). */
    private static boolean yearBefore(ClaimPeriod compared, ClaimPeriod of) {
        ClaimPeriod before = ClaimPeriod.yearBefore("").besides(of);
        return before != null && compared.placed() && compared.type() == before.type() && compared.quarter() == before.quarter()
                && compared.months() == before.months() && java.util.Objects.equals(compared.fiscalYear(), before.fiscalYear())
                && java.util.Objects.equals(compared.end(), before.end());
    }

    /** A list item's mark opening a paragraph: "• Net sales were $63.4 billion". */
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*[\u2022\u25cf\u25e6\u25aa\u2023\u2219\u00b7*\\-\u2013\u2014]\\s");

    /**
     * Whether a sentence is of an item of a list that a sentence ending in a colon introduced with its one period, as a
     * heading would: the paragraph opens with a list mark, follows the introduction or an item of it, and names no
     * period but ones said relative to it ("• Net sales were $63.4 billion, a decrease of $112 million versus the prior
     * year period").
     */
    private static boolean itemOfIntroducedList(Context context, Paragraph paragraph, int paragraphIndex, List<PeriodPhrases.Found> placed) {
        return context.listParagraph >= 0 && context.listParagraph >= paragraphIndex - 1 && context.listParagraph <= paragraphIndex
                && LIST_MARK.matcher(paragraph.text()).lookingAt() && placed.stream().allMatch(PeriodPhrases.Found::relative);
    }

    /**
     * Whether a comparison's measure restates the main one: the same name, or the end of its words, the main
     * measure's subject left out ("CMS had operating income of $7.8 million in 2019 compared to an operating loss of
     * $0.1 million in 2018": an operating loss is operating income, as a line names both).
     */
    private boolean restates(String compared, String main) {
        String comparedKey = names.key(compared);
        String mainKey = names.key(main);
        return comparedKey.equals(mainKey) || !comparedKey.isEmpty() && mainKey.endsWith(" " + comparedKey);
    }

    /** Whether a claim names its measure plainly: it is plain, or would be once the period its text has not named is known. */
    private static boolean plainInMeasure(Claim claim) {
        return claim.plain() || claim.undatedButPlain();
    }

    /** The words of a stripped text, as many as splitting it at runs of white space ({@code \s+}) gives; counted, not split. */
    private static int wordCount(String stripped) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (white && !inSpace) {
                words++;
            }
            inSpace = white;
        }
        return words;
    }

    /**
     * The period of each figure of a list that a list of periods pairs in order: "Net cash provided by
     * operating activities was $36.4 billion, $35.7 billion and $28.8 billion for fiscal 2025, 2024 and
     * 2023, respectively", "Interest expense was $3.2 billion and $2.4 billion in 2023 and 2024". Only
     * where a clause holds one list of figures of one kind and unit (the later ones with no words of
     * their own), stated by a linking verb ("was", "were") or by the company recording them ({@link #selfRecorded}, the list
     * closed by "respectively" with no aside after it), and its periods are one list as long, of
     * flows: balances "as of" two dates are more often of a part of the line of that name (Tesla's
     * "allowance for expected credit losses was $33 million and $36 million" against a lease note's
     * line) and stay as they were read, not plain. Anything else is read as before.
     */
    private ClaimPeriod[] pairedPeriods(String text, List<Pending> pending, List<PeriodPhrases.Found> placed, List<Integer> clauseStarts,
                                        int[] previousItem) {
        ClaimPeriod[] paired = new ClaimPeriod[pending.size()];
        java.util.Arrays.fill(previousItem, -1);
        int first = 0;
        while (first < pending.size()) {
            // The list's items, each with no words of its own after the one before, or after the parenthesis about it ("$993
            // million (20.7% effective tax rate) and $627 million (…)": the figures inside speak of the item, not of the list).
            List<Integer> members = new ArrayList<>(List.of(first));
            int last = first;
            while (true) {
                int next = afterParenthesis(pending, last);
                int from = pending.get(last).parenthesisEnd > 0 ? pending.get(last).parenthesisEnd : pending.get(last).end;
                if (next < pending.size() && listed(text, from, pending.get(last), pending.get(next))) {
                    members.add(next);
                    last = next;
                } else {
                    break;
                }
            }
            int clause = pending.get(first).clause;
            // "… was $6,805 million and $11,599 million, respectively, a decrease of $4,794 million": "respectively" closes
            // the list, and what follows it is another phrase of the clause.
            int closed = listClosedAt(text, pending, last);
            boolean aloneInClause = true;
            for (int j = 0; j < pending.size(); j++) {
                aloneInClause &= members.contains(j) || aboutAnItem(pending, members, j) || pending.get(j).clause != clause
                        || pending.get(j).start > closed;
            }
            List<PeriodPhrases.Found> periodsOfClause = placed.stream()
                    .filter(p -> clauseOf(p.start(), clauseStarts) == clause && p.start() < closed).toList();
            // "During fiscal 2011, 2010 and 2009, we had capital expenditures of $21.1 million, $16.9 million and $14.3 million,
            // respectively": the company stating its own figures states them as a linking verb does — unless an aside after the
            // list narrows them to a part ("…, respectively, related to an equity method investee").
            boolean stated = atEnd(linkingVerbAtEnd, text.substring(0, pending.get(first).start)) != null
                    || pending.get(first).selfStated && closed != Integer.MAX_VALUE && !asideAfter.matcher(text.substring(closed)).lookingAt();
            if (members.size() > 1 && aloneInClause && stated && periodsOfClause.size() == members.size() && oneList(text, periodsOfClause)) {
                for (int m = 0; m < members.size(); m++) {
                    paired[members.get(m)] = periodsOfClause.get(m).period();
                    previousItem[members.get(m)] = m == 0 ? -1 : members.get(m - 1);
                }
            }
            first = last + 1;
        }
        return paired;
    }

    /** The first figure after {@code index} that does not stand inside the parenthesis just after it. */
    private static int afterParenthesis(List<Pending> pending, int index) {
        int next = index + 1;
        int end = pending.get(index).parenthesisEnd;
        while (end > 0 && next < pending.size() && pending.get(next).start < end) {
            next++;
        }
        return next;
    }

    /** Whether figure {@code j} stands inside the parenthesis just after one of the list's items. */
    private static boolean aboutAnItem(List<Pending> pending, List<Integer> items, int j) {
        for (int index : items) {
            Pending item = pending.get(index);
            if (item.parenthesisEnd > 0 && pending.get(j).start > item.end && pending.get(j).start < item.parenthesisEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where "respectively" closes the list of figures ending at {@code last}: after it (and the parenthesis about it), before
     * the next figure, and followed by a comma or the sentence's end; else past the sentence (nothing after the list is set apart).
     */
    private int listClosedAt(String text, List<Pending> pending, int last) {
        int next = afterParenthesis(pending, last);
        int to = next < pending.size() ? pending.get(next).start : text.length();
        Matcher m = respectively.matcher(text);
        if (m.find(pending.get(last).end) && m.end() <= to && CLOSES_LIST.matcher(text.substring(m.end())).matches()) {
            return m.end();
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Where the parenthesis that opens just after each figure closes (the index after its ")"), or 0 where none opens
     * there: "$993 million (20.7% effective tax rate)". A parenthesis with another inside it is not read.
     */
    private static int[] parenthesesAfterFigures(String text, List<Figures.Found> found) {
        int[] ends = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            int open = found.get(k).end();
            while (open < text.length() && text.charAt(open) == ' ') {
                open++;
            }
            if (open < text.length() && text.charAt(open) == '(') {
                int close = text.indexOf(')', open);
                int nested = text.indexOf('(', open + 1);
                if (close > 0 && (nested < 0 || nested > close)) {
                    ends[k] = close + 1;
                }
            }
        }
        return ends;
    }

    /** Whether {@code next} is the next item of a list of figures begun by {@code figure}: "$36.4 billion, $35.7 billion and". */
    private boolean listed(String text, int from, Pending figure, Pending next) {
        return next.clause == figure.clause && next.measure.isEmpty() && next.kind == figure.kind
                && (figure.kind == Claim.Kind.VALUE || figure.kind == Claim.Kind.APPROXIMATE)
                && figure.high == null && next.high == null && next.low.unit() == figure.low.unit()
                && periods.onlyListJoin(text.substring(from, next.start));
    }

    /** Whether the periods are one list, each placed and joined to the next only by a comma or "and". */
    private boolean oneList(String text, List<PeriodPhrases.Found> found) {
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).relative() || !found.get(k).period().placed() || found.get(k).period().type() == ClaimPeriod.Type.INSTANT
                    || k > 0 && !periods.onlyListJoin(text.substring(found.get(k - 1).end(), found.get(k).start()))) {
                return false;
            }
        }
        return true;
    }

    /** A figure found, before its measure and period are settled. */
    private static final class Pending {
        final int start;
        final int end;
        final int clause;
        final Claim.Kind kind;
        String measure;
        final Quantity low;
        final Quantity high;
        final int measureStart;
        /** Where the period named for this figure ends, when it is named after it; else where the figure ends. */
        int periodEnd;
        /** Whether the company is the subject of the verb that states the figure ("we had capital expenditures of"). */
        boolean selfStated;
        /** Where the parenthesis just after the figure closes (after its ")"), or 0: "$993 million (20.7% effective tax rate)". */
        int parenthesisEnd;
        /** Whether words before the figure name its measure (before any borrowed from a figure before it). */
        final boolean ownWords;
        /** Whether its words are those said before a change's verb and "from" just before it ("… decreased from $1.397"). */
        boolean ranFrom;

        Pending(int start, int end, int clause, Claim.Kind kind, String measure, Quantity low, Quantity high, int measureStart) {
            this.measureStart = measureStart;
            this.periodEnd = end;
            this.start = start;
            this.end = end;
            this.clause = clause;
            this.kind = kind;
            this.measure = measure;
            this.ownWords = !measure.isEmpty();
            this.low = low;
            this.high = high;
        }
    }

    /**
     * The period named for a figure: the first named after it in its clause, before the next
     * figure with a measure of its own; else the last named before it in its clause.
     */
    private static PeriodPhrases.Found periodOf(Pending claim, List<Pending> pending, int index, List<PeriodPhrases.Found> placed,
                                                List<Integer> clauseStarts) {
        int stop = Integer.MAX_VALUE;
        for (int j = index + 1; j < pending.size(); j++) {
            if (!pending.get(j).measure.isEmpty() || pending.get(j).clause != claim.clause) {
                stop = pending.get(j).measureStart;
                break;
            }
        }
        for (PeriodPhrases.Found found : placed) {
            if (found.start() >= claim.end && found.start() < stop && clauseOf(found.start(), clauseStarts) == claim.clause) {
                return found;
            }
        }
        PeriodPhrases.Found before = null;
        for (PeriodPhrases.Found found : placed) {
            if (found.end() <= claim.start && clauseOf(found.start(), clauseStarts) == claim.clause) {
                before = found;
            }
        }
        return before;
    }

    /**
     * How many periods are named in the figure's own stretch of the sentence: after the figure before
     * it and before the next figure (figures per share in between do not count), in its clause. One
     * is the figure's own; none, its period is named for another figure; two or more, which is not said.
     */
    private static int periodsInStretch(Pending claim, List<Pending> pending, int index, List<PeriodPhrases.Found> placed,
                                        List<Integer> clauseStarts) {
        int from = index == 0 ? 0 : pending.get(index - 1).periodEnd;
        int to = Integer.MAX_VALUE;
        for (int j = index + 1; j < pending.size(); j++) {
            if (pending.get(j).low.unit() != Quantity.Unit.PER_SHARE || !pending.get(j).measure.isEmpty()) {
                to = pending.get(j).measure.isEmpty() ? pending.get(j).start : pending.get(j).measureStart;
                break;
            }
        }
        int named = 0;
        for (PeriodPhrases.Found found : placed) {
            if (found.start() >= from && found.start() < to && clauseOf(found.start(), clauseStarts) == claim.clause) {
                named++;
            }
        }
        if (named > 1 && !claim.measure.isEmpty()) {
            // "… of its fiscal 2007 audited financial statements, … (1) the revenues for the year ended December 31, 2007 are
            // $320.3 million": a period before the measure's own words is of another phrase when one follows them.
            named = 0;
            for (PeriodPhrases.Found found : placed) {
                if (found.start() >= claim.measureStart && found.start() < to && clauseOf(found.start(), clauseStarts) == claim.clause) {
                    named++;
                }
            }
        }
        // Two periods in its stretch ("As of June 30, 2025 and December 31, 2024, … was $33 million"): which one is not plain.
        return named;
    }

    /** The first period named in the main clause ({@code main}) or in a comparison. */
    private static ClaimPeriod firstIn(List<PeriodPhrases.Found> placed, List<Integer> clauseStarts, boolean main) {
        for (PeriodPhrases.Found found : placed) {
            if ((clauseOf(found.start(), clauseStarts) == 0) == main && !(main && found.relative())) {
                return found.period();
            }
        }
        return null;
    }

    /**
     * The periods named, with each said relative to another ("compared to $98 million in the
     * prior-year period") placed a year before the period named last before it, or — none named
     * before it — the one the text before gave. A period serves one such phrase: "$25 million in the
     * second quarter of 2025 compared to $98 million in the prior-year period, and $48 million for
     * the first six months of 2025 compared to $194 million in the prior-year period" names a
     * second period it cannot read, so the second phrase stays unplaced, never guessed.
     */
    private static List<PeriodPhrases.Found> resolvedRelatives(List<PeriodPhrases.Found> placed, Context context, int paragraphIndex) {
        ClaimPeriod anchor = context.periodParagraph >= paragraphIndex - 1 ? context.period : null;
        boolean used = false;
        List<PeriodPhrases.Found> resolved = new ArrayList<>();
        for (PeriodPhrases.Found found : placed) {
            if (!found.relative()) {
                anchor = found.period();
                used = false;
                resolved.add(found);
                continue;
            }
            ClaimPeriod before = used ? null : found.period().besides(anchor);
            used = true;
            resolved.add(before == null ? found : new PeriodPhrases.Found(found.start(), found.end(), before, true));
        }
        return resolved;
    }

    /** The words a sentence may open with before the period that opens it: "In", "As of", "For the". */
    private static final Pattern OPENING_WORDS = Pattern.compile("^[^\\p{L}\\p{N}]*(?:\\p{L}+\\s+){0,3}$");

    /** Whether the period opens the sentence (after three words at most, no figure) and a comma sets it off. */
    private static boolean opensSentenceSetOff(String text, PeriodPhrases.Found phrase) {
        return !phrase.relative() && OPENING_WORDS.matcher(text.substring(0, phrase.start())).matches()
                && text.substring(phrase.end()).stripLeading().startsWith(",");
    }

    /** Whether only an article or marks stand between the period that opens the sentence set off by a comma and {@code at}. */
    private boolean opensAfterOpeningPeriod(String text, int at, List<PeriodPhrases.Found> placed) {
        if (placed.isEmpty() || !opensSentenceSetOff(text, placed.get(0))) {
            return false;
        }
        int comma = text.indexOf(',', placed.get(0).end());
        if (comma < 0 || comma >= at) {
            return false;
        }
        Matcher lead = leadingArticle.matcher(text.substring(comma + 1, at));
        return lead.lookingAt() && lead.end() == at - comma - 1;
    }

    /** Whether a clause with its own verb is joined between {@code from} and a figure at {@code to}: ", and the fair value … was". */
    private boolean joinedClauseBefore(String text, int from, int to) {
        String between = text.substring(from, to);
        Matcher join = clauseJoin.matcher(between);
        int last = -1;
        while (join.find()) {
            last = join.end();
        }
        return last >= 0 && atEnd(linkingVerbAtEnd, between.substring(last)) != null;
    }

    /**
     * The index just past the figures that say the change at {@code change} again in other terms (its restatement in
     * percent, "or 4%"): of its kind, with no words of their own, in its clause, joined to it by nothing but that.
     */
    private int pastRestatements(String text, List<Pending> pending, int change) {
        Pending from = pending.get(change);
        int j = change + 1;
        while (j < pending.size() && pending.get(j).kind == from.kind && pending.get(j).measure.isEmpty()
                && pending.get(j).clause == from.clause
                && sameChange.matcher(text.substring(pending.get(j - 1).end, pending.get(j).start)).matches()) {
            j++;
        }
        return j;
    }

    /**
     * Whether the same change said again in other terms just after the change ("$610 million, or 4%, in 2024") has the
     * change's period named for it alone, just after it: that period is the change's as plainly.
     */
    private boolean periodOfRestatement(String text, List<Pending> pending, int change, List<PeriodPhrases.Found> placed,
                                        List<Integer> clauseStarts, ClaimPeriod period) {
        Pending from = pending.get(change);
        int j = pastRestatements(text, pending, change);
        if (j == change + 1) {
            return false;
        }
        Pending last = pending.get(j - 1);
        PeriodPhrases.Found phrase = periodOf(last, pending, j - 1, placed, clauseStarts);
        if (phrase == null || phrase.start() < last.end || phrase.relative() || !phrase.period().equals(period)) {
            return false;
        }
        // The one period from the change to the next figure, in its clause.
        int stop = j < pending.size() ? pending.get(j).measureStart : Integer.MAX_VALUE;
        return placed.stream().filter(p -> p.start() >= from.end && p.start() < stop && clauseOf(p.start(), clauseStarts) == from.clause)
                .count() == 1;
    }

    /** Whether the period is named between a change's own measure and its figure: "X for the year ended … decreased $A". */
    private static boolean ofChangeSubject(PeriodPhrases.Found phrase, Pending change) {
        return change.measureStart < change.start && phrase.start() >= change.measureStart && phrase.end() <= change.start;
    }

    /** Whether {@code position} stands in an aside ("…, primarily due to …", "… of which …"): a clause a clause break opens. */
    private static boolean inAside(int position, List<Integer> clauseStarts, List<Integer> asides) {
        int clause = clauseOf(position, clauseStarts);
        return clause > 0 && asides.contains(clauseStarts.get(clause - 1));
    }

    /**
     * Whether {@code position} stands in a clause describing a thing ("… costs that were recorded in …"), not past another
     * clause nor a figure: "Interest income, which was $13.3 million in fiscal 2018, …" states its subject's figure there.
     */
    private static boolean inRelativeClause(int position, List<Integer> clauseStarts, List<Integer> relatives, List<Figures.Found> figures) {
        return relatives.stream().anyMatch(r -> r <= position && clauseOf(r, clauseStarts) == clauseOf(position, clauseStarts)
                && figures.stream().noneMatch(f -> f.start() >= r && f.start() < position));
    }

    private static int clauseOf(int position, List<Integer> clauseStarts) {
        int clause = 0;
        for (int start : clauseStarts) {
            if (start <= position) {
                clause++;
            }
        }
        return clause;
    }

    /** Whether the figure comes straight after "compared to" or "from": it opens a clause of another period, never a range. */
    private static boolean afterComparison(String text, int figureStart, List<Integer> clauseStarts) {
        for (int start : clauseStarts) {
            if (start <= figureStart && text.substring(start, figureStart).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure or a named period follows at {@code at} (after an article at most): "from $51.8 million", "versus the prior year". */
    private boolean figureOrPeriodAt(String text, int at, List<PeriodPhrases.Found> placed) {
        String rest = text.substring(at);
        Matcher article = leadingArticle.matcher(rest);
        int skip = article.lookingAt() ? article.end() : 0;
        String next = rest.substring(skip).stripLeading();
        int start = at + rest.length() - next.length();
        if (!next.isEmpty() && (Character.isDigit(next.charAt(0)) || "$€£¥\\".indexOf(next.charAt(0)) >= 0)) {
            return true;
        }
        return placed.stream().anyMatch(p -> p.start() >= at && p.start() <= start + 1);
    }

    /** The text of [from, to) with the periods named in it replaced by a mark that no word matches. */
    private static String blankPeriods(String text, int from, int to, List<PeriodPhrases.Found> placed) {
        StringBuilder prefix = new StringBuilder(text.substring(from, to));
        for (PeriodPhrases.Found found : placed) {
            int start = Math.max(found.start(), from);
            int end = Math.min(found.end(), to);
            for (int k = start; k < end; k++) {
                prefix.setCharAt(k - from, '\u0000');
            }
        }
        return prefix.toString();
    }

    /**
     * What the words before a figure name: the words before its verb ("Revenue for the third
     * quarter of fiscal 2011 was"), without periods, articles or punctuation.
     */
    private String measure(String prefix) {
        String before = prefix;
        Matcher ownUnit = leadingPerShare.matcher(before);
        if (ownUnit.lookingAt()) {
            // "per diluted share" after the figure before belongs to that figure.
            before = before.substring(ownUnit.end());
        }
        if (before.indexOf('\u0000') >= 0) {
            // The words between periods nearest the figure: "… of its fiscal 2007 audited financial statements,
            // … (1) the revenues for the year ended December 31, 2007 are expected to be".
            String[] between = BLANKED.split(before, -1);
            String chosen = between[0];
            for (int k = between.length - 1; k >= 0; k--) {
                // "Pinnacle Foods net sales for fiscal 2019 (reflecting 213 days of Conagra Brands ownership) were": a
                // parenthesis just after a period speaks of the period, and names no measure.
                String rest = k > 0 ? LEADING_PARENTHESIS.matcher(between[k]).replaceFirst("") : between[k];
                if (hasWords(trim(rest))) {
                    chosen = rest;
                    break;
                }
            }
            before = chosen;
        }
        Matcher item = ENUMERATOR.matcher(before);
        int itemEnd = -1;
        while (item.find()) {
            itemEnd = item.end();
        }
        if (itemEnd >= 0) {
            // "anticipates that: (1) the revenues …": an item of a list starts its own measure.
            before = before.substring(itemEnd);
        }
        before = trim(before);
        int colon = before.lastIndexOf(':');
        String afterColon = colon >= 0 ? trim(before.substring(colon + 1)) : null;
        if (afterColon != null && hasWords(afterColon)) {
            // "Sales: CMS sales increased 59%", "Key changes in expenses were: • Cost of revenue increased": a colon ends a
            // run-in heading or an introduction, and the words after it are the sentence's own.
            before = afterColon;
        }
        // "Cash, cash equivalents, and marketable securities were …", "Selling, general and administrative expenses were …":
        // words with a comma are a list, an aside, or the name of one line that has commas in it. Kept whole: such a measure
        // names only a line of that very name (ClaimTies), and anything else is no line of the tables.
        // Trimmed already: trim stops where a step changes nothing, so trimming its result again gives it back.
        String measure = before;
        if (vague.matcher(measure).matches()) {
            // "compared to income of $485 million": a word, not a line.
            return "";
        }
        // "$35 million in Restructuring and $15 million …": words after a figure that describe it, not a measure.
        return leadingPreposition.matcher(measure).find() ? "" : withoutRepeatedHeading(measure);
    }

    /**
     * The measure without the company as the subject of its verb: "the Company recorded other operating charges of
     * $4,163 million" is of the line "Other operating charges". Not where the words say the figure is one item or a
     * part of the line: "recorded an other-than-temporary impairment charge of $25 million" is one charge of
     * several, "had income taxes payable of $2.7 billion related to a one-time transition tax" a part of the line;
     * nor where they say where the figure went ("recorded in operating expenses a $1.35 billion charge").
     */
    private String selfRecorded(String measure, String after) {
        Matcher self = selfRecording.matcher(measure);
        if (!self.lookingAt() || oneItem.matcher(measure.substring(self.end())).lookingAt()
                || asideAfter.matcher(after).lookingAt()) {
            return measure;
        }
        String recorded = trim(measure.substring(self.end()));
        // "We recorded in operating expenses a $1.35 billion charge": the words say where the figure went, not what it is;
        // "We incurred costs of $9.2 million": a word alone, which names no line.
        return leadingPreposition.matcher(recorded).find() || vague.matcher(recorded).matches() ? measure : recorded;
    }

    /**
     * The part of the company a document of one table is about, where its text opens with a heading that names it: "North
     * America" or "Cubic Mission Solutions" above a table of Revenues and Income from operations and the discussion of them.
     * An excerpt's heading is its title: the lines of its one table are that part's, and so are the measures its text names
     * with the heading's words or their initials ("CMS sales"). Not where the table names the part in a line or a column
     * (then it shows that part beside others), nor in a document of several tables (a heading of a filing's text speaks of
     * no one table). Null where there is no such heading.
     */
    private Subject subject(Document document) {
        if (document.tables().size() != 1 || document.paragraphs().isEmpty()) {
            return null;
        }
        String heading = plainSpaces(document.paragraphs().get(0).text()).strip();
        if (heading.isEmpty() || Figures.hasDigit(heading) || wordCount(heading) > HEADING_WORDS || !hasWords(heading)
                || !periods.find(heading, Mentions.fold(heading), near).isEmpty() || !Character.isLetter(heading.charAt(heading.length() - 1))) {
            return null;
        }
        String words = SPACES.matcher(heading).replaceAll(" ");
        StringBuilder initials = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        Subject subject = new Subject(words, initials.length() >= 2 ? initials.toString() : null);
        dev.crossfoot.model.Table table = document.tables().get(0);
        List<String> named = new ArrayList<>(table.columns());
        if (table.title() != null) {
            named.add(table.title());
        }
        table.rows().forEach(row -> named.add(row.label()));
        for (String text : named) {
            if (text != null && subject.namedIn(SPACES.matcher(text).replaceAll(" "))) {
                return null;
            }
        }
        return subject;
    }

    /** A heading's words and their initials ("Cubic Mission Solutions", "CMS"), found as whole words. */
    private record Subject(String words, String initials) {
        boolean namedIn(String text) {
            return opens(text, words, true) >= 0 || containsWords(text, words) || initials != null && containsWords(text, initials);
        }

        private static boolean containsWords(String text, String words) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }

        /** Where the rest of {@code text} starts after it opens with {@code words} and a space, else -1. */
        static int opens(String text, String words, boolean ignoreCase) {
            return text.length() > words.length() + 1 && text.regionMatches(ignoreCase, 0, words, 0, words.length())
                    && text.charAt(words.length()) == ' ' ? words.length() + 1 : -1;
        }

        /** Where the rest of a measure starts after the heading's words or its initials (as written), else -1. */
        int restOf(String measure) {
            int rest = opens(measure, words, true);
            return rest >= 0 || initials == null ? rest : opens(measure, initials, false);
        }
    }

    /**
     * A measure that opens with the heading's part ("North America net revenues", "CMS had operating income") is the
     * measure of the rest, as the lines of the document's one table are: "net revenues", "operating income" (the part as
     * the subject of its verb, as the company is: {@link #selfRecorded}). Only where the rest names something of its own: not
     * a preposition or an article ("North America of which", "Gross profit as a percentage of net sales" under "Gross
     * Profit"), not a word alone that names no line, nor one item.
     */
    private String ofSubject(String measure, Subject subject, String after) {
        if (subject == null || measure.isEmpty()) {
            return measure;
        }
        int rest = subject.restOf(measure);
        if (rest < 0) {
            return measure;
        }
        String of = measure.substring(rest).strip();
        Matcher verb = subjectVerb.matcher(of);
        if (verb.lookingAt()) {
            if (oneItem.matcher(of.substring(verb.end())).lookingAt() || asideAfter.matcher(after).lookingAt()) {
                return measure;
            }
            of = of.substring(verb.end()).strip();
        }
        Matcher lead = leadingArticle.matcher(of);
        if (!hasWords(of) || lead.lookingAt() && lead.end() > 0 || leadingPreposition.matcher(of).find() || vague.matcher(of).matches()
                || !trim(of).equals(of)) {
            return measure;
        }
        return of;
    }

    /**
     * "Net Sales Net sales": a heading run into the sentence under it that repeats it names the measure once;
     * so does one the sentence goes on from ("Gross Profit Gross profit as a percentage of net sales").
     */
    private static String withoutRepeatedHeading(String measure) {
        String[] words = SPACES.split(measure);
        for (int heading = words.length / 2; heading >= 1; heading--) {
            boolean repeated = true;
            for (int k = 0; k < heading && repeated; k++) {
                repeated = words[k].equalsIgnoreCase(words[heading + k]);
            }
            if (repeated) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, heading, words.length));
            }
        }
        return measure;
    }

    String trim(String text) {
        return trim(text, near);
    }

    /** {@link #trim} with its patterns at the end tried from every character: what it must equal, for tests. */
    String trimEverywhere(String text) {
        return trim(text, false);
    }

    private String trim(String text, boolean nearTheEnd) {
        String trimmed = text;
        while (true) {
            String next = (nearTheEnd ? trailingVerb.withoutMatch(trimmed) : trailingVerb.withoutMatchEverywhere(trimmed)).strip();
            next = nearTheEnd ? withoutTrailingMarks(next) : withoutTrailingMarksEverywhere(next);
            Matcher lead = leadingArticle.matcher(next);
            next = lead.lookingAt() ? next.substring(lead.end()) : next;
            if (next.equals(trimmed)) {
                return trimmed;
            }
            trimmed = next;
        }
    }

    /**
     * {@code TRAILING_MARKS} removed: the run of those marks the text ends with, found from its end. Where the text ends
     * with a line terminator that is no such mark (before which {@code $} also stands), the pattern's own answer.
     */
    static String withoutTrailingMarks(String text) {
        int end = text.length();
        if (end == 0) {
            return text;
        }
        char last = text.charAt(end - 1);
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return TRAILING_MARKS.matcher(text).replaceAll("");
        }
        int start = end;
        while (start > 0 && trailingMark(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? text : text.substring(0, start);
    }

    /** A character of {@code TRAILING_MARKS}' class. */
    private static boolean trailingMark(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',' || c == ';' || c == ':'
                || c == '-' || c == '\u2013' || c == '\u2014' || c == '(';
    }

    /** What {@code TRAILING_MARKS} replaced by nothing leaves: the law {@link #withoutTrailingMarks} keeps, for tests. */
    static String withoutTrailingMarksEverywhere(String text) {
        return TRAILING_MARKS.matcher(text).replaceAll("");
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** A measure a per-share figure inherits: "GAAP net income" for "or $0.01 per diluted share". */
    private String baseMeasure(String measure) {
        Matcher m = perShare.matcher(measure);
        return m.find() ? measure.substring(0, m.start()).strip() : measure;
    }

    private boolean measureNamesAdjusted(String measure) {
        return names.adjusted(measure);
    }

    private boolean measureNamesGaap(String measure) {
        return names.adjusted(measure) || names.says(ClaimCue.GAAP, measure);
    }

    private boolean perShareWord(String text, int after, ClaimCue cue) {
        Matcher m = perShare.matcher(text);
        return m.find(after) && m.start() - after <= 3 && names.says(cue, m.group());
    }
}
