package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.Checker;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.check.Term;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clean canonical-JSON document for the diagnosis benchmark: its JSON tree (to alter one cell),
 * the checks its clean text gives (to tell whether an altered value is beyond rounding), and the
 * cells those checks cover. {@code source} names where it came from (the project's fixtures, or a
 * real data source whose clean tables were written as canonical JSON).
 */
final class Fixture {

    static final String PROJECT_FIXTURES = "fixtures";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final Path path;
    private final JsonNode tree;
    private final List<EvaluatedCheck> cleanChecks;
    /**
     * The cells errors go into when they were fixed by a pool written once ({@link CleanPool}), with
     * depth as given and with every depth removed; null when the checks of the build under test
     * decide them.
     */
    private final List<String> pinned;
    private final List<String> pinnedWithoutDepth;

    private Fixture(String source, Path path, JsonNode tree, List<EvaluatedCheck> cleanChecks, List<String> pinned,
                    List<String> pinnedWithoutDepth) {
        this.source = source;
        this.path = path;
        this.tree = tree;
        this.cleanChecks = cleanChecks;
        this.pinned = pinned;
        this.pinnedWithoutDepth = pinnedWithoutDepth;
    }

    static Fixture load(Path path) {
        try {
            return of(PROJECT_FIXTURES, path, JSON.readTree(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document built in memory; {@code path} only names it in locations and messages. */
    static Fixture of(String source, Path path, JsonNode tree) {
        try {
            ReadResult read = new JsonReader().read(path, path.toString(), JSON.writeValueAsBytes(tree));
            if (read.documents().size() != 1) {
                throw new IllegalArgumentException(path + ": expected one canonical JSON document, read " + read.problems());
            }
            List<EvaluatedCheck> checks = new Checker(RuleBook.builtIn()).check(read.documents().get(0)).checks();
            return new Fixture(source, path, tree, checks, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document with every {@code depth} removed: the unhinted path. */
    Fixture withoutDepth() {
        Fixture bare = of(source, path, DepthHints.removed(tree));
        return pinned == null ? bare : bare.withCells(pinnedWithoutDepth, null);
    }

    /**
     * The same document whose errors go into the given cells (JSON Pointers), whatever the checks of
     * the build under test cover: two builds measured on one pool draw the same errors.
     * {@code withoutDepth} are the cells of the document with every depth removed.
     */
    Fixture withCells(List<String> cells, List<String> withoutDepth) {
        return new Fixture(source, path, tree, cleanChecks, List.copyOf(cells), withoutDepth == null ? null : List.copyOf(withoutDepth));
    }

    /** Whether the cells errors go into were fixed by a pool rather than by this build's checks. */
    boolean cellsPinned() {
        return pinned != null;
    }

    /** JSON of the document as the pool stores it. */
    JsonNode tree() {
        return tree;
    }

    boolean hasDepth() {
        return DepthHints.count(tree) > 0;
    }

    String source() {
        return source;
    }

    /**
     * Every {@code .json} document under {@code fixtures/} except the test cases in
     * {@code fixtures/cases/}, which carry errors on purpose, and the {@code depth-variants/} of a
     * fixture (the same statements with other hints, measured on their own): the project's clean statements.
     */
    static List<Fixture> all(Path root) {
        Path cases = root.resolve("cases");
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".json") && !file.startsWith(cases)
                            && !file.toString().contains("depth-variants"))
                    .sorted().map(Fixture::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    List<EvaluatedCheck> cleanChecks() {
        return cleanChecks;
    }

    /** Cells used by at least one evaluated check of the clean document, and showing digits. */
    List<CoveredCell> coveredCells() {
        if (pinned != null) {
            return pinned.stream().map(pointer -> new CoveredCell(this, key(pointer), pointer, tree.at(pointer).asText())).toList();
        }
        Map<CellKey, CoveredCell> cells = new LinkedHashMap<>();
        for (EvaluatedCheck check : cleanChecks) {
            if (!check.evaluated()) {
                continue;
            }
            for (Term term : check.terms()) {
                String pointer = pointer(term.key());
                String text = tree.at(pointer).asText();
                if (CellText.split(text) != null) {
                    cells.putIfAbsent(term.key(), new CoveredCell(this, term.key(), pointer, text));
                }
            }
        }
        return new ArrayList<>(cells.values());
    }

    /** The text of another cell of the same table, or null when there is none. */
    String text(CellKey key) {
        JsonNode node = tree.at(pointer(key));
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** How many rows the table of a cell has. */
    int rows(int table) {
        return tree.at("/tables/" + table + "/rows").size();
    }

    /** The document with one cell's text replaced, as the bytes a reader gets. */
    byte[] withCell(String pointer, String text) {
        JsonNode copy = tree.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ArrayNode cells = (ArrayNode) copy.at(pointer.substring(0, slash));
        cells.set(Integer.parseInt(pointer.substring(slash + 1)), JSON.getNodeFactory().textNode(text));
        try {
            return JSON.writeValueAsBytes(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pointer(CellKey key) {
        return "/tables/" + key.table() + "/rows/" + key.row() + "/cells/" + key.column();
    }

    /** The cell a pointer of {@link #pointer} names. */
    static CellKey key(String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length != 7 || !parts[1].equals("tables") || !parts[3].equals("rows") || !parts[5].equals("cells")) {
            throw new IllegalArgumentException("not a cell's pointer: " + pointer);
        }
        return new CellKey(Integer.parseInt(parts[2]), Integer.parseInt(parts[4]), Integer.parseInt(parts[6]));
    }
}
