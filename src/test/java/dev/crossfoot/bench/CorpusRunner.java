package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a real data source one file at a time (a folder of filings would otherwise hold every
 * filing's understood tables at once) and splits each run into one {@link DocumentResult} per
 * document, with its company and half. Input findings that name no document read (a file that
 * cannot be read at all) become a result of their own, so nothing is dropped.
 */
public final class CorpusRunner {

    /** Whether a source could be checked: it is missing here, not readable by crossfoot yet, or read. */
    public record SourceRun(CorpusSource source, String problem, List<DocumentResult> documents) {
        public boolean read() {
            return problem == null;
        }
    }

    private final Crossfoot crossfoot = Crossfoot.standard();
    private final Inputs inputs = Inputs.standard();

    public SourceRun run(CorpusSource source) throws IOException {
        Path root = SharedData.path(source.path());
        if (!Files.exists(root)) {
            return new SourceRun(source, "not here: " + root, List.of());
        }
        List<DocumentResult> results = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            try {
                CheckRun run = crossfoot.check(List.of(root));
                if (run.documents().isEmpty()) {
                    return new SourceRun(source, "crossfoot reads no document from it yet", List.of());
                }
                results.addAll(split(source, root.getFileName().toString(), run));
            } catch (Inputs.UnreadablePath notYet) {
                return new SourceRun(source, "crossfoot cannot read it yet (" + notYet.getMessage() + ")", List.of());
            }
            return new SourceRun(source, null, results);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            ReadResult read = inputs.readFile(file, file.toString(), true);
            if (read.documents().isEmpty() && read.problems().isEmpty()) {
                continue; // no format crossfoot reads (a folder's README, say): `crossfoot check DIR` passes it over too
            }
            results.addAll(split(source, root.relativize(file).toString(), crossfoot.check(List.of(file.toString()), read)));
        }
        return new SourceRun(source, null, results);
    }

    private static List<DocumentResult> split(CorpusSource source, String file, CheckRun run) {
        Map<String, List<CheckOutcome>> outcomes = new HashMap<>();
        run.outcomes().forEach(outcome -> outcomes.computeIfAbsent(outcome.document(), d -> new ArrayList<>()).add(outcome));
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        run.findings().forEach(finding -> findings.computeIfAbsent(finding.document(), d -> new ArrayList<>()).add(finding));
        Map<String, Map<String, StatementKind>> kinds = new HashMap<>();
        for (StatementTable table : run.statements()) {
            kinds.computeIfAbsent(table.document().id(), d -> new HashMap<>()).put(table.id(), table.kind());
        }
        boolean several = run.documents().size() > 1;
        List<DocumentResult> results = new ArrayList<>();
        for (Document document : run.documents()) {
            String company = source.company().of(file, document.id(), document.entity());
            results.add(new DocumentResult(source, several ? file + "#" + document.id() : file, company,
                    HeldOutSplit.of(company), document.tables().size(), outcomes.getOrDefault(document.id(), List.of()),
                    findings.getOrDefault(document.id(), List.of()), kinds.getOrDefault(document.id(), Map.of())));
            findings.remove(document.id());
        }
        findings.forEach((unread, left) -> {
            String company = source.company().of(file, unread, "");
            results.add(new DocumentResult(source, file + "#" + unread, company, HeldOutSplit.of(company), 0, List.of(),
                    left, Map.of()));
        });
        return results;
    }
}
