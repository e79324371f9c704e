package dev.crossfoot.understand;

import dev.crossfoot.check.CheckedFixtures;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of the concept dictionary's screens: a label's entries (its patterns matching, its exceptions not) found
 * through the first character's index and the pairs of adjacent characters every match needs
 * ({@link Glob#mayMatch}), and kept per label, are the entries every pattern of every entry matched the plain way
 * admits, in the same order.
 */
class ConceptPatternScreenProperties {

    private static final ConceptDictionary CONCEPTS = RuleBook.builtIn().concepts();

    /** The built-in concept files' patterns as written, and the words they are written with: labels made of them match often. */
    private static final List<String> PATTERNS = patterns(false);
    private static final List<String> WORDS = patterns(true);

    @Property(tries = 3000)
    @Label("a label made of the patterns' words, cut and joined anyhow, admits the entries the plain way admits, asked once or again")
    void screenedAsPlain(@ForAll("labels") String label) {
        String normal = Labels.normalise(label);
        if (normal.isEmpty()) {
            return;
        }
        int[] plain = CONCEPTS.entriesMatchingPlain(normal);
        Statistics.label("admitted").collect(plain.length > 0);
        assertArrayEquals(plain, CONCEPTS.entriesMatching(normal), normal);
        assertArrayEquals(plain, CONCEPTS.entriesMatching(normal), normal + " (asked again)");
    }

    @Example
    @Label("every label of the fixture documents (cases, Sonus, FSDS, earnings releases) admits the entries the plain way admits")
    void fixtureLabels() throws Exception {
        Set<String> labels = new LinkedHashSet<>();
        for (Document document : CheckedFixtures.documents()) {
            for (Table table : document.tables()) {
                for (Row row : table.rows()) {
                    labels.add(Labels.normalise(row.label()));
                }
            }
        }
        labels.remove("");
        int admitted = 0;
        for (String normal : labels) {
            int[] plain = CONCEPTS.entriesMatchingPlain(normal);
            admitted += plain.length > 0 ? 1 : 0;
            assertArrayEquals(plain, CONCEPTS.entriesMatching(normal), normal);
        }
        assertTrue(labels.size() > 1000 && admitted > 300, labels.size() + " labels, " + admitted + " admitted");
    }

    @Example
    @Label("the screen turns a text down only for what every match needs: the parts' length and their adjacent pairs")
    void screenNeeds() {
        Glob pattern = Glob.of("*income tax*");
        assertTrue(pattern.mayMatch("provision for income taxes", Glob.pairsOf("provision for income taxes")));
        assertFalse(pattern.mayMatch("income", Glob.pairsOf("income")));
        assertFalse(pattern.mayMatch("net sales and other revenue", Glob.pairsOf("net sales and other revenue")));
        assertTrue(Glob.of("*").mayMatch("", Glob.pairsOf("")));
        // The parts stand apart in a match: "a*a" needs two characters, as its regex does.
        assertFalse(Glob.of("a*a").mayMatch("a", Glob.pairsOf("a")));
        assertTrue(Glob.of("a*a").mayMatch("aa", Glob.pairsOf("aa")));
    }

    @Property(tries = 3000)
    @Label("a pattern the screen turns a text down for does not match it, on any pattern and text of a few characters")
    void screenNeverTurnsDownAMatch(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        Glob glob = Glob.of(pattern);
        if (!glob.mayMatch(text, Glob.pairsOf(text))) {
            assertFalse(glob.matches(text), pattern + " / " + text);
        }
    }

    @Property(tries = 3000)
    @Label("a label made of a pattern with its stars filled anyhow (nothing, words, text across a line break) admits the entries the plain way admits")
    void filledPatternsAsPlain(@ForAll("filledPatterns") String label) {
        screenedAsPlain(label);
    }

    @Provide
    Arbitrary<String> filledPatterns() {
        Arbitrary<String> filler = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(WORDS).map(w -> w + " "),
                Arbitraries.of(WORDS).map(w -> " " + w), Arbitraries.strings().withChars("abcdeinorst' -\n").ofMaxLength(5));
        return Arbitraries.of(PATTERNS).flatMap(pattern -> {
            String[] parts = pattern.split("\\*", -1);
            return filler.list().ofSize(parts.length).map(fills -> {
                StringBuilder label = new StringBuilder(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    label.append(fills.get(i)).append(parts[i]);
                }
                return label.toString();
            });
        });
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.of(WORDS).map(w -> w.substring(0, Math.max(1, w.length() / 2))),
                Arbitraries.strings().withChars("abcdeinorst'()-,.%&/\n ").ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", ", ", "-", " - ", "", ": ", " (", ") ");
        return Arbitraries.integers().between(1, 7).flatMap(n -> Arbitraries.just("").map(x -> "")
                .flatMap(start -> word.list().ofSize(n).flatMap(words -> glue.list().ofSize(n).map(glues -> {
                    StringBuilder label = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        label.append(words.get(i)).append(i + 1 < n ? glues.get(i) : "");
                    }
                    return label.toString();
                }))));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab *\\EQ’A").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab \n\r\u0085\u2028\\EQ'\ud83d\ude00").ofMaxLength(9),
                Arbitraries.strings().withChars("ab ").ofMaxLength(6));
    }

    private static List<String> patterns(boolean words) {
        Set<String> found = new LinkedHashSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("rules")), Files.list(Path.of("rules/lexicon")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".concepts")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    int quote = line.indexOf('"');
                    while (quote >= 0) {
                        int end = line.indexOf('"', quote + 1);
                        if (end < 0) {
                            break;
                        }
                        String pattern = line.substring(quote + 1, end);
                        if (!words) {
                            found.add(pattern);
                        }
                        for (String word : words ? pattern.split("[*\\s]+") : new String[0]) {
                            if (!word.isEmpty()) {
                                found.add(word);
                            }
                        }
                        quote = line.indexOf('"', end + 1);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ArrayList<>(found);
    }
}
