package dev.crossfoot.check;

import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.SyntaxError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written recursive-descent parser for rule files. Line-oriented: a rule starts with
 * {@code rule ID "sentence"}, its identity (or {@code structure NAME}) stands on the next line,
 * and option lines ({@code severity}, {@code tolerance}, {@code scope}, {@code help}) follow.
 *
 * <pre>
 * file      = { "statement" kinds | rule } ;
 * rule      = "rule" ID STRING NL ( identity | "structure" NAME ) NL { option NL } ;
 * identity  = expr "=" expr ;
 * expr      = term { ("+" | "-") term } ;
 * term      = unary { ("*" | "/") unary } ;
 * unary     = "-" unary | NUMBER | lines | choice | "(" expr ")" ;
 * lines     = ( "between" | "income_effect" ) "(" CONCEPT "," CONCEPT ")" | "others" "(" CONCEPT ")" ;
 * choice    = ref { "or" ref } ;                 the first of them the table reports
 * ref       = [ KIND ":" ] CONCEPT [ "?" ] ;
 * option    = "severity" LEVEL | "tolerance" NUMBER "%" | "scope" kinds | "help" STRING
 *           | "unless" "through" CONCEPT { "," CONCEPT }    not where its lines pass one of them
 *           | "warning" "within" NUMBER "%" [ "when" expr "=" expr ] STRING ;
 * </pre>
 *
 * Every error is a {@link SyntaxError} at {@code file:line:column} saying what was expected.
 */
