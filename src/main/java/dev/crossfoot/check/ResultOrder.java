package dev.crossfoot.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order the rules themselves give a statement: each result is computed from the concepts on
 * its right side, and a presented statement shows it below them (net income below income before
 * taxes, which is below operating income). So the concepts computed, directly or not, from a
 * concept lie below its row. Lines between two rows of an identity that hold one of those were not
 * listed in the statement's order — a data set whose line numbers scramble a recast statement — and
 * the identity cannot be read from them.
 */
final class ResultOrder {

    private final Map<String, Set<String>> computedFrom = new HashMap<>();
    private final Map<String, List<Rule>> computing = new HashMap<>();
    /**
     * {@link #below} of each concept, worked out once: binding a rule asks it for every column,
     * convention, presentation and reading, and walking the rules' graph each time was a search
     * of sets of strings for a fixed answer.
     */
    private final Map<String, Set<String>> below = new HashMap<>();

    ResultOrder(List<Rule> rules) {
        for (Rule rule : rules) {
            if (!(rule.left() instanceof Expr.Ref result) || result.statement() != null) {
                continue;
            }
            computing.computeIfAbsent(result.concept(), key -> new java.util.ArrayList<>()).add(rule);
            Set<String> inputs = new HashSet<>();
            collect(rule.right(), inputs);
            for (String input : inputs) {
                computedFrom.computeIfAbsent(input, key -> new HashSet<>()).add(result.concept());
            }
        }
        for (String concept : computedFrom.keySet()) {
            below.put(concept, java.util.Collections.unmodifiableSet(reachableFrom(concept)));
        }
    }

    /** The concepts of its statement the rules compute {@code concept} from directly. */
    Set<String> inputs(String concept) {
        Set<String> inputs = new HashSet<>();
        for (Rule rule : computing(concept)) {
            collect(rule.right(), inputs);
        }
        inputs.remove(concept);
        return inputs;
    }

    /** The rules that compute {@code concept} from others of its statement. */
    List<Rule> computing(String concept) {
        return computing.getOrDefault(concept, List.of());
    }

    /** Whether a rule computes {@code concept}: a result, where the others are lines of the statement. */
    boolean computed(String concept) {
        return computing.containsKey(concept);
    }

    /** Every concept the rules compute, directly or through others, from {@code concept}. */
    Set<String> below(String concept) {
        return below.getOrDefault(concept, Set.of());
    }

    private Set<String> reachableFrom(String concept) {
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(computedFrom.getOrDefault(concept, Set.of()));
        while (!open.isEmpty()) {
            String next = open.pop();
            if (!next.equals(concept) && seen.add(next)) {
                open.addAll(computedFrom.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** The concepts of this statement a side of an identity reads (not those of other statements). */
    private static void collect(Expr expr, Set<String> concepts) {
        if (expr instanceof Expr.Ref ref) {
            if (ref.statement() == null) {
                concepts.add(ref.concept());
            }
        } else if (expr instanceof Expr.FirstOf choice) {
            choice.options().forEach(option -> collect(option, concepts));
        } else if (expr instanceof Expr.Between between) {
            concepts.add(between.from());
        } else if (expr instanceof Expr.IncomeEffect effect) {
            concepts.add(effect.from());
        } else if (expr instanceof Expr.Negate negate) {
            collect(negate.operand(), concepts);
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), concepts);
            collect(binary.right(), concepts);
        }
    }
}
