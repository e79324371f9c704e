package dev.crossfoot.report;

import dev.crossfoot.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a finding that survives edits around it: a hash of rule, the document's
 * identity, table, reported row and column. Line numbers and JSON Pointers are left out on
 * purpose, because a row inserted above a finding moves both while the discrepancy stays the
 * same; the file's path is left out because renaming or moving an input changes nothing in it.
 *
 * <p>Two recipes, tried in this order by {@code --baseline}: {@link #of} takes the document's
 * identity by content ({@link DocumentIdentities}: renames and moves keep it), {@link #byName}
 * its id (a table added to the document keeps that; it is also the recipe of version-1 baselines,
 * which so still match). SARIF's {@code partialFingerprints} carries
 * the first.
 *
 * <p>Two findings of one rule on two rows with the same label in the same column share a
 * fingerprint; whoever matches fingerprints counts them rather than treating them as a set.
 */
public final class Fingerprint {

    /** The key under which SARIF carries this fingerprint; the suffix versions the recipe. */
    public static final String SARIF_KEY = "crossfoot/v2";

    private Fingerprint() {
    }

    /** The finding's fingerprint by its document's identity (see {@link DocumentIdentities}). */
    public static String of(Finding finding, String documentIdentity) {
        return about(finding, documentIdentity);
    }

    /** The finding's fingerprint by its document's id (a declared id, or the file name without its extension). */
    public static String byName(Finding finding) {
        return about(finding, text(finding.document()));
    }

    private static String about(Finding finding, String document) {
        String row = finding.cells().isEmpty() ? "" : finding.cells().get(0).row();
        return hash(String.join("\u0000", finding.rule(), document, text(finding.table()), text(row), text(finding.column())));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
