package dev.crossfoot.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tables generated consistent by construction, one shape per presentation convention the
 * structure grammar knows: sections of lines under a header with their totals and a grand total
 * over them; an amount, a "Less:" deduction and the net line; a roll-forward from an opening to a
 * closing balance; lines and a total with no label, known by the currency sign it shares only
 * with the first line or by closing a run of named lines. Amounts are whole thousands of five or six digits, so no other reading of the
 * lines adds up by chance. Each table can be written with no depth or with the visual
 * indentation an extraction tool would give (lines under a header indented, their subtotal at the
 * level of the lines it totals).
 */
final class TableShapes {

    enum Kind { SECTIONS, LESS_AND_NET, ROLL_FORWARD, UNLABELLED_TOTAL }

    enum Depths { NONE, VISUAL }

    /**
     * The language of the structure's words: the totals, the deduction, the net line and the
     * balances of a roll-forward, as German (HGB/IFRS) and French statements word them. Line
     * names stay as generated: only the words the structure is read from change.
     */
    enum Language {
        ENGLISH, GERMAN, FRENCH;

        String label(String english) {
            if (this == ENGLISH) {
                return english;
            }
            boolean german = this == GERMAN;
            if (english.equals("Total")) {
                return german ? "Summe" : "Total";
            }
            if (english.startsWith("Total ")) {
                return (german ? "Summe " : "Total ") + english.substring("Total ".length());
            }
            return switch (english) {
                case "Accounts receivable" -> german ? "Forderungen aus Lieferungen und Leistungen" : "Créances clients";
                case "Less: allowance for doubtful accounts" -> german ? "Abzüglich Wertberichtigungen" : "Moins : dépréciations";
                case "Accounts receivable, net" -> german ? "Forderungen, netto" : "Créances clients, nettes";
                case "Balance at beginning of year" -> german ? "Anfangsbestand" : "Solde d'ouverture";
                case "Additions" -> german ? "Zugänge" : "Augmentations";
                case "Disposals" -> german ? "Abgänge" : "Diminutions";
                case "Balance at end of year" -> german ? "Endbestand" : "Solde de clôture";
                default -> english;
            };
        }
    }

    /**
     * One line: its label, whether it is a header, its visual indentation, its amount per column
     * (null for a header), and whether its figures are printed with the currency sign.
     */
    record Line(String label, int indent, long[] amounts, boolean signed) {
        Line(String label, int indent, long[] amounts) {
            this(label, indent, amounts, false);
        }

        boolean header() {
            return amounts == null;
        }
    }

    record Table(Kind kind, List<Line> lines, int columns) {
        /** Canonical JSON of a one-table document, in English. */
        String json(Depths depths) {
            return json(depths, Language.ENGLISH);
        }

