package dev.crossfoot.bench;

import dev.crossfoot.model.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Error findings on real data that a reviewer read against the source and found to be real: the
 * source itself is garbled ("2.978,478" for 2,978,478) or does not add up. They are errors a
 * checker should give, so the held-out figures count them apart from the false ones. Each line of
 * {@link #LIST} names the document, table, rule, row and column of the finding, as the corpus
 * expectations do, and says why it is real; a finding is matched by all five.
 */
final class ReviewedFindings {

    static final Path LIST = Path.of("fixtures/heldout/reviewed-real-findings.tsv");

    private final Set<String> real = new HashSet<>();

    ReviewedFindings() {
        try {
            for (String line : Files.readAllLines(LIST)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 6 || fields[5].isBlank()) {
                    throw new IllegalStateException(LIST + ": every line needs document, table, rule, row, column and the reason: " + line);
                }
                real.add(String.join("\t", fields[0], fields[1], fields[2], fields[3], fields[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isReal(DocumentResult document, Finding finding) {
        String row = finding.cells().isEmpty() ? "" : oneLine(finding.cells().get(0).row());
        return real.contains(String.join("\t", document.name(), finding.table(), finding.rule(), row, oneLine(finding.column())));
    }

    int size() {
        return real.size();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
