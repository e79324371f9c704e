package dev.crossfoot.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The seeded company split of issue 10: every real document belongs to the TUNING half or the
 * EVALUATION half according to its company, so that rules tuned on one half are measured on
 * companies they never saw. The half is the lowest bit of the first byte of
 * SHA-256("20261204:" + company key, lower case, trimmed): deterministic, independent of which
 * other companies a source holds (adding a source or a filing never moves a company), and the same
 * company lands in the same half in every source when its key is the same (tickers are used where
 * they are known: {@code fixtures/heldout/companies.tsv}).
 */
public final class HeldOutSplit {

    /** The seed of the split; changing it is a new experiment, not a tweak. */
    public static final long SEED = 20261204L;

    /** Which half a company is in. */
    public enum Half {
        TUNING, EVALUATION;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private HeldOutSplit() {
    }

    public static Half of(String companyKey) {
        if (companyKey == null || companyKey.isBlank()) {
            throw new IllegalArgumentException("a document without a company key cannot be split");
        }
        byte[] hash = sha256(SEED + ":" + companyKey.strip().toLowerCase(Locale.ROOT));
        return (hash[0] & 1) == 0 ? Half.TUNING : Half.EVALUATION;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
