package org.mlatlas.graphdata;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;

/**
 * Nodes and relationships as read, each with where it was read, before validation. Duplicates are kept so
 * that the validator can report them.
 */
public final class LocatedGraph {
    private final List<Located<Node>> nodes = new ArrayList<>();
    private final List<Located<Relation>> relations = new ArrayList<>();
    private boolean incomplete;

    /**
     * A value with its source location.
     *
     * @param value    the node or relation
     * @param location where it was read, or null
     */
    public record Located<T>(T value, SourceLocation location) {
    }

    /** Adds a node read at {@code location} (null when not from a file). */
    /** Records that a file could not be read to its end, so nodes it defines may be missing. */
    void markIncomplete() {
        incomplete = true;
    }

    /** True when a file could not be read to its end. */
    boolean incomplete() {
        return incomplete;
    }

    public void add(Node node, SourceLocation location) {
        nodes.add(new Located<>(node, location));
    }

    /** Adds a relation read at {@code location} (null when not from a file). */
    public void add(Relation relation, SourceLocation location) {
        relations.add(new Located<>(relation, location));
    }

    /** The nodes, in reading order. */
    public List<Located<Node>> nodes() {
        return nodes;
    }

    /** The relations, in reading order. */
    public List<Located<Relation>> relations() {
        return relations;
    }

    /** Wraps a graph that comes from no file (the live graph), for validation. */
    public static LocatedGraph of(AtlasGraph graph) {
        LocatedGraph located = new LocatedGraph();
        graph.nodes().forEach(n -> located.add(n, null));
        graph.relations().forEach(r -> located.add(r, null));
        return located;
    }

    /** The graph as read (a later duplicate node replaces an earlier one; callers validate first). */
    public AtlasGraph toGraph() {
        return new AtlasGraph(nodes.stream().map(Located::value).toList(),
                relations.stream().map(Located::value).toList());
    }
}
