package org.mlatlas.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of the whole graph: nodes by id (in a stable order) and relationships. */
public final class AtlasGraph {
    private final Map<String, Node> nodes;
    private final List<Relation> relations;

    /** Builds a snapshot; a later node with an id already seen replaces the earlier one. */
    public AtlasGraph(Collection<Node> nodes, Collection<Relation> relations) {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
        }
        this.nodes = Collections.unmodifiableMap(byId);
        this.relations = List.copyOf(relations);
    }

    /** The empty graph. */
    public static AtlasGraph empty() {
        return new AtlasGraph(List.of(), List.of());
    }

    /** Every node, in a stable order. */
    public Collection<Node> nodes() {
        return nodes.values();
    }

    /** Every relationship. */
    public List<Relation> relations() {
        return relations;
    }

    /** The node with this id, if any. */
    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** True when a node has this id. */
    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** The relationships of one kind. */
    public List<Relation> relations(RelationKind kind) {
        List<Relation> result = new ArrayList<>();
        for (Relation r : relations) {
            if (r.kind() == kind) {
                result.add(r);
            }
        }
        return result;
    }

    /** Number of nodes of one kind. */
    public long count(NodeKind kind) {
        return nodes.values().stream().filter(n -> n.kind() == kind).count();
    }

    @Override
    public String toString() {
        return "AtlasGraph[" + nodes.size() + " nodes, " + relations.size() + " relations]";
    }
}
