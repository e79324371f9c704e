package dev.crossfoot.bench;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.ClaimFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the text claims of real filings fail to tie, studied on the tuning half's companies only (issue 15, tenth
 * round), run on demand:
 * <pre>mvn -q -B -o test -Dtest=CorpusClaimsStudy -Dcrossfoot.bench.corpusclaims=true</pre>
 * Every filing of the HTML corpus, the older filings and the earnings releases whose company {@link HeldOutSplit}
 * puts in the tuning half is checked on its own; each claim it leaves not evaluated whose figure some cell of the
 * same document states within rounding ({@link TextClaimsEvaluation#someCellStates}) is grouped by why it is not
 * evaluated — the reason's first words, and for a claim not plain, the reason the finder withholds judgement. A
 * group is a candidate mechanism when it recurs across several companies and documents, not one company's phrase;
 * so each group counts its companies and documents. The evaluation half's companies are counted, never listed.
 * Writes {@code target/corpus-claims-study.md} (the groups) and {@code target/corpus-claims-study.txt} (the tuning
 * half's claims by group, with their sentences).
 */
public class CorpusClaimsStudy {

    /** The counts of one group of claims: how many, of how many companies and documents. */
    private static final class Group {
        int claims;
        final Set<String> companies = new TreeSet<>();
        final Set<String> documents = new TreeSet<>();
    }

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.corpusclaims", matches = "true")
    void study() throws IOException {
        ClaimFinder finder = ClaimFinder.builtIn();
        Map<String, Group> tuning = new TreeMap<>();
        Map<String, Integer> evaluation = new TreeMap<>();
        List<String> listed = new ArrayList<>();
        int[] totals = new int[4];
        CorpusRunner runner = new CorpusRunner();
        for (CorpusSource source : List.of(CorpusSource.HTML_10K_10Q, CorpusSource.OLDER_FILINGS,
                CorpusSource.all().get(2))) {
            runner.forEach(source, (result, document) -> {
                List<CheckOutcome> claims = result.outcomes().stream()
                        .filter(outcome -> outcome.rule().equals("TEXT.claim-ties")).toList();
                boolean tuningHalf = result.half() == HeldOutSplit.Half.TUNING;
                totals[tuningHalf ? 0 : 2] += claims.size();
                for (Claim found : finder.find(document)) {
                    CheckOutcome outcome = outcomeOf(claims, found);
                    // The rows are tried in order and the first that states the figure ends the search: the last one accepted.
                    dev.crossfoot.model.Row[] line = new dev.crossfoot.model.Row[1];
                    if (outcome == null || outcome.status() != CheckStatus.NOT_EVALUATED
                            || !TextClaimsEvaluation.someCellStates(document, found, row -> sharesAWord(row, found) && (line[0] = row) != null)) {
                        continue;
                    }
                    totals[tuningHalf ? 1 : 3]++;
                    String group = group(found, outcome);
                    if (!tuningHalf) {
                        evaluation.merge(group, 1, Integer::sum);
                        continue;
                    }
                    Group counts = tuning.computeIfAbsent(group, g -> new Group());
                    counts.claims++;
                    counts.companies.add(result.company());
                    counts.documents.add(result.name());
                    listed.add(group + " | " + result.company() + " " + found.location() + " " + outcome.detail()
                            + "\n    line: " + line[0].label() + " " + line[0].cells().stream().map(c -> c.text()).toList()
                            + "\n    " + found.sentence());
                }
            });
        }
        StringBuilder table = new StringBuilder("Claims found: tuning companies " + totals[0] + ", evaluation companies "
                + totals[2] + "; not evaluated though some cell of the document states the figure: " + totals[1] + " and "
                + totals[3] + ".\n\n| why not evaluated | tuning: claims | companies | documents | evaluation: claims |\n|---|---|---|---|---|\n");
        tuning.entrySet().stream().sorted((a, b) -> b.getValue().companies.size() - a.getValue().companies.size())
                .forEach(e -> table.append("| ").append(e.getKey()).append(" | ").append(e.getValue().claims).append(" | ")
                        .append(e.getValue().companies.size()).append(" ").append(e.getValue().companies).append(" | ")
                        .append(e.getValue().documents.size()).append(" | ").append(evaluation.getOrDefault(e.getKey(), 0)).append(" |\n"));
        evaluation.keySet().stream().filter(group -> !tuning.containsKey(group)).forEach(group ->
                table.append("| ").append(group).append(" | 0 | 0 | 0 | ").append(evaluation.get(group)).append(" |\n"));
        listed.sort(null);
        Files.writeString(Path.of("target", "corpus-claims-study.md"), table);
        Files.write(Path.of("target", "corpus-claims-study.txt"), listed);
        System.out.println(table);
    }

    /**
     * Whether a line's label shares a word of four letters or more with the claim's measure: a filing has
     * thousands of cells, so a figure some cell states is most often a coincidence; one a line named alike states is
     * a candidate tie.
     */
    static boolean sharesAWord(dev.crossfoot.model.Row row, Claim claim) {
        Set<String> measure = words(claim.measure());
        String label = row.label();
        return words(label).stream().anyMatch(measure::contains);
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 4) {
                words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }

    /** The outcome of a claim the finder found: the one at its location stating its figure. */
    static CheckOutcome outcomeOf(List<CheckOutcome> claims, Claim found) {
        for (CheckOutcome claim : claims) {
            var stated = claim.cells().get(0);
            if (stated.location().equals(found.location()) && stated.text().equals(found.figureText())) {
                return claim;
            }
        }
        return null;
    }

    /** The reason's first words, figures and quotes blanked; for a claim not plain, why the finder withheld judgement. */
    static String group(Claim found, CheckOutcome outcome) {
        if (!found.plain()) {
            return "not plain: " + found.plainness().words();
        }
        String reason = outcome.detail().replaceAll("^.*?\\): ", "")
                .replaceAll("^(no line of the tables states|no table states|ambiguous: the tables (state|give)) .*", "$1 …")
                .replaceAll("\\((which the figure|one of which|none of which)[^)]*\\)|, (one|none) of which the figure agrees with", "");
        return reason.replaceAll("'[^']*'|\\d[\\d,.]*", "#").replaceAll("^(\\S+(?:\\s+\\S+){0,6}).*$", "$1");
    }
}
