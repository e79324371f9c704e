package dev.crossfoot.check;

import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which statement of a kind belongs to the same reporting part as another. A combined filing shows
 * the statements of each registrant ("DUKE ENERGY OHIO, INC. Condensed Consolidated Balance
 * Sheets", then Duke Energy Indiana's), a filing may show a segment's or a parent company's
 * statements beside the consolidated ones, and a tie must pair a cash-flow statement with the
 * balance sheet of its own part. The part is told by the words of the titles: those every candidate
 * shares ("balance sheets") say the kind, the rest say whose it is. A candidate ranks by how many of
 * its own words the other title shows, less those it does not; candidates that rank alike keep the
 * order they were given in (nearest first), so where titles do not tell parts apart nothing changes.
 */
final class ReportingParts {

    private ReportingParts() {
    }

    /** The candidates of one kind, those of the same part as {@code from} first, otherwise in their order. */
    static List<StatementTable> sameFirst(StatementTable from, List<StatementTable> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        int[] score = scores(from, candidates);
        boolean differ = false;
        for (int i = 0; i < candidates.size(); i++) {
            differ |= score[i] != score[0];
        }
        if (!differ) {
            return candidates;
        }
        List<Integer> order = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -score[i]));
        List<StatementTable> ranked = new ArrayList<>(candidates.size());
        for (int i : order) {
            ranked.add(candidates.get(i));
        }
        return ranked;
    }

    /**
     * The candidates a statement of one part of the filer may be tied to. Where its title is that of
     * another statement of its kind ({@code peers}) with words added (a segment's, a co-registrant's,
     * a scenario's statements beside the consolidated ones), the words added name its part: only the
     * candidates that share one of them are of its part, and where none does the filing shows no
     * statement of that part to tie to; the consolidated one is not it (a segment's net income is
     * not the company's). A statement no such title sets apart ties as ranked.
     */
    static List<StatementTable> ofItsPart(StatementTable from, List<StatementTable> peers, List<StatementTable> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<String> fromWords = words(from.table().title());
        Set<String> own = null;
        for (StatementTable peer : peers) {
            Set<String> words = words(peer.table().title());
            if (peer != from && !words.isEmpty() && fromWords.size() > words.size() && fromWords.containsAll(words)) {
                // The peer's title and more: "Statement of cash flows — BusinessSegments=Finance" beside
                // "Statement of cash flows"; the words added name the part.
                Set<String> added = new HashSet<>(fromWords);
                added.removeAll(words);
                if (own == null || added.size() < own.size()) {
                    own = added;
                }
            }
        }
        if (own == null) {
            return candidates;
        }
        List<StatementTable> ofPart = new ArrayList<>();
        for (StatementTable candidate : candidates) {
            Set<String> words = words(candidate.table().title());
            words.retainAll(own);
            if (!words.isEmpty()) {
                ofPart.add(candidate);
            }
        }
        return ofPart;
    }

    /**
     * The candidates other than {@code chosen} that the titles rank alike with it: statements of
     * the kind that nothing in their titles tells apart from the one the nearest-first order took.
     */
    static List<StatementTable> rankedAlike(StatementTable from, List<StatementTable> candidates, StatementTable chosen) {
        int at = candidates.indexOf(chosen);
        if (at < 0 || candidates.size() < 2) {
            return List.of();
        }
        int[] score = scores(from, candidates);
        List<StatementTable> alike = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (i != at && score[i] == score[at]) {
                alike.add(candidates.get(i));
            }
        }
        return alike;
    }

    /** Each candidate's words of its own in {@code from}'s title, less those not in it. */
    private static int[] scores(StatementTable from, List<StatementTable> candidates) {
        List<Set<String>> words = new ArrayList<>(candidates.size());
        Set<String> shared = null;
        for (StatementTable candidate : candidates) {
            Set<String> own = words(candidate.table().title());
            words.add(own);
            if (shared == null) {
                shared = new HashSet<>(own);
            } else {
                shared.retainAll(own);
            }
        }
        Set<String> fromWords = words(from.table().title());
        int[] score = new int[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            for (String word : words.get(i)) {
                if (!shared.contains(word)) {
                    score[i] += fromWords.contains(word) ? 1 : -1;
                }
            }
        }
        return score;
    }

    private static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
