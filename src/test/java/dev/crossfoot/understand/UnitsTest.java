package dev.crossfoot.understand;

import dev.crossfoot.model.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A unit caption scales money and share counts alike in every language the lexicon has. */
class UnitsTest {

    @ParameterizedTest(name = "''{0}'': money ×{1}, shares ×{2}")
    @CsvSource(delimiter = '|', value = {
        "in thousands, except per share amounts|1000|1000",
        "(In millions, except per share data)|1000000|1000000",
        "in thousands, except share and per share data|1000|1",
        "In millions, except number of shares, which are reflected in thousands, and per-share amounts|1000000|1000",
        "in millions; shares in thousands|1000000|1000",
        "in USD, except per share amounts; shares in millions|1|1000000",
        "in EUR; Aktien in Millionen|1|1000000",
        "(Dollars and Shares in Millions Except Per Share Amounts)|1000000|1000000",
        "|1|1",
        "in billions|1000000000|1000000000",
        "in Tausend EUR|1000|1000",
        "in Mio. €, außer Angaben je Aktie|1000000|1000000",
        "TEUR, ausgenommen Aktien und Angaben je Aktie|1000|1",
        "in Mio. €; Aktien in Tausend|1000000|1000",
        "en milliers d’euros, sauf données par action|1000|1000",
        "en millions d'euros, sauf nombre d'actions et données par action|1000000|1",
        "en millions d'euros ; actions en milliers|1000000|1000",
        "en milliards d'euros|1000000000|1000000000"
    })
    void captionScalesMoneyAndShares(String caption, String money, String shares) {
        Units units = Units.parse(caption);
        assertEquals(0, new BigDecimal(money).compareTo(units.scaleOf(Measure.MONEY)), "money");
        assertEquals(0, new BigDecimal(shares).compareTo(units.scaleOf(Measure.SHARES)), "shares");
        assertEquals(0, BigDecimal.ONE.compareTo(units.scaleOf(Measure.PER_SHARE)), "per share is never scaled");
        assertEquals(0, new BigDecimal("0.01").compareTo(units.scaleOf(Measure.PERCENT)), "percent");
    }
}
