package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/**
 * The planner's view of a graph snapshot: a JGraphT digraph of PREREQUISITE edges (prerequisite to
 * dependent) plus each concept's readings, best first. Built once per snapshot; read-only afterwards, so it
 * may be shared between threads.
 */
public final class PrerequisiteGraph {
    private static final String[] NONE = new String[0];
    private static final Comparator<Reading> BEST_FIRST = Comparator
            .comparingInt((Reading r) -> r.role().ordinal())
            .thenComparingInt(r -> r.minutes() == null ? Integer.MAX_VALUE : r.minutes())
            .thenComparing(Reading::id);

    private final AtlasGraph source;
    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Map<String, String[]> prerequisites = new HashMap<>();
    private final Map<String, List<Reading>> readings = new HashMap<>();

    /** Builds the planner's view of {@code source}; relationships to missing nodes are ignored. */
    public PrerequisiteGraph(AtlasGraph source) {
        this.source = source;
        source.nodes().forEach(n -> graph.addVertex(n.id()));
        Map<String, List<String>> before = new HashMap<>();
        for (Relation r : source.relations()) {
            if (!source.contains(r.from()) || !source.contains(r.to())) {
                continue;
            }
            if (r.kind() == RelationKind.PREREQUISITE) {
                if (!r.from().equals(r.to()) && graph.addEdge(r.from(), r.to()) != null) {
                    before.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from());
                }
            } else if (r.kind() == RelationKind.EXPLAINS) {
                Node reading = source.node(r.from()).orElseThrow();
                readings.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(Reading.of(reading, r.role(), r.minutes()));
            }
        }
        before.forEach((id, list) -> {
            String[] sorted = list.toArray(NONE);
            java.util.Arrays.sort(sorted);
            prerequisites.put(id, sorted);
        });
        readings.values().forEach(list -> list.sort(BEST_FIRST));
    }

    /** The snapshot this view was built from. */
    public AtlasGraph source() {
        return source;
    }

    /** The prerequisite digraph (edges run from prerequisite to dependent). */
    public Graph<String, DefaultEdge> digraph() {
        return graph;
    }

    /** The direct prerequisites of a node, sorted by id; empty when none. */
    String[] prerequisitesOf(String id) {
        return prerequisites.getOrDefault(id, NONE);
    }

    /** Every prerequisite ancestor of the given nodes (not the nodes themselves unless one needs another), by id. */
    public java.util.Set<String> ancestorsOf(java.util.Collection<String> ids) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>(ids);
        while (!stack.isEmpty()) {
            for (String p : prerequisitesOf(stack.pop())) {
                if (seen.add(p)) {
                    stack.push(p);
                }
            }
        }
        return seen;
    }

    /** The readings that explain a concept, best first; a paper or resource is its own only reading. */
    public List<Reading> readingsOf(Node node) {
        if (node.kind().isReading()) {
            return List.of(Reading.of(node, ReadingRole.INTRODUCES));
        }
        return readings.getOrDefault(node.id(), List.of());
    }
}