public final class RuleParser {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private RuleParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    public static List<Rule> parse(String file, String text) {
        return new RuleParser(file, text).rules();
    }

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        Set<StatementKind> statement = EnumSet.noneOf(StatementKind.class);
        while (true) {
            skipBlankLines();
            if (atEnd()) {
                return rules;
            }
            if (atWord("statement")) {
                expectWord("statement");
                statement = kinds();
                endOfLine();
            } else if (atWord("rule")) {
                rules.add(rule(statement));
            } else {
                throw error("expected 'rule' or 'statement'");
            }
        }
    }

    private Rule rule(Set<StatementKind> statement) {
        int ruleLine = line;
        expectWord("rule");
        String id = ruleId();
        String sentence = string();
        endOfLine();
        skipBlankLines();
        Expr left = null;
        Expr right = null;
        String structure = null;
        if (atWord("structure")) {
            expectWord("structure");
            structure = name("a structural check name such as section-total");
        } else {
            skipSpaces();
            int leftColumn = pos;
            left = expr();
            if (!(left instanceof Expr.Ref ref) || ref.statement() != null) {
                pos = leftColumn;
                throw error("the left side of an identity must be the one concept it checks, on this statement");
            }
            skipSpaces();
            if (peek() != '=') {
                throw error("expected '=' between the two sides of the identity");
            }
            pos++;
            right = expr();
        }
        endOfLine();
        Severity severity = Severity.ERROR;
        BigDecimal tolerance = null;
        String help = null;
        List<Rule.Lenience> leniences = new ArrayList<>();
        List<String> unlessThrough = new ArrayList<>();
        List<String> unlessShown = new ArrayList<>();
        Set<StatementKind> scope = statement;
        while (true) {
            skipBlankLines();
            if (atWord("severity")) {
                expectWord("severity");
                severity = severity();
            } else if (atWord("tolerance")) {
                expectWord("tolerance");
                tolerance = percent("after the tolerance (a relative widening, e.g. 'tolerance 0.5%')");
            } else if (atWord("scope")) {
                expectWord("scope");
                scope = kinds();
            } else if (atWord("warning") && !atWord("severity")) {
                expectWord("warning");
                expectWord("within");
                BigDecimal margin = percent("after the margin (e.g. 'warning within 2% \"why\"')");
                List<Rule.Condition> when = new ArrayList<>();
                skipSpaces();
                if (atWord("when")) {
                    expectWord("when");
                    when.add(condition());
                    skipSpaces();
                    while (atWord("and")) {
                        expectWord("and");
                        when.add(condition());
                        skipSpaces();
                    }
                }
                leniences.add(new Rule.Lenience(margin, string(), when));
            } else if (atWord("unless")) {
                expectWord("unless");
                if (atWord("shown")) {
                    expectWord("shown");
                    unlessShown.addAll(conceptList());
                } else if (atWord("through")) {
                    expectWord("through");
                    unlessThrough.addAll(conceptList());
                } else {
                    throw error("expected 'through' or 'shown' after 'unless'");
                }
            } else if (atWord("help")) {
                expectWord("help");
                help = string();
            } else {
                break;
            }
            endOfLine();
        }
        return new Rule(id, sentence, scope, left, right, structure, severity, tolerance, help, file, ruleLine, leniences,
                unlessThrough, unlessShown);
    }

    /** A number and its '%': a tolerance or a margin. */
    /** {@code a = b}, {@code a <= b} or {@code a >= b}: a condition of a margin. */
    private Rule.Condition condition() {
        Expr left = expr();
        skipSpaces();
        String operator;
        if (peek() == '=') {
            operator = "=";
            pos++;
        } else if ((peek() == '<' || peek() == '>') && pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
            operator = text.charAt(pos) + "=";
            pos += 2;
        } else {
            throw error("expected '=', '<=' or '>=' in the condition of a margin (e.g. 'warning within 10% when a * b = c * d \"why\"')");
        }
        return new Rule.Condition(left, operator, expr());
    }

    private BigDecimal percent(String where) {
        BigDecimal value = number();
        skipSpaces();
        if (peek() != '%') {
            throw error("expected '%' " + where);
        }
        pos++;
        return value;
    }

    private Expr expr() {
        Expr left = term();
        while (true) {
            skipSpaces();
            char c = peek();
            if (c != '+' && c != '-') {
                return left;
            }
            pos++;
            left = new Expr.Binary(c, left, term());
        }
    }

    private Expr term() {
        Expr left = unary();
        while (true) {
            skipSpaces();
            char c = peek();
            if (c != '*' && c != '/') {
                return left;
            }
            pos++;
            left = new Expr.Binary(c, left, unary());
        }
    }

    private Expr unary() {
        skipSpaces();
        char c = peek();
        if (c == '-') {
            pos++;
            return new Expr.Negate(unary());
        }
        if (c == '(') {
            pos++;
            Expr inner = expr();
            skipSpaces();
            if (peek() != ')') {
                throw error("expected ')'");
            }
            pos++;
            return inner;
        }
        if (Character.isDigit(c)) {
            return new Expr.Literal(number());
        }
        if (atWord("between") && peekAfterWord("between") == '(') {
            expectWord("between");
            String[] range = range("between");
            return new Expr.Between(range[0], range[1]);
        }
        if (atWord("income_effect") && peekAfterWord("income_effect") == '(') {
            expectWord("income_effect");
            String[] range = range("income_effect");
            return new Expr.IncomeEffect(range[0], range[1]);
        }
        if (atWord("others") && peekAfterWord("others") == '(') {
            expectWord("others");
            skipSpaces();
            pos++;
            String total = name("the total whose section's other lines are meant");
            skipSpaces();
            if (peek() != ')') {
                throw error("expected ')' to close others(total)");
            }
            pos++;
            return new Expr.Others(total);
        }
        if (Character.isLetter(c)) {
            return choice();
        }
        throw error(atLineEnd() ? "expected a concept, a number or '(' before the end of the line"
                : "expected a concept, a number or '(' but found '" + c + "'");
    }

    private String[] range(String function) {
        skipSpaces();
        pos++;
        String from = name("the concept that starts the range");
        skipSpaces();
        if (peek() != ',') {
            throw error("expected ',' between the two concepts of " + function + "(from, to)");
        }
        pos++;
        String to = name("the concept that ends the range");
        skipSpaces();
        if (peek() != ')') {
            throw error("expected ')' to close " + function + "(from, to)");
        }
        pos++;
        return new String[] {from, to};
    }

    /**
     * {@code a or b}: the first concept reported, by this table or, for {@code kind:concept}, by the
     * document's statement of that kind for the column's period. No option may be optional.
     */
    private Expr choice() {
        int start = pos;
        Expr.Ref first = ref();
        if (!atWord("or")) {
            return first;
        }
        List<Expr.Ref> options = new ArrayList<>(List.of(first));
        while (atWord("or")) {
            expectWord("or");
            skipSpaces();
            options.add(ref());
        }
        if (options.stream().anyMatch(Expr.Ref::optional)) {
            pos = start;
            throw error("'or' chooses between concepts that are reported, none of them optional");
        }
        return new Expr.FirstOf(options);
    }

    private char peekAfterWord(String word) {
        int at = pos + word.length();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return peekAt(at);
    }

    private Expr.Ref ref() {
        String first = name("a concept name");
        String statement = null;
        String concept = first;
        if (peek() == ':') {
            int column = pos;
            pos++;
            try {
                StatementKind.parse(first);
            } catch (IllegalArgumentException unknown) {
                pos = column - first.length();
                throw error("unknown statement kind '" + first + "' (one of " + kindNames() + ")");
            }
            statement = first;
            concept = name("a concept name after '" + first + ":'");
        }
        String at = null;
        if (peek() == '@') {
            if (statement == null) {
                throw error("'@start' and '@end' only follow a concept of another statement (kind:concept@end)");
            }
            pos++;
            at = name("'start' or 'end' after '@'");
            if (!at.equals("start") && !at.equals("end")) {
                pos -= at.length();
                throw error("expected 'start' or 'end' after '@'");
            }
        }
        boolean optional = false;
        if (peek() == '?') {
            pos++;
            optional = true;
        }
        return new Expr.Ref(statement, concept, at, optional);
    }

    /** {@code a, b}: the concepts of an {@code unless through} option, of this rule's statement. */
    private List<String> conceptList() {
        List<String> concepts = new ArrayList<>();
        do {
            skipSpaces();
            if (peek() == ',') {
                pos++;
                skipSpaces();
            }
            concepts.add(name("a concept name after 'unless through' or 'unless shown'"));
            skipSpaces();
        } while (peek() == ',');
        return concepts;
    }

    private Severity severity() {
        String word = name("a severity: error, warning or info");
        try {
            return Severity.parse(word);
        } catch (IllegalArgumentException unknown) {
            pos -= word.length();
            throw error("unknown severity '" + word + "' (expected error, warning or info)");
        }
    }

    private Set<StatementKind> kinds() {
        Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
        do {
            skipSpaces();
            int start = pos;
            String word = kindWord();
            try {
                kinds.add(StatementKind.parse(word));
            } catch (IllegalArgumentException unknown) {
                pos = start;
                throw error("unknown statement kind '" + word + "' (one of " + kindNames() + ")");
            }
            skipSpaces();
        } while (peek() == ',' && ++pos > 0);
        return kinds;
    }

    private static String kindNames() {
        StringBuilder names = new StringBuilder();
        for (StatementKind kind : StatementKind.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(kind.label());
        }
        return names.toString();
    }

    private String kindWord() {
        int start = pos;
        while (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '-' || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a statement kind (one of " + kindNames() + ")");
        }
        return text.substring(start, pos);
    }

    private String ruleId() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && isIdChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a rule id such as IS.gross-profit");
        }
        return text.substring(start, pos);
    }

    private static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    private String name(String what) {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.' || text.charAt(pos) == '-' && pos > start && Character.isLetter(peekAt(pos + 1))
                && !Character.isWhitespace(text.charAt(pos - 1)))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected " + what);
        }
        return text.substring(start, pos);
    }

    private BigDecimal number() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException notNumber) {
            pos = start;
            throw error("expected a number");
        }
    }

    private String string() {
        skipSpaces();
        if (peek() != '"') {
            throw error("expected a quoted sentence");
        }
        int close = text.indexOf('"', pos + 1);
        int newline = text.indexOf('\n', pos + 1);
        if (close < 0 || newline >= 0 && newline < close) {
            throw error("unterminated quoted text (a closing '\"' is missing on this line)");
        }
        String value = text.substring(pos + 1, close);
        pos = close + 1;
        return value;
    }

    private boolean atWord(String word) {
        skipSpaces();
        return text.startsWith(word, pos)
                && (pos + word.length() >= text.length() || !isIdChar(text.charAt(pos + word.length())));
    }

    private void expectWord(String word) {
        if (!atWord(word)) {
            throw error("expected '" + word + "'");
        }
        pos += word.length();
    }

    private void endOfLine() {
        skipSpaces();
        if (peek() == '#') {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }
        if (atEnd()) {
            return;
        }
        if (peek() == '\r') {
            pos++;
        }
        if (peek() != '\n') {
            throw error("unexpected '" + restOfLine() + "'");
        }
        newline();
    }

    private void skipBlankLines() {
        while (true) {
            skipSpaces();
            if (peek() == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            }
            if (peek() == '\r') {
                pos++;
            }
            if (peek() == '\n') {
                newline();
            } else {
                return;
            }
        }
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private boolean atLineEnd() {
        return atEnd() || peek() == '\n' || peek() == '\r' || peek() == '#';
    }

    private char peek() {
        return peekAt(pos);
    }

    private char peekAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private String restOfLine() {
        int end = text.indexOf('\n', pos);
        return text.substring(pos, end < 0 ? text.length() : end).strip();
    }

    private SyntaxError error(String message) {
        return new SyntaxError(file, line, pos - lineStart + 1, message);
    }
}
