package dev.crossfoot.bench;

import dev.crossfoot.model.CheckStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The exact error findings a corpus source gives, committed under {@code fixtures/corpus-expected/}
 * so that a reviewer sees every finding that appears or vanishes: trading one false finding for
 * another fails, and so does evaluating fewer checks than 99 % of the committed count
 * (not-evaluating is no way to pass). After a change that is meant to move them, regenerate with
 * {@code -Dcrossfoot.corpus.rewrite=true} and review the diff.
 */
public final class CorpusExpectations {

    public static final Path FOLDER = Path.of("fixtures/corpus-expected");
    private static final Pattern EVALUATED = Pattern.compile("^# checks evaluated: (\\d+)");

    private CorpusExpectations() {
    }

    public static boolean rewriting() {
        return Boolean.getBoolean("crossfoot.corpus.rewrite");
    }

    /** Compares the source's error findings and evaluated checks with its committed list, or rewrites the list. */
    public static void verify(String source, List<DocumentResult> documents) throws IOException {
        Path file = FOLDER.resolve(source + ".txt");
        List<String> actual = new ArrayList<>();
        long evaluated = 0;
        for (DocumentResult document : documents) {
            actual.addAll(document.expectationLines());
            evaluated += document.count(CheckStatus.PASSED) + document.count(CheckStatus.FAILED);
        }
        actual.sort(null);
        if (rewriting()) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, header(source, documents.size(), evaluated) + String.join("\n", actual)
                    + (actual.isEmpty() ? "" : "\n"));
            return;
        }
        assertTrue(Files.exists(file), file + " is missing: write it with -Dcrossfoot.corpus.rewrite=true and review it");
        List<String> expected = new ArrayList<>();
        long committedEvaluated = -1;
        for (String line : Files.readAllLines(file)) {
            Matcher count = EVALUATED.matcher(line);
            if (count.find()) {
                committedEvaluated = Long.parseLong(count.group(1));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line);
            }
        }
        String diff = diff(expected, actual);
        if (!diff.isEmpty()) {
            fail(source + ": the error findings differ from " + file + " (" + expected.size() + " expected, " + actual.size()
                    + " now)\n" + diff + "if the change is meant, rerun with -Dcrossfoot.corpus.rewrite=true and review the diff");
        }
        long floor = floor(committedEvaluated);
        assertTrue(evaluated >= floor, source + ": " + evaluated + " checks evaluated, fewer than the floor " + floor
                + " (" + committedEvaluated + " in " + file + ", less 1 %): a check not evaluated is no check passed");
    }

    /** The committed count less 1 % of it (whole checks). */
    static long floor(long evaluated) {
        return evaluated - evaluated / 100;
    }

    private static String header(String source, int documents, long evaluated) {
        return "# Error findings crossfoot gives today on the shared corpus source " + source + " (" + documents
                + " documents), one a line:\n"
                + "# half | filing | table | rule | reported row | column. Compared exactly by the corpus findings test;\n"
                + "# regenerate after a change meant to move them with -Dcrossfoot.corpus.rewrite=true, and review the diff.\n"
                + "# checks evaluated: " + evaluated + " (the test fails below " + floor(evaluated) + ", 1 % less)\n";
    }

    /** Lines only in one of the two multisets, marked + (new) and - (vanished). */
    static String diff(List<String> expected, List<String> actual) {
        Map<String, Integer> balance = new TreeMap<>();
        actual.forEach(line -> balance.merge(line, 1, Integer::sum));
        expected.forEach(line -> balance.merge(line, -1, Integer::sum));
        StringBuilder added = new StringBuilder();
        StringBuilder vanished = new StringBuilder();
        balance.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                (count > 0 ? added : vanished).append(count > 0 ? "  + " : "  - ").append(line).append('\n');
            }
        });
        return (added.isEmpty() ? "" : "new findings:\n" + added) + (vanished.isEmpty() ? "" : "vanished findings:\n" + vanished);
    }
}
