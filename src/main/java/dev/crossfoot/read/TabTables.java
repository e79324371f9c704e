package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the tables of a PDF-to-text extraction whose columns are separated by tabs: a run of
 * tab lines under a title (a Markdown heading, a tab line naming a statement, or failing both the
 * first line of prose after the previous table). Column-header lines (periods, dates) come before
 * the first line with numbers; a new header line after numbers starts the next table under the
 * same title. Lines without tabs inside a table are lines the extraction garbled: they are
 * reported, never guessed, and the table is split there so that no check adds across the gap.
 * The rows themselves are laid out by {@link TabLayout}.
 */
final class TabTables {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+\\S.*");
    private static final Pattern STATEMENT_TITLE = Pattern.compile(
            "statements? of|balance sheets?|cash flows|supplemental|reconciliation|outlook|financial (position|condition|highlights)"
                    + "|derivative securities acquired",
            Pattern.CASE_INSENSITIVE);

    /** Digits grouped or with decimals ("5,2910", ".38 54,162"): an amount, where "4. If" or "(5 4)" is a header's debris. */
    private static final Pattern AMOUNT_LIKE = Pattern.compile("\\d,\\d|\\.\\d\\d");

    private TabTables() {
    }

    /** One table's lines as found, before layout. */
    static final class Block {
        final String title;
        final List<TabLine> headers = new ArrayList<>();
        final List<TabLine> rows = new ArrayList<>();
        final List<Integer> pending = new ArrayList<>();
        /** Lines inside the table that could not be read: the table is split after each such place. */
        final List<Integer> breaks = new ArrayList<>();
        int blocks;

        Block(String title) {
            this.title = title;
        }

        boolean hasValues() {
            return rows.stream().anyMatch(row -> row.tokens().stream().anyMatch(t -> t.kind() == TabToken.Kind.NUMBER));
        }
    }

    static List<Block> find(String[] lines, String name, List<InputProblem> problems) {
        List<Block> blocks = new ArrayList<>();
        String heading = null;
        boolean headingFresh = false;
        String prose = null;
        String lastTitle = "";
        Block current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (HEADING.matcher(line).matches()) {
                current = close(current, blocks, lines, name, problems);
                heading = TextLines.clean(line);
                headingFresh = true;
                prose = null;
                continue;
            }
            if (line.indexOf('\t') < 0) {
                String cleaned = TextLines.clean(line);
                if (cleaned.isEmpty()) {
                    if (current != null) {
                        current.blocks++;
                    }
                } else if (PipeTables.isPipeLine(line)) {
                    current = close(current, blocks, lines, name, problems);
                } else if (current != null && !current.rows.isEmpty()) {
                    if (isProse(cleaned)) {
                        current = close(current, blocks, lines, name, problems);
                        prose = cleaned;
                    } else {
                        current.pending.add(number);
                    }
                } else if (!headingFresh && prose == null && isProse(cleaned)) {
                    prose = cleaned;
                }
                continue;
            }
            TabLine parsed = TabLine.parse(number, line);
            if (parsed.isTitle() && STATEMENT_TITLE.matcher(parsed.label()).find() && !parsed.label().endsWith(":")
                    && !parsed.label().toLowerCase(Locale.ROOT).contains("activities")) {
                current = close(current, blocks, lines, name, problems);
                heading = parsed.label();
                headingFresh = true;
                continue;
            }
            if (parsed.tokens().isEmpty() && parsed.label().startsWith("(") && (current == null || current.rows.isEmpty())
                    && headingFresh) {
                heading = heading + " " + parsed.label();
                continue;
            }
            if (parsed.isColumnHeader()) {
                if (current != null && current.hasValues()) {
                    current = close(current, blocks, lines, name, problems);
                }
            } else if (parsed.label().isEmpty() && parsed.tokens().stream().noneMatch(TabToken::isValue)
                    && parsed.tokens().stream().noneMatch(t -> t.kind() == TabToken.Kind.GARBLED)) {
                continue;
            }
            if (current == null) {
                String title = headingFresh && heading != null ? heading : prose != null ? prose : lastTitle;
                current = new Block(title);
                lastTitle = title;
                headingFresh = false;
                prose = null;
            }
            if (parsed.isColumnHeader() && current.rows.isEmpty()) {
                current.headers.add(parsed);
                continue;
            }
            if (!current.pending.isEmpty()) {
                for (int garbled : current.pending) {
                    problems.add(InputProblem.part(Location.ofLine(name, garbled),
                            "a line of the table without its tab layout (labels and numbers on separate lines): '"
                                    + abbreviate(TextLines.clean(lines[garbled - 1])) + "' left out"));
                }
                current.breaks.add(current.rows.size());
                current.pending.clear();
            }
            current.rows.add(parsed.inBlock(current.blocks));
        }
        close(current, blocks, lines, name, problems);
        return blocks;
    }

    private static Block close(Block block, List<Block> blocks, String[] lines, String name, List<InputProblem> problems) {
        if (block == null) {
            return null;
        }
        for (int trailing : block.pending) {
            String text = TextLines.clean(lines[trailing - 1]);
            if (text.chars().anyMatch(Character::isDigit)) {
                problems.add(InputProblem.part(Location.ofLine(name, trailing),
                        "a line after the table without its tab layout: '" + abbreviate(text) + "' left out"));
            }
        }
        if (block.hasValues()) {
            blocks.add(block);
            return null;
        }
        // A table none of whose numbers reads (a Form 4 row "5,2910 1) D $2 .38 54,162"): each row
        // with digits is reported on its line, never dropped without a word.
        for (TabLine row : block.rows) {
            if (row.tokens().stream().anyMatch(t -> (t.kind() == TabToken.Kind.MALFORMED || t.kind() == TabToken.Kind.GARBLED)
                    && AMOUNT_LIKE.matcher(t.text()).find())) {
                problems.add(InputProblem.part(Location.ofLine(name, row.number()), "a row of '" + abbreviate(block.title)
                        + "' whose numbers are garbled beyond reading: '" + abbreviate(TextLines.clean(lines[row.number() - 1]))
                        + "' left out"));
            }
        }
        return null;
    }

    private static boolean isProse(String cleaned) {
        return cleaned.split("\\s+").length >= 12 && !cleaned.toLowerCase(Locale.ROOT).startsWith("total");
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
