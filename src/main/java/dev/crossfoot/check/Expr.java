package dev.crossfoot.check;

import java.math.BigDecimal;

/**
 * The syntax tree of one side of an identity in a rule file. Small and printable, so that
 * {@code explain} and every finding can show the identity as the rule author wrote it.
 */
public sealed interface Expr {

    String render();

    /**
     * A concept, optionally on another statement of the same document ({@code cash_flow:net_income}),
     * optionally at the instant a duration column starts or ends ({@code balance_sheet:cash@end}),
     * optionally allowed to be absent ({@code other_income?}, counted as zero then).
     */
    record Ref(String statement, String concept, String at, boolean optional) implements Expr {
        @Override
        public String render() {
            return (statement == null ? "" : statement + ":") + concept + (at == null ? "" : "@" + at) + (optional ? "?" : "");
        }
    }

    /**
     * Every line reported between two concepts' rows, at the level of the second:
     * {@code between(operating_income, pretax_income)} is the non-operating items.
     */
    record Between(String from, String to) implements Expr {
        @Override
        public String render() {
            return "between(" + from + ", " + to + ")";
        }
    }

    /**
     * The first of several concepts that the table reports ({@code net_income.attributable or net_income}):
     * where filers show one line or another for the same role, the more specific one comes first.
     */
    record FirstOf(java.util.List<Ref> options) implements Expr {
        public FirstOf {
            options = java.util.List.copyOf(options);
        }

        @Override
        public String render() {
            StringBuilder text = new StringBuilder("(");
            for (Ref option : options) {
                text.append(text.length() == 1 ? "" : " or ").append(option.render());
            }
            return text.append(")").toString();
        }
    }

    /**
     * The lines between two concepts' rows like {@link Between}, each counted with its effect on
     * income as its label (or its section's header) says: {@code income_effect(operating_income, pretax_income)}.
     * A line labelled an expense or loss is deducted when the table shows such lines as positive
     * amounts, and added as shown when the table shows them signed; a label that says which side its
     * parentheses hold ("(income) expense", "(gains) and losses") is read by that.
     */
    record IncomeEffect(String from, String to) implements Expr {
        @Override
        public String render() {
            return "income_effect(" + from + ", " + to + ")";
        }
    }

    /**
     * The other lines of the section a total closes: those of its items that no other term of the
     * identity names. {@code others(revenue.total)} is, say, subscription revenue beside product and service.
     */
    record Others(String total) implements Expr {
        @Override
        public String render() {
            return "others(" + total + ")";
        }
    }

    record Literal(BigDecimal value) implements Expr {
        @Override
        public String render() {
            return value.toPlainString();
        }
    }

    record Negate(Expr operand) implements Expr {
        @Override
        public String render() {
            return "-" + operand.render();
        }
    }

    record Binary(char operator, Expr left, Expr right) implements Expr {
        @Override
        public String render() {
            String l = left instanceof Binary b && precedence(b.operator) < precedence(operator) ? "(" + left.render() + ")" : left.render();
            boolean rightNeedsParens = right instanceof Binary b
                    && (precedence(b.operator) < precedence(operator) || precedence(b.operator) == precedence(operator) && (operator == '-' || operator == '/'));
            String r = rightNeedsParens ? "(" + right.render() + ")" : right.render();
            return l + " " + operator + " " + r;
        }

        private static int precedence(char operator) {
            return operator == '+' || operator == '-' ? 1 : 2;
        }
    }
}
