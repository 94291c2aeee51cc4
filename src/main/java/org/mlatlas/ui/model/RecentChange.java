package org.mlatlas.ui.model;

import java.util.HashSet;
import java.util.Set;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * What a reload brought: nodes and relationships that were not in the graph before, for the canvas to flash
 * briefly (an edit made in a terminal or another window shows where it landed).
 *
 * @param nodeIds      ids of the new nodes
 * @param relationKeys {@link Relation#key() keys} of the new relationships
 */
public record RecentChange(Set<String> nodeIds, Set<String> relationKeys) {
    /** Nothing changed. */
    public static final RecentChange NONE = new RecentChange(Set.of(), Set.of());

    public RecentChange {
        nodeIds = Set.copyOf(nodeIds);
        relationKeys = Set.copyOf(relationKeys);
    }

    /** The nodes and relationships in {@code after} that {@code before} did not have. */
    static RecentChange between(AtlasGraph before, AtlasGraph after) {
        if (before.nodes().isEmpty()) {
            return NONE; // a first load is not a change
        }
        Set<String> nodes = new HashSet<>();
        for (Node n : after.nodes()) {
            if (!before.contains(n.id())) {
                nodes.add(n.id());
            }
        }
        Set<String> oldKeys = new HashSet<>();
        before.relations().forEach(r -> oldKeys.add(r.key()));
        Set<String> relations = new HashSet<>();
        for (Relation r : after.relations()) {
            if (!oldKeys.contains(r.key())) {
                relations.add(r.key());
            }
        }
        return new RecentChange(nodes, relations);
    }

    /**
     * The status line's words for a change made elsewhere (a terminal, another window), with names from
     * {@code graph}: "Added elsewhere: Low-rank factorization is a prerequisite of LLaMA-Adapter", or how many
     * nodes and relationships were added.
     */
    public String describe(AtlasGraph graph) {
        java.util.function.Function<String, String> name = id -> graph.node(id).map(Node::name).orElse(id);
        if (nodeIds.isEmpty() && relationKeys.size() == 1) {
            String key = relationKeys.iterator().next();
            return graph.relations().stream().filter(r -> r.key().equals(key)).findFirst()
                    .map(r -> "Added elsewhere: " + Edit.sentence(r, name)).orElse("Added elsewhere: " + key);
        }
        if (relationKeys.isEmpty() && nodeIds.size() == 1) {
            return "Added elsewhere: " + name.apply(nodeIds.iterator().next());
        }
        return "Added elsewhere: " + count(nodeIds.size(), "node") + (nodeIds.isEmpty() || relationKeys.isEmpty() ? "" : " and ")
                + count(relationKeys.size(), "relationship") + " (they glow on the canvas)";
    }

    private static String count(int n, String noun) {
        return n == 0 ? "" : n + " " + noun + (n == 1 ? "" : "s");
    }

    /** True when nothing is new. */
    public boolean isEmpty() {
        return nodeIds.isEmpty() && relationKeys.isEmpty();
    }
}
