package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.read.JsonLinesReader;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.ClaimFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link CorpusClaimsStudy}'s grouping on TAT-QA (issue 15, twelfth round), run on demand:
 * <pre>mvn -q -B -o test -Dtest=TatqaClaimsStudy -Dcrossfoot.bench.tatqaclaims=true</pre>
 * Each TAT-QA table is checked with its paragraphs; each claim left not evaluated whose figure a line sharing a word
 * with its measure states within rounding is grouped by why it is not evaluated. The tuning half's claims are listed
 * ({@code target/tatqa-claims-study.txt}), the evaluation half's counted only ({@code target/tatqa-claims-study.md}).
 */
public class TatqaClaimsStudy {

    /** The claim's years as said against the latest year a column names: "latest/latest-1". */
    private static String years(Claim found, List<String> columns) {
        int latest = 0;
        for (String column : columns) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(column);
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group()));
            }
        }
        String of = found.period() == null || found.period().fiscalYear() == null ? "?" : "latest" + (found.period().fiscalYear() - latest);
        String from = found.comparedWith() == null || found.comparedWith().fiscalYear() == null ? "" : "/latest" + (found.comparedWith().fiscalYear() - latest);
        return of + from;
    }

    /** How a table's columns are headed, in words no filer's: "year", "as of a day", "ended a day", "other". */
    private static String shape(List<String> columns) {
        java.util.Set<String> shapes = new java.util.TreeSet<>();
        for (String column : columns) {
            String c = column.toLowerCase(java.util.Locale.ROOT);
            shapes.add(c.matches(".*\\b(as of|at|balance)\\b.*") ? "as-of" : c.matches(".*\\b(ended|ending|weeks)\\b.*") ? "ended"
                    : c.matches(".*\\b(quarter|q[1-4])\\b.*") ? "quarter" : c.matches(".*\\b(19|20)\\d\\d\\b.*") ? "year"
                    : c.matches(".*(change|%|variance).*") ? "change" : c.isBlank() ? "blank" : "other");
        }
        return String.join("+", shapes);
    }

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.tatqaclaims", matches = "true")
    void study() throws IOException {
        Path tables = SharedData.require("corpus/extracted/tatqa-tables.jsonl.gz");
        Map<String, List<String>> paragraphs = new HashMap<>();
        for (String split : List.of("tatqa_dataset_dev.json.gz", "tatqa_dataset_test_gold.json.gz")) {
            Path path = SharedData.path("corpus/extracted/" + split);
            if (Files.exists(path)) {
                TextClaimsEvaluation.readParagraphs(path, paragraphs);
            }
        }
        ReadResult read = new JsonLinesReader().read(tables, tables.toString(), TextClaimsEvaluation.gunzip(tables));
        Crossfoot crossfoot = Crossfoot.standard();
        ClaimFinder finder = ClaimFinder.builtIn();
        Map<String, int[]> groups = new TreeMap<>();
        List<String> listed = new ArrayList<>();
        for (Document table : read.documents()) {
            List<String> texts = paragraphs.get(table.id().substring(table.id().indexOf(':') + 1));
            if (texts == null || texts.isEmpty()) {
                continue;
            }
            boolean tuning = HeldOutSplit.of(table.id()) == HeldOutSplit.Half.TUNING;
            Document document = TextClaimsEvaluation.withParagraphs(table, texts);
            CheckRun run = crossfoot.check(List.of(document.file()), new ReadResult(List.of(document), List.of()));
            List<CheckOutcome> claims = TextClaimsEvaluation.claims(run);
            for (Claim found : finder.find(document)) {
                CheckOutcome outcome = CorpusClaimsStudy.outcomeOf(claims, found);
                dev.crossfoot.model.Row[] line = new dev.crossfoot.model.Row[1];
                if (outcome == null || outcome.status() != CheckStatus.NOT_EVALUATED
                        || !TextClaimsEvaluation.someCellStates(document, found, row -> CorpusClaimsStudy.sharesAWord(row, found) && (line[0] = row) != null)) {
                    continue;
                }
                String group = CorpusClaimsStudy.group(found, outcome);
                if (group.startsWith("no table states")) {
                    // Counts only, for both halves: the kind of claim and period, and how the table's columns are headed.
                    group += " [" + found.kind().words() + ", " + (found.period() == null ? "no period" : found.period().type())
                            + (found.comparedWith() == null ? "" : " from " + found.comparedWith().type())
                            + "; columns " + shape(table.tables().get(0).columns()) + "; years " + years(found, table.tables().get(0).columns())
                            + (found.periodStated() ? "" : "; from the context") + "; document " + Math.abs(table.id().hashCode() % 97) + "]";
                }
                groups.computeIfAbsent(group, g -> new int[2])[tuning ? 0 : 1]++;
                if (tuning) {
                    listed.add(group + " | " + table.id() + " " + found.location().fragment() + " " + outcome.detail()
                            + "\n    line: " + line[0].label() + " " + line[0].cells().stream().map(c -> c.text()).toList()
                            + "\n    columns: " + table.tables().get(0).columns()
                            + "\n    " + found.sentence());
                }
            }
        }
        StringBuilder out = new StringBuilder("| why not evaluated | tuning | evaluation |\n|---|---|---|\n");
        groups.forEach((group, counts) -> out.append("| ").append(group).append(" | ").append(counts[0]).append(" | ").append(counts[1]).append(" |\n"));
        listed.sort(null);
        Files.writeString(Path.of("target", "tatqa-claims-study.md"), out);
        Files.write(Path.of("target", "tatqa-claims-study.txt"), listed);
        System.out.println(out);
    }
}
