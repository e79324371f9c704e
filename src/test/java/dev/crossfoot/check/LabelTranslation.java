package dev.crossfoot.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the structure words of English row labels into German or French, as the statements
 * of those languages word them: "Total current liabilities" becomes "Summe current Schulden" or
 * "Total des current passifs". Only the words that carry structure are translated (totals,
 * deductions, balances, changes, activities, captions, assets, liabilities, equity, "and"); the rest of a label stays
 * as it was, so a copy differs from its original in exactly the words the lexicon must know.
 * Every label is translated the same way, so a total still names its header.
 */
enum LabelTranslation {

    GERMAN(Map.ofEntries(
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\boperating activities", "Cashflow aus laufender Geschäftstätigkeit"),
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\binvesting activities", "Cashflow aus Investitionstätigkeit"),
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\bfinancing activities", "Cashflow aus Finanzierungstätigkeit"),
            Map.entry("(?i)\\boperating activities\\b", "laufender Geschäftstätigkeit"),
            Map.entry("(?i)\\binvesting activities\\b", "Investitionstätigkeit"),
            Map.entry("(?i)\\bfinancing activities\\b", "Finanzierungstätigkeit"),
            Map.entry("(?i)^cash and cash equivalents$", "Zahlungsmittel und Zahlungsmitteläquivalente"),
            Map.entry("(?i)^commitments and contingencies", "Haftungsverhältnisse"),
            Map.entry("(?i)^(beginning|opening) balances?\\b|^balances?,? (at |as of )?(the )?beginning of (the )?(year|period)",
                    "Anfangsbestand"),
            Map.entry("(?i)^(ending|closing) balances?\\b|^balances?,? (at |as of )?(the )?end of (the )?(year|period)",
                    "Endbestand"),
            Map.entry("(?i)^balances? (at|as of) ", "Stand am "),
            Map.entry("(?i)^sub-?total\\b", "Zwischensumme"),
            Map.entry("(?i)^total\\b", "Summe"),
            Map.entry("(?i)\\bchanges in\\b", "Veränderungen der"),
            Map.entry("(?i)^less\\b", "abzüglich"),
            Map.entry("(?i)^weighted[- ]average\\b(?!.*\\b(shares|units|number)\\b)", "Gewichteter durchschnittlicher"),
            Map.entry("(?i)\\btemporary equity\\b", "Mezzanine-Kapital"),
            Map.entry("(?i)(stockholders|shareholders)['’] (equity|deficit)", "Eigenkapital"),
            Map.entry("(?i)\\bequity\\b", "Eigenkapital"),
            Map.entry("(?i)\\bliabilities\\b", "Schulden"),
            Map.entry("(?i)\\bassets\\b", "Vermögenswerte"),
            Map.entry("(?i)\\band\\b", "und"),
            Map.entry("(?i), net$", ", netto")), ":"),

    FRENCH(Map.ofEntries(
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\boperating activities", "Flux net de trésorerie lié aux activités opérationnelles"),
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\binvesting activities", "Flux net de trésorerie lié aux activités d'investissement"),
            Map.entry("(?i)^(?:net )?cash\\b(?!.*\\bdiscontinued\\b)(.*?)\\bfinancing activities", "Flux net de trésorerie lié aux activités de financement"),
            Map.entry("(?i)\\boperating activities\\b", "activités opérationnelles"),
            Map.entry("(?i)\\binvesting activities\\b", "activités d'investissement"),
            Map.entry("(?i)\\bfinancing activities\\b", "activités de financement"),
            Map.entry("(?i)^cash and cash equivalents$", "Trésorerie et équivalents de trésorerie"),
            Map.entry("(?i)^commitments and contingencies", "Engagements et passifs éventuels"),
            Map.entry("(?i)^(beginning|opening) balances?\\b|^balances?,? (at |as of )?(the )?beginning of (the )?(year|period)",
                    "Solde d’ouverture"),
            Map.entry("(?i)^(ending|closing) balances?\\b|^balances?,? (at |as of )?(the )?end of (the )?(year|period)",
                    "Solde de clôture"),
            Map.entry("(?i)^balances? (at|as of) ", "Solde au "),
            Map.entry("(?i)^sub-?total\\b", "Sous-total"),
            Map.entry("(?i)^total\\b(?=.)", "Total des"),
            Map.entry("(?i)\\bchanges in\\b", "variations des"),
            Map.entry("(?i)^less\\b", "Moins"),
            Map.entry("(?i)^weighted[- ]average\\b(?!.*\\b(shares|units|number)\\b)", "Moyenne pondérée"),
            Map.entry("(?i)\\btemporary equity\\b", "capitaux propres temporaires"),
            Map.entry("(?i)(stockholders|shareholders)['’] (equity|deficit)", "capitaux propres"),
            Map.entry("(?i)\\bequity\\b", "capitaux propres"),
            Map.entry("(?i)\\bliabilities\\b", "passifs"),
            Map.entry("(?i)\\bassets\\b", "actifs"),
            Map.entry("(?i)\\band\\b", "et"),
            Map.entry("(?i), net$", ", nette")), "\u202f:");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Pattern, String> replacements = new LinkedHashMap<>();
    private final String colon;

