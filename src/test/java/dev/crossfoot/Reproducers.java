package dev.crossfoot;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The minimal inputs of issue 12 ("never lose a run to one bad input"), each of which once
 * crashed, hung or exhausted a run. Generated rather than stored, so that each says in code
 * what makes it hard; the regression tests and the robustness benchmark read the same list.
 */
public final class Reproducers {

    private Reproducers() {
    }

    /** One reproducer: a short name, the file name that picks its reader, and its content. */
    public record Case(String name, String fileName, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public static List<Case> all() {
        return List.of(
                jsonNumberBeyondDouble(), hugeTotal(), percentageBesideLongInteger(), loneSurrogate(),
                longProseLine(), markdownDelimiterRow(), yearHeaderWithStars(), labelOfManyFootnotes(),
                tenThousandLines(), fortyThousandSpaces(), fourThousandDigitTotal(), eightThousandCells(),
                thousandLinesOneFailing(), longTable(), nestedTables(), workflowCommandLabel());
    }

    public static Case jsonNumberBeyondDouble() {
        return json("json-1e999", "{\"crossfoot\":1,\"tables\":[{\"rows\":[{\"label\":\"a\",\"cells\":[1e999]}]}]}");
    }

    public static Case hugeTotal() {
        return json("total-1e308", "{\"crossfoot\":1,\"tables\":[{\"title\":\"Balance Sheets\",\"unit\":\"In millions\","
                + "\"columns\":[\"2011\"],\"rows\":[{\"label\":\"Cash\",\"cells\":[\"5\"]},{\"label\":\"Receivables\",\"cells\":[\"7\"]},"
                + "{\"label\":\"Total\",\"cells\":[-1e+308]}]}]}");
    }

    public static Case percentageBesideLongInteger() {
        return json("percent-and-19-digits", "{\"crossfoot\":1,\"tables\":[{\"title\":\"Statements of Operations\","
                + "\"columns\":[\"2011\",\"2010\"],\"rows\":["
                + "{\"label\":\"Revenue\",\"cells\":[\"100.0%\",\"9223372036854775808\"]},"
                + "{\"label\":\"Cost of revenue\",\"cells\":[\"40.0%\",\"3\"]},"
                + "{\"label\":\"Gross profit\",\"cells\":[\"70.0%\",\"9223372036854775808\"]},"
                + "{\"label\":\"Operating expenses\",\"cells\":[\"10.0%\",\"2\"]},"
                + "{\"label\":\"Net income\",\"cells\":[\"50.0%\",\"9223372036854775807\"]}]}]}");
    }

    public static Case loneSurrogate() {
        return json("lone-surrogate", "{\"crossfoot\":1,\"tables\":[{\"title\":\"Balance Sheets\",\"columns\":[\"2011\"],\"rows\":["
                + "{\"label\":\"Cash\",\"cells\":[\"5\"]},{\"label\":\"Receivables\",\"cells\":[\"7\"]},"
                + "{\"label\":\"Total \\ud800\",\"cells\":[\"20\"]}]}]}");
    }

    public static Case longProseLine() {
        StringBuilder text = new StringBuilder("Results of operations\n\n");
        for (int i = 0; i < 2000; i++) {
            text.append(i % 7 == 0 ? "revenue " : "words ");
        }
        return new Case("prose-line-2000-words", "prose.txt", bytes(text.append('\n').toString()));
    }

    public static Case markdownDelimiterRow() {
        StringBuilder text = new StringBuilder("| Item | 2011 |\n");
        text.append("|-".repeat(1000)).append("|\n| Cash | 5 |\n| Total | 5 |\n");
        return new Case("markdown-delimiters-2kb", "table.md", bytes(text.toString()));
    }

    public static Case yearHeaderWithStars() {
        return new Case("year-then-2000-stars", "stars.csv",
                bytes("label,2011" + "*".repeat(2000) + "\nCash,5\nReceivables,7\nTotal,12\n"));
    }

    public static Case labelOfManyFootnotes() {
        return new Case("label-3000-footnotes", "footnotes.csv",
                bytes("label,2011\nCash,5\nReceivables,7\nTotal " + "(a)".repeat(3000) + ",12\n"));
    }

    public static Case tenThousandLines() {
        StringBuilder text = new StringBuilder("# title: Schedule of expenses\nlabel,2011\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("Item ").append(i).append(",1\n");
        }
        return new Case("csv-10000-lines-and-total", "lines.csv", bytes(text.append("Total,10000\n").toString()));
    }

    public static Case fortyThousandSpaces() {
        String spaces = " ".repeat(40_000);
        return new Case("40000-spaces", "spaces.csv",
                bytes("label,2011\nCash" + spaces + "x,5" + spaces + "1\nReceivables,7\nTotal,12\n"));
    }

    public static Case fourThousandDigitTotal() {
        return new Case("4000-digit-total", "digits.csv",
                bytes("label,2011\nCash,5\nReceivables,7\nTotal," + "9".repeat(4000) + "\n"));
    }

    public static Case eightThousandCells() {
        StringBuilder header = new StringBuilder("label");
        StringBuilder row = new StringBuilder("Revenue");
        for (int i = 0; i < 8000; i++) {
            header.append(',').append(2000 + i % 25);
            row.append(',').append(i);
        }
        return new Case("row-of-8000-cells", "wide.csv", bytes(header + "\n" + row + "\n" + row.toString().replace("Revenue", "Total") + "\n"));
    }

    public static Case thousandLinesOneFailing() {
        StringBuilder text = new StringBuilder("label,2011\n");
        for (int i = 1; i <= 1000; i++) {
            text.append("Item ").append(i).append(',').append(i).append('\n');
        }
        return new Case("1000-lines-failing-total", "failing.csv", bytes(text.append("Total,1\n").toString()));
    }

    public static Case longTable() {
        StringBuilder text = new StringBuilder("# title: Balance Sheets\nlabel,2011,2010\n");
        for (int section = 0; section < 358; section++) {
            text.append("Section ").append(section).append(":,,\n");
            for (int i = 0; i < 4; i++) {
                text.append("Line ").append(section).append('.').append(i).append(",1,2\n");
            }
            text.append("Total section ").append(section).append(",4,8\n");
        }
        return new Case("table-2148-rows", "long.csv", bytes(text.toString()));
    }

    public static Case nestedTables() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<table><tr><td>".repeat(20_000));
        html.append("x");
        html.append("</td></tr></table>".repeat(20_000));
        return new Case("20000-nested-tables", "nested.html", bytes(html.append("</body></html>").toString()));
    }

    public static Case workflowCommandLabel() {
        return json("workflow-command-label", "{\"crossfoot\":1,\"tables\":[{\"title\":\"Balance Sheets\",\"columns\":[\"2011\"],\"rows\":["
                + "{\"label\":\"Cash\",\"cells\":[\"5\"]},{\"label\":\"Receivables\",\"cells\":[\"7\"]},"
                + "{\"label\":\"Total x\\n::error file=ci.yml,line=1::forged\\u001b[31m\",\"cells\":[\"20\"]}]}]}");
    }

    private static Case json(String name, String text) {
        return new Case(name, name + ".json", bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
