package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SEC data sets read as an HTML filing is read, run on demand (about two minutes):
 * <pre>mvn -q -B -o test -Dtest=UnhintedEvaluation -Dcrossfoot.bench.unhinted=true</pre>
 * The data sets state each table's statement kind and each line's measure (its XBRL unit); an HTML
 * filing, a PDF or an extraction states neither, so understanding reads them from titles, labels and
 * numbers. This study checks every FSDS statement twice — as given and with those hints taken away
 * — and counts, per half of {@link HeldOutSplit}, checks evaluated and error findings by rule. A
 * finding the unhinted run adds is a misreading of the unhinted path on a statement the hinted run
 * reads. It also counts, per half, how the measure read from a line's label, headers and numbers
 * compares with the measure the data set states. Writes {@code target/unhinted-evaluation.md}, and
 * the tuning half's added findings and misread measures to {@code target/unhinted-tuning.txt}; the
 * evaluation half is counted, never listed.
 */
public class UnhintedEvaluation {

    /** The SEC data sets' quarters among the corpus sources. */
    static final List<CorpusSource> DATA_SETS = CorpusSource.all().stream()
            .filter(source -> source.name().startsWith("fsds-")).toList();

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.unhinted", matches = "true")
    void measure() throws Exception {
        System.out.println(evaluate(Path.of("target")));
    }

