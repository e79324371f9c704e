package dev.crossfoot.bench;

import dev.crossfoot.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * How the company of a document is known, for the held-out split: from the file's first folder
 * (the corpus's ticker folders), from the committed list {@code fixtures/heldout/companies.tsv},
 * from the document's id (extracted tables that name no company), or from its entity name
 * (Financial Statement Data Sets).
 */
@FunctionalInterface
public interface CompanyKey {

    Path LIST = Path.of("fixtures/heldout/companies.tsv");

    /**
     * The company key of a document; {@code file} is its path inside the source ("aapl/10k/…"),
     * {@code entity} may be blank.
     */
    String of(String file, String documentId, String entity);

    static CompanyKey firstFolder() {
        return (file, documentId, entity) -> {
            int slash = file.indexOf('/');
            if (slash <= 0) {
                throw new IllegalStateException(file + ": expected a file inside a company folder (<ticker>/…)");
            }
            return file.substring(0, slash);
        };
    }

    static CompanyKey documentId() {
        return (file, documentId, entity) -> documentId;
    }

    static CompanyKey entity() {
        return (file, documentId, entity) -> entity == null || entity.isBlank() ? documentId : entity;
    }

    /** The company that {@link #LIST} gives the file of this source; a file it does not name is an error, never a guess. */
    static CompanyKey listed(String source) {
        record Entry(PathMatcher glob, String company) { }
        List<Entry> entries = new ArrayList<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(LIST)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 3) {
                    throw new IllegalStateException(LIST + ":" + number + ": expected source, glob and company key separated by tabs");
                }
                if (fields[0].equals(source)) {
                    entries.add(new Entry(FileSystems.getDefault().getPathMatcher("glob:" + fields[1]), fields[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (file, documentId, entity) -> entries.stream().filter(entry -> entry.glob().matches(Path.of(file)))
                .map(Entry::company).findFirst()
                .orElseThrow(() -> new IllegalStateException(SharedData.path("corpus/" + source).resolve(file)
                        + ": no company for this file in " + LIST + "; add a line for it"));
    }
}
