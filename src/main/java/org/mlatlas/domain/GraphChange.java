package org.mlatlas.domain;

import java.util.List;

/**
 * Additions and updates to apply to the graph at once (an import): nodes to create, existing nodes to
 * replace with a new value (same id and kind), and relationships to add.
 *
 * @param created nodes whose ids are new to the graph
 * @param updated new values of existing nodes
 * @param linked  relationships to add; their ends are created or existing nodes
 */
public record GraphChange(List<Node> created, List<Node> updated, List<Relation> linked) {
    public GraphChange {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        linked = List.copyOf(linked);
    }

    /** Nodes and relationships to write in all, for progress reports. */
    public long size() {
        return (long) created.size() + updated.size() + linked.size();
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return size() == 0;
    }
}
