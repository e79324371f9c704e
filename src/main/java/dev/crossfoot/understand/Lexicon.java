package dev.crossfoot.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label cues of every loaded language ({@code rules/lexicon/*.lexicon}, read by
 * {@link LexiconParser}): a label gives a cue when any language's phrases match it, so a table's
 * language need not be known. Labels are compared in their {@link Labels#normalise}d form.
 * <p>
 * The lexicon of a run is the built-in one plus the languages a {@code --rules} folder adds. The
 * checks of a document ask {@link #current()}, which is the lexicon the checker put {@link #use in
 * force} for that document on this thread, else the built-in one.
 */
public final class Lexicon {

    /** One phrase or regex of a cue, as a language file gives it. */
    public record Entry(Cue cue, String language, String kind, String text, Pattern pattern, int value, String where) {
        /** An entry whose pattern is asked of labels as it is (a regex), not joined into the cue's alternation of phrases. */
        boolean regex() {
            return kind.equals("regex") || kind.equals("form");
        }
    }

    private static final String INDEX = "rules/INDEX";
    private static final ThreadLocal<Lexicon> IN_FORCE = new ThreadLocal<>();
    /**
     * How many scopes, on any thread, hold a lexicon in force other than the built-in one. While
     * none does, {@link #current()} is the built-in lexicon on every thread and needs no look-up of
     * the thread's own: a run with the built-in rules asks it for every label, cue and line, and
     * the thread-local look-ups were some 3 % of checking (BENCHMARKS.md, "Issue 14, eleventh
     * round"). A thread that puts another lexicon in force counts itself first, so it never
     * misses its own; a thread that sees another's count late holds no other lexicon itself, so
     * the built-in one is its answer either way.
     */
    private static final java.util.concurrent.atomic.AtomicInteger OTHERS_IN_FORCE = new java.util.concurrent.atomic.AtomicInteger();
    private static volatile Lexicon builtIn;

    private final List<Entry> entries;
    private final Set<String> languages;
    /** Per cue: every phrase of every language in one alternation, the longest first. */
    private final Map<Cue, Pattern> phrases = new EnumMap<>(Cue.class);
    private final Map<Cue, List<Pattern>> regexes = new EnumMap<>(Cue.class);
    /**
     * The texts already asked about, with what each cue answered: each cue's alternation of every
     * language's phrases is asked of the same few labels once per line, candidate reading and
     * column, and that matching was the largest cost of checking. One entry per text, not one per
     * text and cue: an SEC quarter asked some 350,000 (text, cue) pairs of 20,000 labels, and a
     * memo per cue, each bounded alone, let the whole grow to forty times its bound. Bounded like
     * {@link Labels}'s memo.
     */
    private final BoundedMemo<String, Heard> heard = new BoundedMemo<>(30_000);

    /**
     * What the cues answered about one text, filled in as they are asked. Two threads may work out
     * the same cue at once; they write the same answer, so no lock is needed.
     */
    private static final class Heard {
        private static final byte UNKNOWN = 0;
        private static final byte NO = 1;
        private static final byte YES = 2;
        private static final int NOT_ASKED = -2;

        private final byte[] matches = new byte[Cue.values().length];
        /**
         * Where each cue first occurs (-1: nowhere): the reading of a line's effect on income asks
         * it of every line again for each sign convention a table is tried under. Few texts are
         * asked, so it is made on the first question.
         */
        private volatile int[] starts;

        int[] starts() {
            int[] known = starts;
            if (known == null) {
                known = new int[Cue.values().length];
                java.util.Arrays.fill(known, NOT_ASKED);
                starts = known;
            }
            return known;
        }

        /**
         * The text without each cue's first occurrence (null: not asked yet): inferring a table's
         * sections strips the total word from every total label against every open section, with
         * every pattern of the cue.
         */
        private volatile String[] stripped;

        String[] stripped() {
            String[] known = stripped;
            if (known == null) {
                known = new String[Cue.values().length];
                stripped = known;
            }
            return known;
        }

        /**
         * The text with each cue's every occurrence erased (null: not asked yet): a row's label and its section's heading
         * are stripped of the terms they quote for every row a table's structure classifies, and again for the tables of
         * the company's next documents, which repeat them.
         */
        private volatile String[] erased;

        String[] erased() {
            String[] known = erased;
            if (known == null) {
                known = new String[Cue.values().length];
                erased = known;
            }
            return known;
        }

        /**
         * Each cue's first occurrence (null: not asked yet): the activity a net-cash label names
         * and the exclusion a deduction states are asked of every line of a reading, for every
         * candidate reading and every rule that sorts lines by kind, and matching every pattern of
         * the cue each time was the largest single cost of checking the generated dataset at
         * steady state (BENCHMARKS.md, "Issue 14, eleventh round").
         */
        private volatile Optional<MatchResult>[] found;

        @SuppressWarnings("unchecked")
        Optional<MatchResult>[] found() {
            Optional<MatchResult>[] known = found;
            if (known == null) {
                known = new Optional[Cue.values().length];
                found = known;
            }
            return known;
        }
    }

    /** Compiled once: {@code String.replaceAll} compiles its pattern at every call. */
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(entry -> names.add(entry.language()));
        this.languages = Set.copyOf(names);
        for (Cue cue : Cue.values()) {
            List<Entry> own = entries.stream().filter(entry -> entry.cue() == cue).toList();
            List<String> alternatives = own.stream().filter(entry -> !entry.regex())
                    .sorted(Comparator.comparingInt((Entry entry) -> entry.text().length()).reversed())
                    .map(entry -> entry.pattern().pattern()).distinct().toList();
            if (!alternatives.isEmpty()) {
                phrases.put(cue, Pattern.compile("(?:" + String.join("|", alternatives) + ")", LexiconParser.FLAGS));
            }
            regexes.put(cue, own.stream().filter(Entry::regex).map(Entry::pattern).toList());
        }
    }

    /** The words of dates and periods, made on first use. */
    private volatile DateWords dateWords;

    /** The words column headers name dates and periods with, in every language of this lexicon. */
    public DateWords dateWords() {
        DateWords known = dateWords;
        if (known == null) {
            dateWords = known = new DateWords(this);
        }
        return known;
    }

    public static Lexicon empty() {
        return new Lexicon(List.of());
    }

    public static Lexicon parse(String file, String text) {
        return new Lexicon(LexiconParser.parse(file, text));
    }

    /** The lexicon files listed in the jar's {@code rules/INDEX}, read once. */
    public static Lexicon builtIn() {
        Lexicon known = builtIn;
        if (known == null) {
            Lexicon lexicon = empty();
            for (String line : resource(INDEX).split("\\R")) {
                String name = line.strip();
                if (name.endsWith(".lexicon")) {
                    lexicon = lexicon.with(parse("rules/" + name, resource("rules/" + name)));
                }
            }
            builtIn = known = lexicon;
        }
        return known;
    }

    /** The lexicon in force on this thread: the one a checker is using, else the built-in one. */
    public static Lexicon current() {
        if (OTHERS_IN_FORCE.get() == 0) {
            return builtIn();
        }
        Lexicon lexicon = IN_FORCE.get();
        return lexicon == null ? builtIn() : lexicon;
    }

    /** Puts this lexicon in force on this thread until the returned scope is closed. */
    public static Scope use(Lexicon lexicon) {
        Lexicon previous = IN_FORCE.get();
        boolean other = lexicon != builtIn;
        if (other) {
            OTHERS_IN_FORCE.incrementAndGet();
        }
        IN_FORCE.set(lexicon);
        return () -> {
            if (previous == null) {
                IN_FORCE.remove();
            } else {
                IN_FORCE.set(previous);
            }
            if (other) {
                OTHERS_IN_FORCE.decrementAndGet();
            }
        };
    }

    /** The time a lexicon is in force; closing it restores the one before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** This lexicon with another's phrases added: a language file of a {@code --rules} folder. */
    public Lexicon with(Lexicon other) {
        List<Entry> merged = new ArrayList<>(entries);
        merged.addAll(other.entries);
        return new Lexicon(merged);
    }

    /** The languages that gave phrases, by the code each file declares. */
    public Set<String> languages() {
        return languages;
    }

    /** The phrases and regexes of a cue, as the files give them. */
    public List<Entry> entries(Cue cue) {
        return entries.stream().filter(entry -> entry.cue() == cue).toList();
    }

    /** The regexes every language gives a cue, in the files' order: for texts no memo should keep (a page's captions). */
    public List<Pattern> regexes(Cue cue) {
        return regexes.get(cue);
    }

    /** Whether any language's phrases of the cue occur in the text (a normalised label). */
    public boolean matches(Cue cue, String text) {
        if (text == null) {
            return false;
        }
        return answer(heard.get(text, t -> new Heard()), cue, text);
    }

    /**
     * Whether either cue {@linkplain #matches matches} the text, its answers looked up once: a caller asking two cues of
     * one text each time (whether a line is a balance or an opening one, asked of every line of every reading of every
     * total) hashed it and looked it up among every text heard once per cue, which was most of the asking.
     */
    public boolean matchesEither(Cue first, Cue second, String text) {
        if (text == null) {
            return false;
        }
        Heard known = heard.get(text, t -> new Heard());
        return answer(known, first, text) || answer(known, second, text);
    }

    /**
     * The text's answers, looked up once, for a caller that asks several cues of it in turn: whether a label is a
     * total asks up to six (total, subtotal, named total, an activity's net cash but not its discontinued part,
     * comprehensive result) of every line of both readings of every table, and hashing the text and looking it up
     * among every text heard once per cue was most of that asking.
     */
    public Answers answers(String text) {
        return new Answers(this, text == null ? null : heard.get(text, t -> new Heard()), text);
    }

    /** One text's answers, as {@link #matches} gives each: worked out on the first question and kept with the text. */
    public static final class Answers {
        private final Lexicon lexicon;
        private final Heard heard;
        private final String text;

        private Answers(Lexicon lexicon, Heard heard, String text) {
            this.lexicon = lexicon;
            this.heard = heard;
            this.text = text;
        }

        /** Whether any language's phrases of the cue occur in the text; false for no text, as {@link #matches}. */
        public boolean matches(Cue cue) {
            return heard != null && lexicon.answer(heard, cue, text);
        }
    }

    /** The cue's answer about the text, as kept in its answers or worked out and kept there. */
    private boolean answer(Heard heardOfText, Cue cue, String text) {
        byte[] known = heardOfText.matches;
        byte answer = known[cue.ordinal()];
        if (answer == Heard.UNKNOWN) {
            answer = matched(cue, text) ? Heard.YES : Heard.NO;
            known[cue.ordinal()] = answer;
        }
        return answer == Heard.YES;
    }

    private boolean matched(Cue cue, String text) {
        Pattern phrase = phrases.get(cue);
        if (phrase != null && phrase.matcher(text).find()) {
            return true;
        }
        for (Pattern regex : regexes.get(cue)) {
            if (regex.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The cue's first occurrence in the text: earliest, and of those the longest. */
    public Optional<MatchResult> find(Cue cue, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<MatchResult>[] known = heard.get(text, t -> new Heard()).found();
        Optional<MatchResult> answer = known[cue.ordinal()];
        if (answer == null) {
            answer = firstOccurrence(cue, text);
            known[cue.ordinal()] = answer;
        }
        return answer;
    }

    /** The match results are snapshots ({@link Matcher#toMatchResult}): immutable, so one may be handed to every asker. */
    private Optional<MatchResult> firstOccurrence(Cue cue, String text) {
        MatchResult best = null;
        Pattern phrase = phrases.get(cue);
        List<Pattern> candidates = new ArrayList<>(regexes.get(cue));
        if (phrase != null) {
            candidates.add(0, phrase);
        }
        for (Pattern pattern : candidates) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find() && (best == null || matcher.start() < best.start()
                    || matcher.start() == best.start() && matcher.end() > best.end())) {
                best = matcher.toMatchResult();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where the cue first occurs in the text, or -1. */
    public int start(Cue cue, String text) {
        if (text == null) {
            return -1;
        }
        int[] known = heard.get(text, t -> new Heard()).starts();
        int answer = known[cue.ordinal()];
        if (answer == Heard.NOT_ASKED) {
            answer = find(cue, text).map(MatchResult::start).orElse(-1);
            known[cue.ordinal()] = answer;
        }
        return answer;
    }

    /** The text without the cue's first occurrence: "total revenue" without its total word is "revenue". */
    public String strip(Cue cue, String text) {
        if (text == null) {
            return null;
        }
        String[] known = heard.get(text, t -> new Heard()).stripped();
        String answer = known[cue.ordinal()];
        if (answer == null) {
            answer = find(cue, text).map(match -> SPACES.matcher(text.substring(0, match.start()) + " " + text.substring(match.end()))
                    .replaceAll(" ").strip())
                    .orElse(text);
            known[cue.ordinal()] = answer;
        }
        return answer;
    }

    /**
     * As {@link #erase}, kept with what the cues answered about the text (for labels and headings, which tables and
     * documents repeat; not for a page's captions, which no memo should keep).
     */
    public String erased(Cue cue, String text) {
        String[] known = heard.get(text, t -> new Heard()).erased();
        String answer = known[cue.ordinal()];
        if (answer == null) {
            answer = erase(cue, text);
            known[cue.ordinal()] = answer;
        }
        return answer;
    }

    /** The text with every occurrence of the cue removed. */
    public String erase(Cue cue, String text) {
        String rest = text;
        Pattern phrase = phrases.get(cue);
        if (phrase != null) {
            rest = phrase.matcher(rest).replaceAll("");
        }
        for (Pattern regex : regexes.get(cue)) {
            rest = regex.matcher(rest).replaceAll("");
        }
        return rest;
    }

    static String resource(String name) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