        /** Canonical JSON of a one-table document, its structure worded in {@code language}. */
        String json(Depths depths, Language language) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("crossfoot", 1);
            root.putObject("document").put("id", "generated");
            ObjectNode table = root.putArray("tables").addObject();
            table.put("id", "t1").put("title", "Schedule").put("unit", "in thousands");
            ArrayNode headers = table.putArray("columns");
            for (int c = 0; c < columns; c++) {
                headers.add("December 31, " + (2024 - c));
            }
            ArrayNode rows = table.putArray("rows");
            for (Line line : lines) {
                ObjectNode row = rows.addObject().put("label", language.label(line.label()) + (line.header() ? ":" : ""));
                if (depths == Depths.VISUAL) {
                    row.put("depth", line.indent());
                }
                if (!line.header()) {
                    ArrayNode cells = row.putArray("cells");
                    for (long amount : line.amounts()) {
                        cells.add((line.signed() ? "$ " : "") + text(amount));
                    }
                }
            }
            return root.toString();
        }
    }

    private static final List<String> SECTIONS = List.of("Current assets", "Property and equipment", "Other assets",
            "Operating expenses", "Other income");
    private static final List<String> ITEMS = List.of("Cash and equivalents", "Receivables", "Inventories", "Prepaid costs",
            "Land", "Buildings", "Machinery", "Software", "Goodwill", "Deposits", "Salaries", "Rent", "Utilities",
            "Insurance", "Royalties", "Dividends received");

    private TableShapes() {
    }

    static Arbitrary<Table> tables() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 3),
                Arbitraries.longs().between(1, Long.MAX_VALUE)).as(TableShapes::generate);
    }

    /** "(12,345)" for negatives, as statements print them. */
    static String text(long amount) {
        String digits = NumberFormat.getIntegerInstance(Locale.US).format(Math.abs(amount));
        return amount < 0 ? "(" + digits + ")" : digits;
    }

    private static Table generate(Kind kind, int columns, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Line> lines = switch (kind) {
            case SECTIONS -> sections(random, columns);
            case LESS_AND_NET -> lessAndNet(random, columns);
            case ROLL_FORWARD -> rollForward(random, columns);
            // A total known only by its layout is confirmed by the numbers of most columns, or by one
            // of two: with one, a wrong figure and a line that is no total look alike.
            case UNLABELLED_TOTAL -> unlabelledTotal(random, Math.max(2, columns));
        };
        return new Table(kind, lines, lines.get(lines.size() - 1).amounts().length);
    }

    private static long amount(java.util.Random random) {
        return 10_000 + random.nextInt(890_000);
    }

    private static long[] amounts(java.util.Random random, int columns) {
        long[] amounts = new long[columns];
        for (int c = 0; c < columns; c++) {
            amounts[c] = amount(random);
        }
        return amounts;
    }

    private static long[] sum(List<long[]> parts, int columns) {
        long[] total = new long[columns];
        for (long[] part : parts) {
            for (int c = 0; c < columns; c++) {
                total[c] += part[c];
            }
        }
        return total;
    }

    private static List<Line> sections(java.util.Random random, int columns) {
        List<Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        List<long[]> sectionTotals = new ArrayList<>();
        List<String> names = new ArrayList<>(SECTIONS);
        java.util.Collections.shuffle(names, random);
        List<String> items = new ArrayList<>(ITEMS);
        java.util.Collections.shuffle(items, random);
        int next = 0;
        for (int s = 0; s < count; s++) {
            String name = names.get(s);
            lines.add(new Line(name, 0, null));
            List<long[]> parts = new ArrayList<>();
            int size = 2 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                long[] part = amounts(random, columns);
                parts.add(part);
                lines.add(new Line(items.get(next++ % items.size()), 1, part));
            }
            long[] total = sum(parts, columns);
            sectionTotals.add(total);
            lines.add(new Line("Total " + name.toLowerCase(Locale.ROOT), 1, total));
        }
        if (count > 1) {
            lines.add(new Line("Total", 0, sum(sectionTotals, columns)));
        }
        return lines;
    }

    /**
     * Lines under a rule and their total with no label, the currency sign on the first line and
     * on the total only, as US statements print a schedule of notes or of securities, or no sign.
     */
    private static List<Line> unlabelledTotal(java.util.Random random, int columns) {
        List<Line> lines = new ArrayList<>();
        List<String> items = new ArrayList<>(ITEMS);
        java.util.Collections.shuffle(items, random);
        List<long[]> parts = new ArrayList<>();
        int size = 2 + random.nextInt(4);
        // With the currency sign or, as most tables outside US statements, without it.
        boolean signs = random.nextBoolean();
        for (int i = 0; i < size; i++) {
            long[] part = amounts(random, columns);
            parts.add(part);
            lines.add(new Line(items.get(i), 0, part, signs && i == 0));
        }
        lines.add(new Line("", 0, sum(parts, columns), signs));
        return lines;
    }

    private static List<Line> lessAndNet(java.util.Random random, int columns) {
        long[] gross = amounts(random, columns);
        long[] allowance = new long[columns];
        long[] net = new long[columns];
        for (int c = 0; c < columns; c++) {
            allowance[c] = gross[c] / (3 + random.nextInt(5));
            net[c] = gross[c] - allowance[c];
        }
        return List.of(new Line("Accounts receivable", 0, gross),
                new Line("Less: allowance for doubtful accounts", 1, allowance),
                new Line("Accounts receivable, net", 0, net));
    }

    private static List<Line> rollForward(java.util.Random random, int columns) {
        long[] opening = amounts(random, columns);
        long[] additions = amounts(random, columns);
        long[] disposals = new long[columns];
        long[] closing = new long[columns];
        for (int c = 0; c < columns; c++) {
            disposals[c] = -(additions[c] / (2 + random.nextInt(4)));
            closing[c] = opening[c] + additions[c] + disposals[c];
        }
        return List.of(new Line("Balance at beginning of year", 0, opening),
                new Line("Additions", 1, additions),
                new Line("Disposals", 1, disposals),
                new Line("Balance at end of year", 0, closing));
    }
}
