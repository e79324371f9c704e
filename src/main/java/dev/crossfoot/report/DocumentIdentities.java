package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * Each document's identity by what it holds, not where it lies: a hash of its entity, form, and
 * every table's title (unless it only repeats the file's name) and column headings. Renaming or moving the file keeps it, and so does
 * correcting a figure (numbers and row labels are left out; row labels too, because a run that
 * renders no HTML keeps only an outline of each table, and the identity must not depend on the
 * report formats asked for). A document that could not be read has no content to go by: its
 * identity is its name.
 */
public final class DocumentIdentities {

    private final Map<String, String> byDocument;

    private DocumentIdentities(Map<String, String> byDocument) {
        this.byDocument = byDocument;
    }

    public static DocumentIdentities of(CheckRun run) {
        Map<String, String> identities = new HashMap<>();
        for (Document document : run.documents()) {
            identities.put(document.id(), identity(document));
        }
        return new DocumentIdentities(identities);
    }

    /** The identity of the finding's document. */
    public String of(Finding finding) {
        String document = finding.document() == null ? "" : finding.document();
        return byDocument.getOrDefault(document, "name:" + document);
    }

    private static String identity(Document document) {
        StringBuilder content = new StringBuilder();
        content.append(document.entity()).append('\u0001').append(document.form());
        for (Table table : document.tables()) {
            // A title that only repeats the file's name (a CSV file has no other) says nothing of the content.
            String title = table.title().isEmpty() ? table.id() : table.title();
            content.append('\u0002').append(plain(title).equals(plain(document.id())) ? "" : title);
            for (String column : table.columns()) {
                content.append('\u0001').append(column);
            }
        }
        return "content:" + Fingerprint.hash(content.toString());
    }

    private static String plain(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_\\s]+", " ").strip();
    }
}
