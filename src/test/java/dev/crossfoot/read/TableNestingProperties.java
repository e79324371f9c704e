package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link HtmlReader#tableNesting} passes over a tag on its first letter when it is no 't' or 'T': it counts as comparing
 * every tag's name with "table" ignoring case does, on texts of table tags in any case, closing and not, tags that
 * start like one ("tables", "tbody", "th"), letters outside ASCII, and a text cut anywhere, even right after "<".
 */
class TableNestingProperties {

    @Property(tries = 3000)
    void countsAsComparingEveryTag(@ForAll("markup") String text) {
        assertEquals(plain(text), HtmlReader.tableNesting(text));
    }

    @Example
    void nestedTablesInAnyCase() {
        assertEquals(3, HtmlReader.tableNesting("<TABLE><tr><td><Table x=1><td><tAbLe></table></TABLE></table><table>"));
        assertEquals(0, HtmlReader.tableNesting("<tables><tbody><th><ṫable><"));
    }

    /** The count as it was written before: every tag's name compared with "table". */
    private static int plain(String text) {
        int depth = 0;
        int deepest = 0;
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            boolean closing = at + 1 < text.length() && text.charAt(at + 1) == '/';
            int nameStart = closing ? at + 2 : at + 1;
            if (!text.regionMatches(true, nameStart, "table", 0, 5)) {
                continue;
            }
            int after = nameStart + 5;
            if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
                continue;
            }
            depth = closing ? Math.max(0, depth - 1) : depth + 1;
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of("<table>", "</table>", "<TABLE ", "</TABLE>", "<Table", "</tAbLe >", "<tables>",
                "<tbody>", "<th>", "<td>", "<t", "<", "</", "<T", "<ṫable>", "<ŧable>", "<table1>", "<table-x>", "x", " ", "é", "Ť",
                "<TABLEÉ>", "<tableé", "\u0130");
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}
