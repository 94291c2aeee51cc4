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

    /** True when nothing is new. */
    public boolean isEmpty() {
        return nodeIds.isEmpty() && relationKeys.isEmpty();
    }
}
