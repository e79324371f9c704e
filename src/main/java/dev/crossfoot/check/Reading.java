package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;

import java.util.List;

/**
 * Which lines a total was read to add, chosen once for the whole table, and how its columns voted:
 * in how many of the compared columns the reading holds, and the best rival reading with its own
 * count. A finding made under a reading says which one, so a reviewer can see why it was made.
 *
 * @param lines      the identity as read: "Total revenue = Product + Service"
 * @param held       columns in which this reading holds
 * @param compared   columns in which it could be evaluated
 * @param runnerUp   the best other reading, or null when there was none
 * @param runnerUpHeld columns in which the runner-up holds
 * @param ambiguous  the runner-up explains as many columns and holds where this one fails
 * @param bestCued   this is the reading the cues rank first (the lines of its section, the net
 *                   line's amount less its deduction), not one the arithmetic chose among others
 * @param doubt      why a failure under it is ambiguous where no rival says so (it breaks in more
 *                   places than one wrong cell would), or null
 */
public record Reading(String lines, int held, int compared, String runnerUp, int runnerUpHeld, boolean ambiguous,
                      boolean bestCued, String doubt) {

    public Reading(String lines, int held, int compared, String runnerUp, int runnerUpHeld, boolean ambiguous,
                   boolean bestCued) {
        this(lines, held, compared, runnerUp, runnerUpHeld, ambiguous, bestCued, null);
    }

    /** "Total revenue = Product + Service", the lines of a long reading elided in the middle. */
    static String describe(StatementRow total, List<StatementRow> lines, java.util.function.Predicate<StatementRow> deducted) {
        StringBuilder text = new StringBuilder(total.label().strip()).append(" = ");
        int shown = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean elided = lines.size() > 6 && i >= 3 && i < lines.size() - 2;
            if (elided) {
                if (i == 3) {
                    text.append(" + … (").append(lines.size() - 5).append(" more)");
                }
                continue;
            }
            boolean minus = deducted.test(lines.get(i));
            text.append(shown == 0 ? (minus ? "− " : "") : (minus ? " − " : " + ")).append(lines.get(i).label().strip());
            shown++;
        }
        return text.toString();
    }

    /** The reading and its vote, then the runner-up's, in one line for messages and explain-table. */
    public String summary() {
        String own = lines + " (holds in " + held + " of " + compared + " column" + (compared == 1 ? "" : "s") + ")";
        return runnerUp == null ? own : own + "; runner-up: " + runnerUp + " (holds in " + runnerUpHeld + ")";
    }
}
