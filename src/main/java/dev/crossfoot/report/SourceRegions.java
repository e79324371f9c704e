package dev.crossfoot.report;

import dev.crossfoot.model.Location;
import dev.crossfoot.read.HtmlSourceRanges;
import dev.crossfoot.read.TextSpan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a location stands in its file's text, as far as can be told: for an HTML cell, row, table
 * or paragraph its characters ({@link HtmlSourceRanges}); for a JSON Pointer the value it points
 * at ({@link JsonPointerRegions}); for a line format the line the reader knew (and the column, for
 * a sentence); for a finding on a whole document its first line. Each input file is looked into
 * again at most once per report. What cannot be told (a file gone since the run, a data set's
 * zip, standard input) has no span; its logical location still names the place.
 */
final class SourceRegions {

    private final JsonPointerRegions json = new JsonPointerRegions();
    private final Map<String, HtmlSourceRanges> html = new HashMap<>();
    private final boolean readStandardInput;

    /**
     * @param readStandardInput whether the run read standard input ({@code check -}), whose
     *     document is called {@code stdin.EXT}: a file of that name in the working directory is
     *     another file, not to be looked into
     */
    SourceRegions(boolean readStandardInput) {
        this.readStandardInput = readStandardInput;
    }

    /**
     * Forgets what was looked up for the document just written (its HTML page, its JSON Lines
     * line): a report written as documents finish is not asked about it again, and keeping every
     * page would grow with the run. Whole {@code .json} files stay, since one may hold many documents.
     */
    void documentWritten() {
        html.clear();
        json.forgetLines();
    }

    /** The span of {@code where}, or null when its file cannot say. */
    TextSpan of(Location where) {
        if (readStandardInput && where.file() != null && where.file().startsWith("stdin.")) {
            return where.line() > 0 ? TextSpan.at(-1, where.line(), where.column()) : null;
        }
        String fragment = where.fragment() == null || where.fragment().isEmpty() ? null : where.fragment();
        if (fragment != null && fragment.startsWith("/")) {
            TextSpan pointed = json.of(where.file(), where.line(), fragment);
            if (pointed != null) {
                return pointed;
            }
        } else if (fragment != null && isHtml(where.file())) {
            if (!html.containsKey(where.file())) {
                html.put(where.file(), page(where.file())); // null too: a page that cannot be read is tried once
            }
            HtmlSourceRanges page = html.get(where.file());
            return page == null ? null : page.find(fragment);
        }
        if (where.line() > 0) {
            return TextSpan.at(-1, where.line(), where.column());
        }
        return fragment == null ? TextSpan.at(-1, 1, 0) : null;
    }

    private static boolean isHtml(String file) {
        String lower = file == null ? "" : file.toLowerCase(Locale.ROOT);
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return inner.endsWith(".htm") || inner.endsWith(".html") || inner.endsWith(".xhtml");
    }

    /** The page of {@code file}, or null when it is no longer there or cannot be read (a map cannot hold a null). */
    private static HtmlSourceRanges page(String file) {
        try {
            Path path = Path.of(file);
            return !Files.isRegularFile(path) ? null : HtmlSourceRanges.read(path);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
