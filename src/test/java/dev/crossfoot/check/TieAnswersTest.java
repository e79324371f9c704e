package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tie's answer remembered for the document ({@link DocumentTables#find}) is the answer searched afresh
 * ({@link DocumentTables#search}): every statement of the Sonus fixtures and the earnings releases asking for every
 * concept of the document, in every kind of statement, for every period its columns show and their starts and ends,
 * without a label and with each label a row of the concept has — asked twice, the second time in the reverse order, so
 * that most answers come from the memo. Questions that differ in any part, or come from another table alike in
 * content, do not share an answer.
 */
class TieAnswersTest {

    @Test
    void rememberedAnswersAreTheAnswersSearchedAfresh() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        int asked = 0;
        int found = 0;
        for (Document document : Inputs.standard().readAll(List.of(Path.of("fixtures/sonus-2007-late-filing"),
                Path.of("fixtures/sonus-2011q3"), SharedData.require("corpus/earnings-releases"))).documents()) {
            List<StatementTable> statements = checker.check(document).statements();
            if (statements.size() < 2) {
                continue;
            }
            DocumentTables tables = new DocumentTables(statements);
            List<Object[]> questions = questions(statements);
            for (int round = 0; round < 2; round++) {
                for (int q = 0; q < questions.size(); q++) {
                    Object[] question = questions.get(round == 0 ? q : questions.size() - 1 - q);
                    StatementKind kind = (StatementKind) question[0];
                    String concept = (String) question[1];
                    Period period = (Period) question[2];
                    StatementTable from = (StatementTable) question[3];
                    String label = (String) question[4];
                    DocumentTables.Located remembered = tables.find(kind, concept, period, from, label);
                    DocumentTables.Located searched = tables.search(kind, concept, period, from, label);
                    // Compared as records (the same table, row and column); told by where they are, not their whole content.
                    assertTrue(java.util.Objects.equals(searched, remembered), () -> document.id() + ": " + concept + " in " + kind
                            + " for " + period + " from table " + from.id() + " as " + label + ": searched " + where(searched)
                            + ", remembered " + where(remembered));
                    asked++;
                    found += remembered == null ? 0 : 1;
                }
            }
        }
        assertTrue(asked >= 10_000, "questions asked: " + asked);
        assertTrue(found >= 1_000, "questions answered with a cell: " + found);
    }

    private static String where(DocumentTables.Located located) {
        return located == null ? "nothing" : located.table().id() + " row " + located.row().index() + " column " + located.column();
    }

    private static List<Object[]> questions(List<StatementTable> statements) {
        Set<String> concepts = new LinkedHashSet<>();
        Set<Period> periods = new LinkedHashSet<>();
        for (StatementTable table : statements) {
            for (StatementRow row : table.rows()) {
                if (row.concept() != null) {
                    concepts.add(row.concept());
                }
            }
            for (int c = 0; c < table.width(); c++) {
                Period period = table.period(c);
                if (period != null) {
                    periods.add(period);
                    periods.add(DocumentTables.periodAt(period, "start"));
                    periods.add(DocumentTables.periodAt(period, "end"));
                }
            }
        }
        periods.remove(null);
        List<Object[]> questions = new ArrayList<>();
        for (StatementTable from : statements) {
            for (String concept : concepts) {
                List<String> labels = new ArrayList<>();
                labels.add(null);
                for (StatementTable table : statements) {
                    for (StatementRow row : DocumentTables.rowsOf(table, concept)) {
                        if (!labels.contains(row.label())) {
                            labels.add(row.label());
                        }
                    }
                }
                for (StatementKind kind : List.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME, StatementKind.CASH_FLOW,
                        StatementKind.EQUITY)) {
                    for (Period period : periods) {
                        for (String label : labels) {
                            questions.add(new Object[] {kind, concept, period, from, label});
                        }
                    }
                }
            }
        }
        return questions;
    }

    @Test
    void questionsDifferingInAnyPartDoNotShare() {
        StatementTable from = new StatementTable(null, null, 0, StatementKind.INCOME, List.of(), List.of());
        StatementTable alike = new StatementTable(null, null, 0, StatementKind.INCOME, List.of(), List.of());
        Period year = new Period(false, LocalDate.of(2024, 12, 31), 12, null);
        DocumentTables.Question question = new DocumentTables.Question(StatementKind.INCOME, "net_income", year, from, "Net income");
        assertEquals(question, new DocumentTables.Question(StatementKind.INCOME, "net_income",
                new Period(false, LocalDate.of(2024, 12, 31), 12, null), from, "Net income"));
        assertEquals(question.hashCode(), new DocumentTables.Question(StatementKind.INCOME, "net_income",
                new Period(false, LocalDate.of(2024, 12, 31), 12, null), from, "Net income").hashCode());
        assertEquals(from, alike, "records alike in content");
        for (DocumentTables.Question other : List.of(
                new DocumentTables.Question(StatementKind.CASH_FLOW, "net_income", year, from, "Net income"),
                new DocumentTables.Question(StatementKind.INCOME, "revenue", year, from, "Net income"),
                new DocumentTables.Question(StatementKind.INCOME, "net_income", new Period(false, LocalDate.of(2024, 12, 31), 3, null), from, "Net income"),
                new DocumentTables.Question(StatementKind.INCOME, "net_income", new Period(false, LocalDate.of(2024, 12, 31), 12, "restated"), from, "Net income"),
                new DocumentTables.Question(StatementKind.INCOME, "net_income", year, alike, "Net income"),
                new DocumentTables.Question(StatementKind.INCOME, "net_income", year, from, "Net earnings"),
                new DocumentTables.Question(StatementKind.INCOME, "net_income", year, from, null))) {
            assertNotEquals(question, other, other.toString());
        }
    }
}
