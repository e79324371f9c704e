package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;

import java.util.Comparator;
import java.util.List;

/** One deterministic order for findings, so every format lists them alike and golden files hold. */
public final class ReportOrder {

    private ReportOrder() {
    }

    /** Input problems first, then by document, table order of reading, severity, and rule. */
    public static List<Finding> findings(CheckRun run) {
        List<String> tableOrder = run.statements().stream().map(s -> s.document().id() + "\u0000" + s.id()).toList();
        return run.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.rule().startsWith("INPUT.") ? 0 : 1)
                        .thenComparing(f -> nullToEmpty(f.document()))
                        .thenComparingInt(f -> tableOrder.indexOf(f.document() + "\u0000" + f.table()))
                        .thenComparing(f -> -f.severity().ordinal())
                        .thenComparing(f -> f.primaryLocation().toString())
                        .thenComparing(Finding::rule))
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