    static String evaluate(Path out) throws Exception {
        Crossfoot crossfoot = Crossfoot.standard();
        StringBuilder table = new StringBuilder("| source | half | checks: hinted | unhinted | errors: hinted | unhinted "
                + "| added by rule (unhinted less hinted, per document and rule) | lines whose measure is read otherwise | tables whose statement kind is read otherwise |\n"
                + "|---|---|---:|---:|---:|---:|---|---:|---:|\n");
        StringBuilder tuning = new StringBuilder();
        for (CorpusSource source : DATA_SETS) {
            Path zip = SharedData.path(source.path());
            if (!Files.exists(zip)) {
                table.append("| ").append(source.name()).append(" | not here | | | | | | | |\n");
                continue;
            }
            ReadResult hinted = Inputs.standard().readFile(zip, zip.toString(), false);
            ReadResult unhinted = new ReadResult(hinted.documents().stream().map(UnhintedEvaluation::withoutHints).toList(),
                    hinted.problems(), hinted.skipped());
            CheckRun withHints = crossfoot.check(List.of(zip.toString()), hinted);
            CheckRun without = crossfoot.check(List.of(zip.toString()), unhinted);
            Map<HeldOutSplit.Half, Tally> tallies = new EnumMap<>(HeldOutSplit.Half.class);
            for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
                tallies.put(half, new Tally());
            }
            Map<String, HeldOutSplit.Half> halves = new HashMap<>();
            for (Document document : hinted.documents()) {
                halves.put(document.id(), HeldOutSplit.of(source.company().of(zip.getFileName().toString(), document.id(),
                        document.entity())));
            }
            withHints.outcomes().stream().filter(UnhintedEvaluation::evaluated)
                    .forEach(o -> tallies.get(halves.get(o.document())).hintedChecks++);
            without.outcomes().stream().filter(UnhintedEvaluation::evaluated)
                    .forEach(o -> tallies.get(halves.get(o.document())).unhintedChecks++);
            Map<String, Integer> hintedErrors = new HashMap<>();
            for (Finding finding : withHints.findings()) {
                if (finding.severity() == dev.crossfoot.model.Severity.ERROR) {
                    tallies.get(halves.get(finding.document())).hintedErrors++;
                    hintedErrors.merge(finding.document() + "\t" + finding.rule(), 1, Integer::sum);
                }
            }
            for (Finding finding : without.findings()) {
                if (finding.severity() != dev.crossfoot.model.Severity.ERROR) {
                    continue;
                }
                HeldOutSplit.Half half = halves.get(finding.document());
                tallies.get(half).unhintedErrors++;
                String key = finding.document() + "\t" + finding.rule();
                if (hintedErrors.getOrDefault(key, 0) > 0) {
                    hintedErrors.merge(key, -1, Integer::sum);
                } else {
                    tallies.get(half).added.merge(finding.rule(), 1, Integer::sum);
                    if (half == HeldOutSplit.Half.TUNING) {
                        tuning.append(source.name()).append("\tadded\t").append(finding.document()).append('\t')
                                .append(finding.table()).append('\t').append(finding.rule()).append('\t')
                                .append(finding.message().replaceAll("\\s+", " ")).append('\n');
                    }
                }
            }
            Map<String, StatementTable> read = new HashMap<>();
            without.statements().forEach(statement -> read.put(statement.document().id() + "#" + statement.id(), statement));
            for (Document document : hinted.documents()) {
                HeldOutSplit.Half half = halves.get(document.id());
                for (Table given : document.tables()) {
                    StatementTable statement = read.get(document.id() + "#" + given.id());
                    if (statement == null) {
                        continue;
                    }
                    StatementKind statedKind = given.statement() == null ? null : StatementKind.parse(given.statement());
                    if (statedKind != null && statedKind != statement.kind()) {
                        String change = statedKind.label() + " read as " + statement.kind().label();
                        tallies.get(half).kinds.merge(change, 1, Integer::sum);
                        if (half == HeldOutSplit.Half.TUNING) {
                            tuning.append(source.name()).append("\tkind\t").append(document.id()).append('\t')
                                    .append(given.id()).append('\t').append(change).append('\t').append(given.title()).append('\n');
                        }
                    }
                    for (int r = 0; r < given.rows().size(); r++) {
                        Measure stated = given.rows().get(r).measure();
                        Measure readAs = statement.rows().get(r).measure();
                        if (stated != null && stated != readAs && given.rows().get(r).hasCells()) {
                            tallies.get(half).misread.merge(stated.name() + " read as " + readAs.name(), 1, Integer::sum);
                            if (half == HeldOutSplit.Half.TUNING) {
                                tuning.append(source.name()).append("\tmeasure\t").append(document.id()).append('\t')
                                        .append(given.id()).append('\t').append(stated).append(" read as ").append(readAs)
                                        .append('\t').append(given.rows().get(r).label()).append('\n');
                            }
                        }
                    }
                }
            }
            for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
                Tally t = tallies.get(half);
                table.append("| ").append(source.name()).append(" | ").append(half.label()).append(" | ")
                        .append(t.hintedChecks).append(" | ").append(t.unhintedChecks).append(" | ")
                        .append(t.hintedErrors).append(" | ").append(t.unhintedErrors).append(" | ")
                        .append(t.added.isEmpty() ? "—" : t.added.toString().replaceAll("[{}]", "")).append(" | ")
                        .append(t.misread.values().stream().mapToInt(Integer::intValue).sum())
                        .append(t.misread.isEmpty() ? "" : " (" + t.misread.toString().replaceAll("[{}]", "") + ")")
                        .append(" | ").append(t.kinds.values().stream().mapToInt(Integer::intValue).sum())
                        .append(t.kinds.isEmpty() ? "" : " (" + t.kinds.toString().replaceAll("[{}]", "") + ")")
                        .append(" |\n");
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("unhinted-tuning.txt"), tuning.toString());
        String text = "FSDS statements with and without the data set's hints (statement kind, line measures), seed "
                + HeldOutSplit.SEED + "\n\n" + table;
        Files.writeString(out.resolve("unhinted-evaluation.md"), text);
        return text;
    }

    private static boolean evaluated(dev.crossfoot.model.CheckOutcome outcome) {
        return outcome.status() != dev.crossfoot.model.CheckStatus.NOT_EVALUATED;
    }

    /** The document as an HTML filing would give it: no statement kind, no measure on any line. */
    static Document withoutHints(Document document) {
        List<Table> tables = new ArrayList<>();
        for (Table table : document.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row row : table.rows()) {
                rows.add(new Row(row.label(), row.depth(), row.concept(), row.cells(), row.location(), row.totalOf(), null));
            }
            tables.add(new Table(table.id(), table.title(), table.unit(), null, table.columns(), rows, table.location()));
        }
        return new Document(document.id(), document.entity(), document.form(), document.source(), document.file(), tables,
                document.paragraphs());
    }

    private static final class Tally {
        int hintedChecks;
        int unhintedChecks;
        int hintedErrors;
        int unhintedErrors;
        final Map<String, Integer> added = new TreeMap<>();
        final Map<String, Integer> misread = new TreeMap<>();
        /** Tables whose statement kind is read otherwise than the data set states it, by stated and read kind. */
        final Map<String, Integer> kinds = new TreeMap<>();
    }
}
