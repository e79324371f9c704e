package dev.crossfoot.bench;

import dev.crossfoot.SharedData;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the errors on the real 10-K/10-Q corpus fall: by rule, on the primary statements (balance
 * sheet, income, cash flow) and on the other tables, and how many primary statements have a dated
 * period on every column. Run by hand ({@code java … HtmlCorpusTally DIR [findings.txt]}) while
 * working on the reader; the regression test asserts the same figures.
 */
public final class HtmlCorpusTally {

    static final List<StatementKind> PRIMARY = List.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME,
            StatementKind.CASH_FLOW);

    private HtmlCorpusTally() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : SharedData.path("corpus/html-10k-10q").toString());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        Crossfoot crossfoot = Crossfoot.standard();
        Map<String, Integer> primary = new TreeMap<>();
        Map<String, Integer> other = new TreeMap<>();
        int statements = 0;
        int dated = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args.length > 1 ? args[1] : "/tmp/tally.txt")))) {
            for (Path file : files) {
                CheckRun run = crossfoot.check(List.of(file));
                Map<String, StatementTable> byId = new java.util.HashMap<>();
                for (StatementTable table : run.statements()) {
                    byId.put(table.id(), table);
                    if (PRIMARY.contains(table.kind())) {
                        statements++;
                        if (table.periods().stream().limit(table.table().columns().size())
                                .allMatch(p -> p != null && p.end() != null)) {
                            dated++;
                        } else {
                            out.println("UNDATED " + file.getFileName() + " " + table.id() + " " + table.kind() + " "
                                    + table.table().columns() + " " + table.periods() + " | " + table.table().title());
                        }
                    }
                }
                for (Finding finding : run.findings()) {
                    if (finding.severity() != Severity.ERROR) {
                        continue;
                    }
                    StatementTable table = byId.get(finding.table());
                    boolean isPrimary = table != null && PRIMARY.contains(table.kind());
                    (isPrimary ? primary : other).merge(finding.rule(), 1, Integer::sum);
                    out.println((isPrimary ? "PRIMARY " : "OTHER ") + (table == null ? "?" : table.kind()) + " "
                            + file.getFileName() + " " + finding.table() + " [" + finding.rule() + "] "
                            + finding.message().replace('\n', ' ') + " @ " + finding.primaryLocation());
                }
            }
        }
        System.out.println("primary errors " + primary.values().stream().mapToInt(i -> i).sum() + " " + primary);
        System.out.println("other errors " + other.values().stream().mapToInt(i -> i).sum() + " " + other);
        System.out.printf("primary statements %d, dated on every column %d (%.1f%%)%n", statements, dated,
                100.0 * dated / statements);
    }
}
