package dev.crossfoot.check;

import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.SyntaxError;
import dev.crossfoot.understand.ClaimWords;
import dev.crossfoot.understand.ConceptDictionary;
import dev.crossfoot.understand.Lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules, concept dictionary and lexicon in force: the built-in {@code rules/} shipped in the
 * jar (listed in {@code rules/INDEX}), then any {@code --rules DIR}, whose rules replace built-in
 * ones of the same id, whose concepts take precedence and whose languages add their cues.
 */
public final class RuleBook {

    private static final String BUILT_IN = "rules/";

    private final Map<String, Rule> rules;
    private final ConceptDictionary concepts;
    private final Lexicon lexicon;
    private final ClaimWords claimWords;
    /**
     * The catalogue, made on the first ask: a book never changes (its changes are new books), and a streamed run hands it
     * with every document's part, where making each rule's description afresh was 4 % of the checking thread.
     */
    private volatile List<RuleInfo> catalogue;

    private RuleBook(Map<String, Rule> rules, ConceptDictionary concepts, Lexicon lexicon, ClaimWords claimWords) {
        this.rules = rules;
        this.concepts = concepts;
        this.lexicon = lexicon;
        this.claimWords = claimWords;
    }

    public static RuleBook builtIn() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        ConceptDictionary concepts = ConceptDictionary.empty();
        for (String name : resource(BUILT_IN + "INDEX").split("\\R")) {
            String file = name.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            String text = resource(BUILT_IN + file);
            if (file.endsWith(".rules")) {
                addRules(rules, RuleParser.parse(BUILT_IN + file, text), BUILT_IN + file);
            } else if (file.endsWith(".concepts")) {
                concepts = ConceptDictionary.parse(BUILT_IN + file, text).overriddenBy(concepts);
            }
        }
        return new RuleBook(rules, concepts, Lexicon.builtIn(), ClaimWords.builtIn());
    }

    /** This book with the rule and concept files of a user's folder added on top. */
    public RuleBook withFolder(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return withFiles(listing.sorted().toList());
        }
    }

    /** This book with one rule, concept or lexicon file of a user's added on top. */
    public RuleBook withFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".rules") && !name.endsWith(".concepts") && !name.endsWith(".lexicon")
                && !name.endsWith(".claims")) {
            throw new IOException(file + ": a rule file ends in .rules, a concept file in .concepts, a lexicon in .lexicon,"
                    + " claim words in .claims");
        }
        return withFiles(List.of(file));
    }

    private RuleBook withFiles(List<Path> files) throws IOException {
        Map<String, Rule> merged = new LinkedHashMap<>(rules);
        ConceptDictionary mergedConcepts = concepts;
        Lexicon mergedLexicon = lexicon;
        ClaimWords mergedClaimWords = claimWords;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".rules")) {
                List<Rule> parsed = RuleParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                for (Rule rule : parsed) {
                    merged.put(rule.id(), rule);
                }
            } else if (name.endsWith(".concepts")) {
                mergedConcepts = mergedConcepts.overriddenBy(
                        ConceptDictionary.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } else if (name.endsWith(".lexicon")) {
                mergedLexicon = mergedLexicon.with(Lexicon.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } else if (name.endsWith(".claims")) {
                mergedClaimWords = mergedClaimWords.with(ClaimWords.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return new RuleBook(merged, mergedConcepts, mergedLexicon, mergedClaimWords);
    }

    private static void addRules(Map<String, Rule> into, List<Rule> parsed, String file) {
        for (Rule rule : parsed) {
            Rule earlier = into.put(rule.id(), rule);
            if (earlier != null) {
                throw new SyntaxError(file, rule.line(), 1,
                        "rule id " + rule.id() + " is already defined at " + earlier.file() + ":" + earlier.line());
            }
        }
    }

    /** This book with {@code changed} in place of the rule of its id (a user's severity or scope for it). */
    public RuleBook with(Rule changed) {
        if (!rules.containsKey(changed.id())) {
            throw new IllegalArgumentException("no rule " + changed.id() + " to change");
        }
        Map<String, Rule> changedRules = new LinkedHashMap<>(rules);
        changedRules.put(changed.id(), changed);
        return new RuleBook(changedRules, concepts, lexicon, claimWords);
    }

    /** This book without the rule of this id (a user turned it off). */
    public RuleBook without(String id) {
        Map<String, Rule> fewer = new LinkedHashMap<>(rules);
        fewer.remove(id);
        return new RuleBook(fewer, concepts, lexicon, claimWords);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Rule rule(String id) {
        return rules.get(id);
    }

    public ConceptDictionary concepts() {
        return concepts;
    }

    /** The label cues of every language: the built-in files and a folder's {@code .lexicon} files. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The words of figures stated in text: the built-in claims files and a folder's {@code .claims} files. */
    public ClaimWords claimWords() {
        return claimWords;
    }

    /** Each rule's description, then the input's problems': the same unmodifiable list every time it is asked. */
    public List<RuleInfo> catalogue() {
        List<RuleInfo> made = catalogue;
        if (made == null) {
            made = describe();
            catalogue = made;
        }
        return made;
    }

    /** The catalogue worked out afresh from the rules (what {@link #catalogue} keeps). */
    List<RuleInfo> describe() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Rule rule : rules.values()) {
            infos.add(rule.info());
        }
        infos.addAll(InputRules.catalogue());
        return List.copyOf(infos);
    }

    private static String resource(String name) {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
