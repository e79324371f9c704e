package dev.crossfoot.report;

import dev.crossfoot.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a finding that survives edits around it: a hash of rule, document, table,
 * reported row and column. Line numbers and JSON Pointers are left out on purpose, because a row
 * inserted above a finding moves both while the discrepancy stays the same. SARIF's
 * {@code partialFingerprints} and the {@code --baseline} file both use this one definition, so a
 * finding accepted in a baseline is the finding a code-scanning service tracks.
 *
 * <p>Two findings of one rule on two rows with the same label in the same column share a
 * fingerprint; whoever matches fingerprints counts them rather than treating them as a set.
 */
public final class Fingerprint {

    /** The key under which SARIF carries this fingerprint; the suffix versions the recipe. */
    public static final String SARIF_KEY = "crossfoot/v1";

    private Fingerprint() {
    }

    public static String of(Finding finding) {
        String row = finding.cells().isEmpty() ? "" : finding.cells().get(0).row();
        String identity = String.join("\u0000", finding.rule(), text(finding.document()), text(finding.table()),
                text(row), text(finding.column()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
