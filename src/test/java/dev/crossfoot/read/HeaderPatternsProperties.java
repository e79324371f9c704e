package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ColumnHeaders}' patterns compiled once and white space folded by {@link Spaces#asOne} answer as the patterns
 * compiled per call by {@code String.matches}, {@code replaceAll} and {@code split} did: on headers of years, dates,
 * period phrases, parentheses, footnote marks, and every kind of white space and line end (tabs, line feeds, no-break
 * spaces, U+0085, U+2028, which {@code .} does not match), in English and German.
 */
class HeaderPatternsProperties {

    @Property(tries = 3000)
    void combineAsReplacingRunsOfSpaces(@ForAll("parts") List<String> parts) {
        String plain = String.join(" ", parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList())
                .replaceAll("\\s+", " ");
        assertEquals(plain, ColumnHeaders.combine(parts));
    }

    @Property(tries = 3000)
    void stubPeriodDatedAndCompletedAsCompiledPerCall(@ForAll("headers") String header, @ForAll("languages") String language) {
        HeaderWords words = HeaderWords.of(language);
        String text = header.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        String stub = words.namesPeriod(text) || words.namesDayOfMonth(text) && !text.matches(".*\\d{4}.*") ? text : "";
        assertEquals(stub, ColumnHeaders.stubPeriod(header, words));
        assertEquals(words.namesDayOfMonth(header) || header.matches("(?s).*\\b(?:19|20)\\d\\d\\b.*"), ColumnHeaders.dated(header, words));
        int at = plainBareYearAt(header, words);
        assertEquals(at >= 0, ColumnHeaders.completable(header, words));
        String[] split = header.strip().split(" ");
        StringBuilder completed = new StringBuilder();
        for (int w = 0; w < split.length; w++) {
            completed.append(completed.length() == 0 ? "" : " ").append(w == at ? "June 30, " + split[w] : split[w]);
        }
        assertEquals(at < 0 ? header : completed.toString(), ColumnHeaders.completeYear(header, MonthDay.of(6, 30), words));
    }

    /** {@code bareYearAt} as written before: the years counted by {@code String.split}. */
    private static int plainBareYearAt(String header, HeaderWords said) {
        if (said.namesDayOfMonth(header)) {
            return -1;
        }
        java.util.regex.Pattern onlyYear = java.util.regex.Pattern.compile("^((?:19|20)\\d\\d)(\\s*\\(\\w{1,3}\\))?$");
        String[] words = header.strip().split(" ");
        String last = words[words.length - 1];
        int at = words.length - 1;
        if (!onlyYear.matcher(last).matches() && words.length >= 2 && onlyYear.matcher(words[words.length - 2] + " " + last).matches()) {
            at = words.length - 2;
        }
        return onlyYear.matcher(words[at]).matches() && !said.fiscalYear(header)
                && header.strip().split("\\b(?:19|20)\\d\\d\\b", -1).length <= 2 ? at : -1;
    }

    private static final List<String> PIECES = List.of("2024", "2023", "1999", "20245", "(1)", "(a)", "Fiscal", "fiscal 2024",
            "Years Ended", "Three Months Ended", "June 30,", "December 31", "31. Dezember", "Geschäftsjahr", "as of", "at", "Total",
            "(in millions)", "(", ")", "*", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u0085", "\u2028", "\u2003", "", "x2024", "2024y");

    @Provide
    Arbitrary<List<String>> parts() {
        return headers().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.of(PIECES).list().ofMaxSize(7).map(pieces -> String.join(" ", pieces));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "de");
    }
}
