package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which company a document is of, as a key two documents of the same company share: the entity its
 * metadata names (canonical JSON's {@code entity}, a data set's filer), else the name its cover page
 * prints just above "Full Name of Registrant" or "Exact name of registrant as specified in its
 * charter" (the claims files' {@code registrant-name}). The key is the name in lower case, without
 * punctuation or the words that do not tell companies apart ("Inc.", "Corporation"). Empty when
 * the document does not say: such a document's claims are tied to no other document.
 */
public final class EntityNames {

    /** A cover page names the registrant among its first paragraphs; a name found later is something else. */
    private static final int COVER_PARAGRAPHS = 60;

    private final ClaimWords words;

    public EntityNames(ClaimWords words) {
        this.words = words;
    }

    public String key(Document document) {
        if (document.entity() != null && !document.entity().isBlank()) {
            return normalise(document.entity());
        }
        List<Paragraph> paragraphs = document.paragraphs();
        for (int p = 1; p < Math.min(paragraphs.size(), COVER_PARAGRAPHS); p++) {
            if (words.is(ClaimCue.REGISTRANT_NAME, plain(paragraphs.get(p).text()))) {
                return normalise(plain(paragraphs.get(p - 1).text()));
            }
        }
        return "";
    }

    /** The text without Markdown emphasis or the parentheses a cover page puts around its captions. */
    private static String plain(String text) {
        return text.replaceAll("[*_()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
    }

    String normalise(String name) {
        List<String> kept = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+")) {
            if (!word.isEmpty() && !words.is(ClaimCue.ENTITY_SUFFIX, word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }
}
