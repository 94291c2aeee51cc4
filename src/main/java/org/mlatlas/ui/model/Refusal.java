package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.plan.CycleFinder;
import org.mlatlas.plan.PrerequisiteGraph;

/**
 * Why an edit did not happen, said once and in words, with the nodes' names: "Refused: making Direct preference
 * optimization a prerequisite of Probability would close a cycle: Probability → KL divergence → Direct preference
 * optimization." For a refused prerequisite that would close a cycle, {@link #cycle} holds the cycle's node ids
 * (the proposed edge's source first and last), so the canvas can show it.
 *
 * @param sentence the status line's sentence
 * @param refused  true when the graph refused the edit (a cycle, a wrong kind, an unknown id), false when saving failed
 * @param cycle    the prerequisite cycle the edit would close, from its source round to it again; empty otherwise
 */
public record Refusal(String sentence, boolean refused, List<String> cycle) {
    public Refusal {
        cycle = List.copyOf(cycle);
    }

    private static final Pattern STORE_PREFIX = Pattern.compile("^refused:\\s*", Pattern.CASE_INSENSITIVE);

    /** The refusal of {@code edit} with {@code failure}, worded with the names in {@code graph}. */
    static Refusal of(AtlasGraph graph, Edit edit, Exception failure) {
        if (!ExplorerViewModel.isRefusal(failure)) {
            return new Refusal("Not saved: " + ExplorerViewModel.message(failure), false, List.of());
        }
        String message = STORE_PREFIX.matcher(ExplorerViewModel.message(failure)).replaceFirst("");
        if (!(edit instanceof Edit.Link link) || failure instanceof UnknownIdException) {
            return new Refusal("Refused: " + message, true, List.of());
        }
        Relation asked = link.asked();
        NameMatcher matcher = new NameMatcher(graph.nodes());
        Node from = matcher.resolve(asked.from()).orElse(null);
        Node to = matcher.resolve(asked.to()).orElse(null);
        if (from == null || to == null) {
            return new Refusal("Refused: " + message, true, List.of());
        }
        if (asked.kind() == RelationKind.PREREQUISITE && failure instanceof RefusedEditException) {
            if (from.id().equals(to.id())) {
                return new Refusal("Refused: " + from.name() + " cannot be a prerequisite of itself.", true, List.of());
            }
            var back = CycleFinder.path(new PrerequisiteGraph(graph).digraph(), to.id(), from.id());
            if (back.isPresent()) {
                List<String> cycle = new ArrayList<>();
                cycle.add(from.id());
                cycle.addAll(back.get());
                List<String> names = back.get().stream().map(id -> graph.node(id).map(Node::name).orElse(id)).toList();
                return new Refusal("Refused: making " + from.name() + " a prerequisite of " + to.name()
                        + " would close a cycle, since " + to.name() + " already leads to it: "
                        + String.join(" → ", names) + ".", true, cycle);
            }
        }
        return new Refusal("Refused: " + withNames(message, from, to), true, List.of());
    }

    /** {@code message} with the two nodes' ids, where they stand as words, replaced by their names. */
    private static String withNames(String message, Node from, Node to) {
        String out = message;
        for (Node n : List.of(from, to)) {
            out = Pattern.compile("(?<![\\w:.-])" + Pattern.quote(n.id()) + "(?![\\w-]|:\\S)").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(n.name()));
        }
        return out;
    }
}
