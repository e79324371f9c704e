package dev.crossfoot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.read.JsonSyntax;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's settings for crossfoot, as linters keep theirs: {@code .crossfoot.json} in the
 * working directory, or the file {@code --config} names. JSON, because it needs no parser beyond
 * what crossfoot already has and every editor checks it:
 *
 * <pre>{
 *   "fail-on": "error",
 *   "exclude": ["reports/**", "*.draft.csv"],
 *   "rules": {
 *     "IS.revenue-total": "off",
 *     "FOOT.section-total": "warning",
 *     "BS.balance": {"severity": "error", "statements": ["balance-sheet"], "tables": ["*consolidated*"]}
 *   }
 * }</pre>
 *
 * Every field is optional; an unknown one is an error naming the file and the field, so that a
 * misspelt setting never silently does nothing. Command-line flags win over the file.
 */
record Config(Path file, String failOn, List<String> excludes, Map<String, RuleSettings.Setting> rules) {

    static final String DEFAULT_NAME = ".crossfoot.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("fail-on", "exclude", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("severity", "statements", "tables");

    static Config none() {
        return new Config(null, null, List.of(), Map.of());
    }

    /** The file {@code --config} names, else {@code .crossfoot.json} in the working directory, else none. */
    static Config find(Path named) throws IOException {
        if (named != null) {
            if (!Files.isRegularFile(named)) {
                throw new IOException(named + ": no such config file (--config)");
            }
            return read(named);
        }
        Path local = Path.of(DEFAULT_NAME);
        return Files.isRegularFile(local) ? read(local) : none();
    }

    static Config read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
            throw new IOException(file + ":" + line + ": not a crossfoot config: " + JsonSyntax.describe(malformed));
        } catch (MalformedInputException binary) {
            throw new IOException(file + ": not a crossfoot config: not UTF-8 text");
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not a crossfoot config: expected a JSON object such as {\"rules\": {\"RULE-ID\": \"off\"}}");
        }
        unknownFields(file, root, FIELDS, "");
        String failOn = root.has("fail-on") ? text(file, root.get("fail-on"), "/fail-on") : null;
        List<String> excludes = new ArrayList<>();
        if (root.has("exclude")) {
            JsonNode list = root.get("exclude");
            if (!list.isArray()) {
                throw new IOException(file + ": /exclude must be a list of globs, e.g. [\"reports/**\"]");
            }
            for (int i = 0; i < list.size(); i++) {
                excludes.add(text(file, list.get(i), "/exclude/" + i));
            }
        }
        Map<String, RuleSettings.Setting> rules = new LinkedHashMap<>();
        if (root.has("rules")) {
            JsonNode node = root.get("rules");
            if (!node.isObject()) {
                throw new IOException(file + ": /rules must be an object of rule ids, e.g. {\"IS.revenue-total\": \"off\"}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rule = it.next();
                rules.put(rule.getKey(), setting(file, rule.getKey(), rule.getValue()));
            }
        }
        return new Config(file, failOn, excludes, rules);
    }

    private static RuleSettings.Setting setting(Path file, String id, JsonNode value) throws IOException {
        String where = file + ": /rules/" + id;
        if (value.isTextual()) {
            return RuleSettings.Setting.level(value.asText(), where);
        }
        if (!value.isObject()) {
            throw new IOException(where + " must be a level (off, info, warning, error) or an object with severity, statements, tables");
        }
        unknownFields(file, value, RULE_FIELDS, "/rules/" + id);
        RuleSettings.Setting setting = value.has("severity")
                ? RuleSettings.Setting.level(text(file, value.get("severity"), "/rules/" + id + "/severity"), where)
                : RuleSettings.Setting.unchanged(where);
        if (value.has("statements")) {
            setting = setting.withStatements(list(file, value.get("statements"), "/rules/" + id + "/statements"));
        }
        if (value.has("tables")) {
            setting = setting.withTables(list(file, value.get("tables"), "/rules/" + id + "/tables"));
        }
        return setting;
    }

    private static List<String> list(Path file, JsonNode node, String pointer) throws IOException {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
            return values;
        }
        if (!node.isArray()) {
            throw new IOException(file + ": " + pointer + " must be a list of strings");
        }
        for (int i = 0; i < node.size(); i++) {
            values.add(text(file, node.get(i), pointer + "/" + i));
        }
        return values;
    }

    private static void unknownFields(Path file, JsonNode object, Set<String> known, String pointer) throws IOException {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IOException(file + ": " + pointer + "/" + name + ": unknown setting (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(Path file, JsonNode node, String pointer) throws IOException {
        if (node == null || !node.isTextual()) {
            throw new IOException(file + ": " + pointer + " must be a string");
        }
        return node.asText();
    }
}