    LabelTranslation(Map<String, String> phrases, String colon) {
        this.colon = colon;
        phrases.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(entry -> rank(entry.getKey())))
                .forEach(entry -> replacements.put(Pattern.compile(entry.getKey()), entry.getValue()));
    }

    private static int rank(String pattern) {
        String[] keys = {"^(?:net )?cash", "\\boperating activities\\b", "\\binvesting activities\\b", "\\bfinancing activities\\b",
            "^cash and", "^commitments", "^(beginning", "^(ending", "^balances? (at", "^sub-", "^total", "\\bchanges in", "^less", "^weighted", "\\btemporary equity", "(stockholders",
            "\\bequity", "\\bliabilities", "\\bassets", "\\band", ", net"};
        for (int i = 0; i < keys.length; i++) {
            if (pattern.replace("(?i)", "").startsWith(keys[i])) {
                return i;
            }
        }
        throw new IllegalStateException("no rank for " + pattern);
    }

    /** The label with its structure words in this language; a header keeps its colon, French-spaced. */
    String label(String english) {
        String text = english.strip();
        boolean header = text.endsWith(":");
        if (header) {
            text = text.substring(0, text.length() - 1).strip();
        }
        for (Map.Entry<Pattern, String> replacement : replacements.entrySet()) {
            Matcher matcher = replacement.getKey().matcher(text);
            text = matcher.replaceAll(replacement.getValue());
        }
        return header ? text + colon : text;
    }

    /**
     * A canonical JSON document written as a filer of this language writes it: every row label
     * translated, the column headers in this language's words ("Geschäftsjahr zum 31. Dezember
     * 2011", "Exercice clos le 31 décembre 2011") and every number with a decimal comma, grouped
     * as this language groups thousands ("1.234,5"; "1\u202f234,5").
     */
    String written(String canonicalJson) {
        try {
            JsonNode root = JSON.readTree(document(canonicalJson));
            for (JsonNode table : root.path("tables")) {
                com.fasterxml.jackson.databind.node.ArrayNode columns = (com.fasterxml.jackson.databind.node.ArrayNode) table.path("columns");
                for (int c = 0; c < columns.size(); c++) {
                    columns.set(c, com.fasterxml.jackson.databind.node.TextNode.valueOf(header(columns.get(c).asText())));
                }
                for (JsonNode row : table.path("rows")) {
                    if (row.path("cells").isArray()) {
                        com.fasterxml.jackson.databind.node.ArrayNode cells = (com.fasterxml.jackson.databind.node.ArrayNode) row.path("cells");
                        for (int c = 0; c < cells.size(); c++) {
                            cells.set(c, com.fasterxml.jackson.databind.node.TextNode.valueOf(number(cells.get(c).asText())));
                        }
                    }
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.List<String> ENGLISH_MONTHS = java.util.List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern DATED = Pattern.compile("(?i)^(?:(year|three months|six months|nine months) ended )?(\\p{L}+) (\\d{1,2}), (\\d{4})$");
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,]*\\d|\\d");

    /** An English header "Year ended December 31, 2011" or "December 31, 2011" in this language's words. */
    String header(String english) {
        Matcher dated = DATED.matcher(english.strip());
        if (!dated.matches() || !ENGLISH_MONTHS.contains(dated.group(2).toLowerCase(java.util.Locale.ROOT))) {
            return english;
        }
        int month = ENGLISH_MONTHS.indexOf(dated.group(2).toLowerCase(java.util.Locale.ROOT));
        String length = dated.group(1) == null ? null : dated.group(1).toLowerCase(java.util.Locale.ROOT);
        String day = dated.group(3);
        String year = dated.group(4);
        if (this == GERMAN) {
            String date = day + ". " + GERMAN_MONTHS.get(month) + " " + year;
            return length == null ? date : (length.equals("year") ? "Geschäftsjahr" : GERMAN_LENGTHS.get(length)) + " zum " + date;
        }
        String date = day + " " + FRENCH_MONTHS.get(month) + " " + year;
        return length == null ? "Au " + date : (length.equals("year") ? "Exercice" : FRENCH_LENGTHS.get(length)) + " clos le " + date;
    }

    private static final java.util.List<String> GERMAN_MONTHS = java.util.List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    private static final java.util.List<String> FRENCH_MONTHS = java.util.List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    private static final Map<String, String> GERMAN_LENGTHS = Map.of("three months", "Drei Monate", "six months", "Sechs Monate",
            "nine months", "Neun Monate");
    private static final Map<String, String> FRENCH_LENGTHS = Map.of("three months", "Trois mois", "six months", "Six mois",
            "nine months", "Neuf mois");

    /** A figure with a decimal comma: "1,234.5" as "1.234,5" in German, "1\u202f234,5" in French. */
    String number(String english) {
        Matcher figure = FIGURE.matcher(english);
        StringBuilder out = new StringBuilder();
        while (figure.find()) {
            String digits = figure.group();
            String written = this == GERMAN ? digits.replace('.', '\u0000').replace(',', '.').replace('\u0000', ',')
                    : digits.replace(',', '\u202f').replace('.', ',');
            figure.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        figure.appendTail(out);
        return out.toString();
    }

    /** A canonical JSON document with every row label translated. */
    String document(String canonicalJson) {
        try {
            JsonNode root = JSON.readTree(canonicalJson);
            for (JsonNode table : root.path("tables")) {
                for (JsonNode row : table.path("rows")) {
                    if (row.hasNonNull("label")) {
                        ((ObjectNode) row).put("label", label(row.get("label").asText()));
                    }
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
