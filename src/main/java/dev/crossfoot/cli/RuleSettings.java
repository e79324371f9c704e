package dev.crossfoot.cli;

import dev.crossfoot.check.Rule;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.PassedCount;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.Table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's control over the rules without rewriting them: turn a rule off, set its severity, limit
 * it to some statement kinds or to tables whose title matches a glob. From the config file and
 * from {@code --rule}, {@code --rule-statements}, {@code --rule-tables} (flags win).
 *
 * <p>Severity and statement kinds change the rule itself, so its checks run as the user says and
 * {@code crossfoot rules} shows it. A table-title scope is applied to the run's findings and
 * check outcomes, since a title is known only once a table is read. Input rules
 * ({@code INPUT.*}) take a severity only: turning one off or scoping it would let an unreadable
 * document pass unseen — accept such findings with {@code --baseline} instead.
 */
final class RuleSettings {

    /** One rule's setting; null fields leave that part of the rule as written. */
    record Setting(Severity severity, boolean off, Set<StatementKind> statements, List<String> tables, String source) {

        static Setting unchanged(String source) {
            return new Setting(null, false, null, null, source);
        }

        static Setting level(String level, String source) throws IOException {
            String word = level.strip().toLowerCase(Locale.ROOT);
            if (word.equals("off")) {
                return new Setting(null, true, null, null, source);
            }
            try {
                return new Setting(Severity.parse(word), false, null, null, source);
            } catch (IllegalArgumentException unknown) {
                throw new IOException(source + ": '" + level + "' is not a level: off, info, warning or error");
            }
        }

        Setting withStatements(List<String> kinds) throws IOException {
            Set<StatementKind> parsed = new LinkedHashSet<>();
            for (String kind : kinds) {
                try {
                    parsed.add(StatementKind.parse(kind));
                } catch (IllegalArgumentException unknown) {
                    throw new IOException(source + ": '" + kind + "' is not a statement kind ("
                            + String.join(", ", java.util.Arrays.stream(StatementKind.values()).map(StatementKind::label).toList()) + ")");
                }
            }
            return new Setting(severity, off, parsed, tables, source);
        }

        Setting withTables(List<String> globs) {
            return new Setting(severity, off, statements, List.copyOf(globs), source);
        }

        /** This setting with every part {@code later} sets taken from it. */
        Setting overriddenBy(Setting later) {
            return new Setting(later.severity != null || later.off ? later.severity : severity, later.off || later.severity == null && off,
                    later.statements != null ? later.statements : statements, later.tables != null ? later.tables : tables,
                    later.source);
        }
    }

    private final Map<String, Setting> settings;

    RuleSettings(Map<String, Setting> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** The config file's settings with the flags' on top. */
    static RuleSettings of(Map<String, Setting> fromConfig, Map<String, Setting> fromFlags) {
        Map<String, Setting> merged = new LinkedHashMap<>(fromConfig);
        fromFlags.forEach((id, flag) -> merged.merge(id, flag, Setting::overriddenBy));
        return new RuleSettings(merged);
    }

    /** The book with each rule as set: off rules gone, severities and statement kinds changed. */
    RuleBook book(RuleBook book) throws IOException {
        Set<String> inputRules = new java.util.HashSet<>();
        for (RuleInfo info : book.catalogue()) {
            if (book.rule(info.id()) == null) {
                inputRules.add(info.id());
            }
        }
        RuleBook changed = book;
        for (Map.Entry<String, Setting> entry : settings.entrySet()) {
            String id = entry.getKey();
            Setting setting = entry.getValue();
            Rule rule = book.rule(id);
            if (inputRules.contains(id)) {
                if (setting.off() || setting.statements() != null || setting.tables() != null) {
                    throw new IOException(setting.source() + ": " + id + " takes a severity only: turning it off or scoping it "
                            + "would let unreadable input pass unseen (accept its findings with --baseline instead)");
                }
                continue;
            }
            if (rule == null) {
                throw new IOException(setting.source() + ": no rule " + id + " ('crossfoot rules' lists them)");
            }
            if (setting.off()) {
                changed = changed.without(id);
                continue;
            }
            changed = changed.with(new Rule(rule.id(), rule.sentence(),
                    setting.statements() != null ? setting.statements() : rule.scope(), rule.left(), rule.right(),
                    rule.structure(), setting.severity() != null ? setting.severity() : rule.severity(), rule.tolerance(),
                    rule.help(), rule.file(), rule.line(), rule.leniences(), rule.unlessThrough(), rule.unlessShown()));
        }
        return changed;
    }

    /**
     * The run as the settings want it reported: input findings at their set severity, and the
     * findings and outcomes of rules scoped by table title kept only for tables whose title matches.
     */
    CheckRun apply(CheckRun run) {
        if (settings.isEmpty()) {
            return run;
        }
        Map<String, String> titles = new HashMap<>();
        for (Document document : run.documents()) {
            for (Table table : document.tables()) {
                titles.put(document.id() + "\u0000" + table.id(), table.title().isEmpty() ? table.id() : table.title());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : run.findings()) {
            Setting setting = settings.get(finding.rule());
            if (setting != null && !inScope(setting, titles.get(finding.document() + "\u0000" + finding.table()))) {
                continue;
            }
            boolean reSeverity = setting != null && setting.severity() != null && finding.rule().startsWith("INPUT.");
            findings.add(reSeverity ? finding.withSeverity(setting.severity()) : finding);
        }
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (CheckOutcome outcome : run.outcomes()) {
            Setting setting = settings.get(outcome.rule());
            if (setting == null || inScope(setting, titles.get(outcome.document() + "\u0000" + outcome.table()))) {
                outcomes.add(outcome);
            }
        }
        List<PassedCount> counted = new ArrayList<>();
        for (PassedCount count : run.counted()) {
            Setting setting = settings.get(count.rule());
            if (setting == null || inScope(setting, count.tableTitle())) {
                counted.add(count);
            }
        }
        return new CheckRun(run.inputs(), run.documents(), run.statements(), outcomes, counted, findings, run.skipped(),
                catalogue(run.rules()));
    }

    /** The catalogue as in force: input rules at their set severity, table scopes named. */
    List<RuleInfo> catalogue(List<RuleInfo> rules) {
        List<RuleInfo> adjusted = new ArrayList<>();
        for (RuleInfo info : rules) {
            Setting setting = settings.get(info.id());
            if (setting == null) {
                adjusted.add(info);
                continue;
            }
            Severity severity = setting.severity() != null ? setting.severity() : info.severity();
            String scope = setting.tables() == null ? info.scope() : info.scope() + "; tables titled " + String.join(" or ", setting.tables());
            adjusted.add(new RuleInfo(info.id(), info.sentence(), info.identity(), severity, scope, info.tolerance(),
                    info.source(), info.help()));
        }
        return adjusted;
    }

    /** The ids turned off, for {@code crossfoot rules}. */
    Set<String> off() {
        Set<String> off = new java.util.TreeSet<>();
        settings.forEach((id, setting) -> {
            if (setting.off()) {
                off.add(id);
            }
        });
        return off;
    }

    private static boolean inScope(Setting setting, String title) {
        if (setting.tables() == null) {
            return true;
        }
        if (title == null) {
            return false;
        }
        for (String glob : setting.tables()) {
            if (glob(glob).matcher(title).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A title glob, case-insensitive: {@code *} any text, {@code ?} one character. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
