package dev.crossfoot.read;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A style declaration is found in any case and with spaces anywhere, as browsers and filers write it. */
class HtmlStyleDeclarationsTest {

    @Test
    @DisplayName("hidden and page-break declarations are found whatever their case and spacing")
    void foundInAnyCaseAndSpacing() {
        assertTrue(HtmlReader.declares("DISPLAY: None", "display:none"));
        assertTrue(HtmlReader.declares("margin:0;display : none ;color:red", "display:none"));
        assertTrue(HtmlReader.declares("page-break-after: always", "page-break-after:always"));
        assertFalse(HtmlReader.declares("display:block", "display:none"));
        assertFalse(HtmlReader.declares("", "display:none"));
        assertFalse(HtmlReader.declares("display:non", "display:none"));
    }

    @Test
    @DisplayName("the answer is that of lower-casing the style, dropping its spaces and searching it")
    void sameAsLowerCasingAndDroppingSpaces() {
        List<String> styles = List.of("Display:None", "d i s p l a y : n o n e", "dİsplay:none", "display:\tnone",
                "break-before:PAGE", "BREA\u212A-before:page", "xdisplay:nonex", " display:none", "dis-play:none");
        for (String style : styles) {
            for (String declaration : List.of("display:none", "break-before:page")) {
                boolean expected = style.toLowerCase(Locale.ROOT).replace(" ", "").contains(declaration);
                assertEquals(expected, HtmlReader.declares(style, declaration), style + " / " + declaration);
            }
        }
    }
}
