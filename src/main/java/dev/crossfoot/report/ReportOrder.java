package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One deterministic order for findings, so every format lists them alike and golden files hold. */
public final class ReportOrder {

    private ReportOrder() {
    }

    /** Input problems first, then by document, table order of reading, severity, and rule. */
    public static List<Finding> findings(CheckRun run) {
        Map<String, Integer> tableOrder = new HashMap<>();
        for (Document document : run.documents()) {
            for (Table table : document.tables()) {
                tableOrder.putIfAbsent(document.id() + "\u0000" + table.id(), tableOrder.size());
            }
        }
        return run.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.rule().startsWith("INPUT.") ? 0 : 1)
                        .thenComparing(f -> nullToEmpty(f.document()))
                        .thenComparingInt(f -> tableOrder.getOrDefault(f.document() + "\u0000" + f.table(), -1))
                        .thenComparing(f -> -f.severity().ordinal())
                        .thenComparing(f -> f.primaryLocation().toString())
                        .thenComparing(Finding::rule))
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
