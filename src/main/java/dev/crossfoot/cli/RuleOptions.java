package dev.crossfoot.cli;

import dev.crossfoot.check.RuleBook;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force, shared by every command that needs them: the built-in ones, {@code --rules}
 * files, and the user's settings from the config file and the {@code --rule*} flags.
 */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "PATH",
            description = "A folder of extra or overriding rule (.rules), concept (.concepts) and lexicon (.lexicon) files, or one such file; repeatable.")
    List<Path> rulePaths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (JSON: fail-on, exclude, rules); default: " + Config.DEFAULT_NAME + " in the working directory, if there is one.")
    Path configFile;

    @Option(names = "--rule", paramLabel = "ID=LEVEL",
            description = "Set a rule's severity: off, info, warning or error (e.g. --rule IS.revenue-total=off); repeatable.")
    List<String> ruleLevels = new ArrayList<>();

    @Option(names = "--rule-statements", paramLabel = "ID=KIND[,KIND]",
            description = "Apply a rule only to these statement kinds (income, balance-sheet, cash-flow, equity, ...); repeatable.")
    List<String> ruleStatements = new ArrayList<>();

    @Option(names = "--rule-tables", paramLabel = "ID=GLOB[,GLOB]",
            description = "Report a rule only on tables whose title matches a glob (* any text, case-insensitive); repeatable.")
    List<String> ruleTables = new ArrayList<>();

    private Config config;

    /** The config file in force (found once). */
    Config config() throws IOException {
        if (config == null) {
            config = Config.find(configFile);
        }
        return config;
    }

    /** The built-in rules with every {@code --rules} path added, before the user's settings. */
    RuleBook baseBook() throws IOException {
        RuleBook book = RuleBook.builtIn();
        for (Path path : rulePaths) {
            if (Files.isDirectory(path)) {
                book = book.withFolder(path);
            } else if (Files.isRegularFile(path)) {
                book = book.withFile(path);
            } else {
                throw new IOException(path + ": no such rule file or folder (--rules)");
            }
        }
        return book;
    }

    /** The rules as in force: the base book with the config file's and the flags' settings. */
    RuleBook book() throws IOException {
        return settings(config()).book(baseBook());
    }

    RuleSettings settings(Config fromFile) throws IOException {
        Map<String, RuleSettings.Setting> flags = new LinkedHashMap<>();
        for (String level : ruleLevels) {
            String[] idAndValue = split(level, "--rule", "ID=LEVEL");
            merge(flags, idAndValue[0], RuleSettings.Setting.level(idAndValue[1], "--rule " + level));
        }
        for (String kinds : ruleStatements) {
            String[] idAndValue = split(kinds, "--rule-statements", "ID=KIND[,KIND]");
            merge(flags, idAndValue[0], RuleSettings.Setting.unchanged("--rule-statements " + kinds)
                    .withStatements(List.of(idAndValue[1].split(","))));
        }
        for (String globs : ruleTables) {
            String[] idAndValue = split(globs, "--rule-tables", "ID=GLOB[,GLOB]");
            merge(flags, idAndValue[0], RuleSettings.Setting.unchanged("--rule-tables " + globs)
                    .withTables(List.of(idAndValue[1].split(","))));
        }
        return RuleSettings.of(fromFile.rules(), flags);
    }

    private static void merge(Map<String, RuleSettings.Setting> flags, String id, RuleSettings.Setting setting) {
        flags.merge(id, setting, RuleSettings.Setting::overriddenBy);
    }

    private static String[] split(String option, String name, String form) throws IOException {
        int equals = option.indexOf('=');
        if (equals <= 0 || equals == option.length() - 1) {
            throw new IOException(name + " " + option + ": expected " + form);
        }
        return new String[] {option.substring(0, equals).strip(), option.substring(equals + 1).strip()};
    }
}
