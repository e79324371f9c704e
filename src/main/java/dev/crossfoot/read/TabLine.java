package dev.crossfoot.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One tab line of a text extraction: the label (the first field) and the classified fields after
 * it, each with its field index. A first field holding only a currency sign or a note mark is no
 * label: the extraction lost it.
 */
record TabLine(int number, String label, List<TabToken> tokens, int block) {

    TabLine {
        tokens = List.copyOf(tokens);
    }

    static TabLine parse(int number, String line) {
        String[] fields = line.split("\t", -1);
        String label = TextLines.cleanKeepingGaps(fields[0]);
        List<TabToken> tokens = new ArrayList<>();
        TabToken first = TabToken.of(0, fields[0]);
        if (first.kind() == TabToken.Kind.MARK || label.matches("[$\\s]*")) {
            label = "";
        } else if (first.kind() != TabToken.Kind.TEXT && first.kind() != TabToken.Kind.PERIOD) {
            label = "";
            tokens.add(first);
        }
        for (int i = 1; i < fields.length; i++) {
            TabToken token = TabToken.of(i, fields[i]);
            if (!token.text().isEmpty() && !token.text().matches("[$€£]+")) {
                tokens.add(token);
            }
        }
        return new TabLine(number, label, tokens, 0);
    }

    TabLine inBlock(int newBlock) {
        return new TabLine(number, label, tokens, newBlock);
    }

    TabLine withLabel(String newLabel) {
        return new TabLine(number, newLabel, tokens, block);
    }

    /** The label with any gap of several spaces folded to one, as it is shown. */
    String shownLabel() {
        return label.replaceAll("\\s+", " ");
    }

    TabLine withTokens(List<TabToken> newTokens) {
        return new TabLine(number, label, newTokens, block);
    }

    /** A line naming a title: a label and nothing else. */
    boolean isTitle() {
        return !label.isEmpty() && tokens.stream().allMatch(t -> t.kind() == TabToken.Kind.MARK);
    }

    /** A column-header line: no label, period words or dates, and no amounts. */
    boolean isColumnHeader() {
        return label.isEmpty() && tokens.stream().anyMatch(t -> t.kind() == TabToken.Kind.PERIOD)
                && tokens.stream().noneMatch(t -> t.kind() == TabToken.Kind.GARBLED
                || t.kind() == TabToken.Kind.NUMBER && !t.text().matches("\\d{1,4}"));
    }

    boolean hasValues() {
        return tokens.stream().anyMatch(TabToken::isValue);
    }
}
