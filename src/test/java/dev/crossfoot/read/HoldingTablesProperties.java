package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The elements the reader's walk of a page says hold a table are exactly those {@code selectFirst("table")} finds one
 * in (itself or below it), for tables nested in cells, in hidden blocks and in the head, at any depth.
 */
class HoldingTablesProperties {

    @Property(tries = 500)
    @Label("an element holds a table by the walk exactly when selectFirst finds one in it")
    void holdingAsSelectFirstFinds(@ForAll("pages") String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Set<Element> holding = HtmlReader.holdingTables(HtmlReader.tablesWithContext(page));
        for (Element element : page.getAllElements()) {
            assertEquals(element.selectFirst("table") != null, holding.contains(element), element.cssSelector() + " in " + html);
        }
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.recursive(() -> Arbitraries.of("text", "1,234", ""),
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(parts -> "<div style=\"display:none\">" + String.join("", parts) + "</div>"),
                        inner.list().ofMaxSize(3).map(parts -> "<p>" + String.join(" ", parts) + "</p>"),
                        inner.list().ofMinSize(1).ofMaxSize(3).map(cells -> "<table><tr>" + String.join("",
                                cells.stream().map(cell -> "<td>" + cell + "</td>").toList()) + "</tr></table>"),
                        inner.map(part -> "<span>" + part + "</span>")), 5)
                .map(body -> "<html><head><title>t</title></head><body>" + body + "</body></html>");
    }
}
