package dev.crossfoot.read;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of an HTML table on a grid: colspans and rowspans expanded, so that a cell's grid
 * column says where it stands. Each cell keeps its element and the grid columns it covers. A
 * colspan or rowspan beyond {@link #MAX_SPAN} is taken as {@link #MAX_SPAN}.
 */
final class HtmlGrid {

    static final int MAX_SPAN = 100;

    /** One cell: its element, its HTML row (1-based) and the grid columns it covers. */
    record Slot(Element element, int row, int first, int last) { }

    private HtmlGrid() {
    }

    /** The rows of the table (not of nested tables), each as its cells left to right. */
    static List<List<Slot>> of(Element table, int maxWidth) throws TooWide {
        List<List<Slot>> rows = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        int rowNumber = 0;
        for (Element tr : rowsOf(table)) {
            rowNumber++;
            List<Slot> slots = new ArrayList<>();
            List<int[]> carried = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                column = skipCarried(column, pending);
                int span = span(cell.attr("colspan"));
                int down = span(cell.attr("rowspan"));
                slots.add(new Slot(cell, rowNumber, column, column + span - 1));
                if (down > 1) {
                    carried.add(new int[] {column, column + span - 1, down - 1});
                }
                column += span;
                if (column > maxWidth) {
                    throw new TooWide(rowNumber, column);
                }
            }
            List<int[]> next = new ArrayList<>();
            for (int[] span : pending) {
                if (span[2] > 1) {
                    next.add(new int[] {span[0], span[1], span[2] - 1});
                }
            }
            next.addAll(carried);
            pending = next;
            rows.add(slots);
        }
        return rows;
    }

    private static int skipCarried(int column, List<int[]> pending) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] span : pending) {
                if (column >= span[0] && column <= span[1]) {
                    column = span[1] + 1;
                    moved = true;
                }
            }
        }
        return column;
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    private static int span(String attribute) {
        if (attribute.isEmpty()) {
            // Most cells give no span: the attribute is absent (empty), which the parse below rejects by throwing, at the
            // cost of an exception and its stack for every cell (2 % of an HTML corpus run's checking thread).
            return 1;
        }
        try {
            int value = Integer.parseInt(attribute.strip());
            return Math.max(1, Math.min(value, MAX_SPAN));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** A table wider than the reader takes. */
    static final class TooWide extends Exception {
        private static final long serialVersionUID = 1L;
        final int row;
        final int width;

        TooWide(int row, int width) {
            super("row " + row + " is more than " + width + " columns wide");
            this.row = row;
            this.width = width;
        }
    }
}
