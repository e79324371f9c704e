package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a table's numbers bear out the structure its line order shows. A statement lists each
 * section's lines beside the total that adds them, so most of its totals add up under some reading
 * of the lines around them, in some column; a single wrong cell breaks one total, or a total and
 * the total above it. A table most of whose totals add up in no column at all was not listed in
 * the order of its structure (a data set whose presentation was flattened from another tree, an
 * extraction that shuffled rows): where a line stands says nothing about what it adds to, the same
 * conclusion {@link StatementOrder} draws from two named lines the wrong way round.
 */
final class SectionsByNumbers {

    /**
     * Fewer totals that add up nowhere are what one or two wrong cells do to a table: a wrong line
     * breaks its section's total, a wrong subtotal that and the grand total above it.
     */
    static final int MIN_UNEXPLAINED = 3;

    private SectionsByNumbers() {
    }

    /**
     * Why the section footing {@code footing} of one table says its line order is not its structure,
     * or empty: at least {@link #MIN_UNEXPLAINED} totals add up in no column under any reading, and
     * more than add up in one.
     */
    static Optional<String> unexplained(List<EvaluatedCheck> footing) {
        Map<Integer, Boolean> addsUp = new HashMap<>();
        for (EvaluatedCheck check : footing) {
            if (check.reported() == null) {
                continue;
            }
            int total = check.reported().row().index();
            if (check.status() == CheckStatus.PASSED) {
                addsUp.put(total, true);
            } else if (check.status() == CheckStatus.FAILED || check.unexplained()) {
                addsUp.putIfAbsent(total, false);
            }
        }
        long nowhere = addsUp.values().stream().filter(held -> !held).count();
        long somewhere = addsUp.size() - nowhere;
        if (nowhere < MIN_UNEXPLAINED || nowhere <= somewhere) {
            return Optional.empty();
        }
        return Optional.of(nowhere + " of its " + addsUp.size() + " totals add up in no column under any reading of the lines"
                + " around them, so the order of its lines does not show what they add to");
    }
}
