package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DirectedPseudograph;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Relation;

/**
 * "How does A connect to B?": the shortest chains of relationships between two nodes, over every relationship
 * kind and in either direction (a paper that explains both, a prerequisite of one that cites the other), found
 * with JGraphT's {@link YenKShortestPath} (loopless paths, shortest first). Only the shortest paths and those one
 * step longer are kept, so the answer stays a few readable chains.
 */
public final class Connections {
    private Connections() {
    }

    /**
     * One relationship walked from {@code from} to {@code to}: {@code relation} runs that way when
     * {@code forward}, the other way otherwise.
     */
    public record Step(String from, String to, Relation relation, boolean forward) {
    }

    /** A chain of steps from the first node to the last. */
    public record Path(List<Step> steps) {
        public Path {
            steps = List.copyOf(steps);
        }

        /** The node ids along the path, both ends included. */
        public List<String> nodeIds() {
            List<String> ids = new ArrayList<>();
            if (!steps.isEmpty()) {
                ids.add(steps.get(0).from());
            }
            steps.forEach(s -> ids.add(s.to()));
            return ids;
        }
    }

    /** An edge of the search graph: a relationship walked one way (each relationship is there both ways). */
    private record Walk(Relation relation, boolean forward) {
    }

    /**
     * Up to {@code limit} shortest paths from {@code from} to {@code to} in {@code graph}, shortest first, ignoring
     * the direction of relationships; only paths at most one step longer than the shortest. Empty when the two
     * are not connected or are the same node.
     *
     * @throws IllegalArgumentException when either id is not in the graph or {@code limit} is below 1
     */
    public static List<Path> between(AtlasGraph graph, String from, String to, int limit) {
        if (!graph.contains(from) || !graph.contains(to)) {
            throw new IllegalArgumentException("no node " + (graph.contains(from) ? to : from) + " in the graph");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (from.equals(to)) {
            return List.of();
        }
        Graph<String, Walk> walks = new DirectedPseudograph<>(null, null, false);
        graph.nodes().forEach(n -> walks.addVertex(n.id()));
        // relationships in a fixed order, so ties between equally short paths come out the same every time
        List<Relation> relations = new ArrayList<>(graph.relations());
        relations.sort(Comparator.comparing(Relation::key));
        for (Relation r : relations) {
            if (graph.contains(r.from()) && graph.contains(r.to()) && !r.from().equals(r.to())) {
                walks.addEdge(r.from(), r.to(), new Walk(r, true));
                walks.addEdge(r.to(), r.from(), new Walk(r, false));
            }
        }
        List<GraphPath<String, Walk>> found = new YenKShortestPath<>(walks).getPaths(from, to, limit);
        List<Path> paths = new ArrayList<>();
        for (GraphPath<String, Walk> p : found) {
            if (p.getLength() > found.get(0).getLength() + 1) {
                break;
            }
            List<Step> steps = new ArrayList<>();
            List<String> vertices = p.getVertexList();
            List<Walk> edges = p.getEdgeList();
            for (int i = 0; i < edges.size(); i++) {
                steps.add(new Step(vertices.get(i), vertices.get(i + 1), edges.get(i).relation(), edges.get(i).forward()));
            }
            paths.add(new Path(steps));
        }
        return paths;
    }
}
