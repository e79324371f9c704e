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
import java.util.function.BiConsumer;
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
        List<DocumentResult> results = new ArrayList<>();
        String problem = forEach(source, (result, document) -> results.add(result));
        return new SourceRun(source, problem, problem == null ? results : List.of());
    }

    /**
     * Checks the source and hands each document's result to {@code each} with the document as
     * read (its tables and rows), one file at a time. Returns why the source could not be checked,
     * or null.
     */
    public String forEach(CorpusSource source, BiConsumer<DocumentResult, Document> each) throws IOException {
        Path root = SharedData.path(source.path());
        if (!Files.exists(root)) {
            return "not here: " + root;
        }
        if (!Files.isDirectory(root)) {
            try {
                CheckRun run = crossfoot.check(List.of(root));
                if (run.documents().isEmpty()) {
                    return "crossfoot reads no document from it yet";
                }
                split(source, root.getFileName().toString(), run, each);
            } catch (Inputs.UnreadablePath notYet) {
                return "crossfoot cannot read it yet (" + notYet.getMessage() + ")";
            }
            return null;
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
            split(source, root.relativize(file).toString(), crossfoot.check(List.of(file.toString()), read), each);
        }
        return null;
    }

    private static void split(CorpusSource source, String file, CheckRun run, BiConsumer<DocumentResult, Document> each) {
        Map<String, List<CheckOutcome>> outcomes = new HashMap<>();
        run.outcomes().forEach(outcome -> outcomes.computeIfAbsent(outcome.document(), d -> new ArrayList<>()).add(outcome));
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        run.findings().forEach(finding -> findings.computeIfAbsent(finding.document(), d -> new ArrayList<>()).add(finding));
        Map<String, Map<String, StatementKind>> kinds = new HashMap<>();
        for (StatementTable table : run.statements()) {
            kinds.computeIfAbsent(table.document().id(), d -> new HashMap<>()).put(table.id(), table.kind());
        }
        boolean several = run.documents().size() > 1;
        for (Document document : run.documents()) {
            String company = source.company().of(file, document.id(), document.entity());
            each.accept(new DocumentResult(source, several ? file + "#" + document.id() : file, company,
                    HeldOutSplit.of(company), document.tables().size(), outcomes.getOrDefault(document.id(), List.of()),
                    findings.getOrDefault(document.id(), List.of()), kinds.getOrDefault(document.id(), Map.of())), document);
            findings.remove(document.id());
        }
        findings.forEach((unread, left) -> {
            String company = source.company().of(file, unread, "");
            each.accept(new DocumentResult(source, file + "#" + unread, company, HeldOutSplit.of(company), 0, List.of(),
                    left, Map.of()), new Document(unread, "", "", "", file, List.of()));
        });
    }
}
