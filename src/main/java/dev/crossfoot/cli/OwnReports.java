package dev.crossfoot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Recognises crossfoot's own output (reports and baselines) in a folder being checked, so that
 * the second CI run does not check the first run's report as a document. Recognised by content,
 * not by name: each format's opening (or, for the text report, its closing gate line).
 */
final class OwnReports {

    private static final int HEAD = 4096;
    private static final Pattern BASELINE = Pattern.compile("^\\{\\s*\"crossfoot-baseline\"\\s*:");
    /** A whole-run report opens with its summary; a streamed one with its findings (the summary is known last). */
    private static final Pattern JSON_REPORT = Pattern.compile("^\\{\\s*\"crossfoot\"\\s*:\\s*1\\s*,\\s*\"(summary|findings)\"\\s*:");
    private static final Pattern SARIF = Pattern.compile("^\\{\\s*\"\\$schema\"\\s*:\\s*\"[^\"]*sarif[^\"]*\"[\\s\\S]*\"name\"\\s*:\\s*\"crossfoot\"");
    private static final Pattern TEXT_GATE = Pattern.compile("(?m)^gate (passed|FAILED): ");

    private OwnReports() {
    }

    /** What crossfoot wrote this file as ("a crossfoot baseline"), or null when it is not crossfoot's own. */
    static String recognise(Path file) {
        String head;
        String tail;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEAD);
            head = new String(start, StandardCharsets.UTF_8).stripLeading();
            long size = Files.size(file);
            if (size <= HEAD) {
                tail = head;
            } else {
                in.skipNBytes(Math.max(0, size - HEAD - start.length));
                tail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException unreadable) {
            return null; // reading it will say what is wrong with it
        }
        if (BASELINE.matcher(head).find()) {
            return "a crossfoot baseline (--write-baseline)";
        }
        if (JSON_REPORT.matcher(head).find()) {
            return "a crossfoot JSON report";
        }
        if (SARIF.matcher(head).find()) {
            return "a crossfoot SARIF report";
        }
        if (head.contains("<title>crossfoot audit report</title>")) {
            return "a crossfoot HTML report";
        }
        if (head.startsWith("### crossfoot: ")) {
            return "a crossfoot markdown report";
        }
        if (head.startsWith("rule,severity,document,table,column,row,location,")) {
            return "a crossfoot CSV report";
        }
        if (TEXT_GATE.matcher(tail).find() && tail.contains(" checks evaluated, ")) {
            return "a crossfoot text report";
        }
        return null;
    }
}
