package org.mlatlas.ui.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.plan.Connections;

/**
 * "How does A connect to B": the shortest paths between two nodes that the view shows (highlighted, the rest
 * faded) and the panel lists.
 *
 * @param from  the first node's id
 * @param to    the second node's id
 * @param paths the shortest paths from {@code from} to {@code to}, shortest first; empty when they are not connected
 */
public record Connection(String from, String to, List<Connections.Path> paths) {
    /** At most this many paths are shown. */
    static final int PATHS = 3;

    public Connection {
        paths = List.copyOf(paths);
    }

    /**
     * The connection between two nodes of {@code graph} (on a worker: Yen's algorithm on the whole graph).
     *
     * @throws IllegalArgumentException when both are the same node (a name and its alias, say)
     */
    public static Connection between(AtlasGraph graph, String from, String to) {
        if (from.equals(to)) {
            String name = graph.node(from).map(Node::name).orElse(from);
            throw new IllegalArgumentException("a connection needs two different nodes, and both name " + name
                    + (name.equals(from) ? "" : " (" + from + ")"));
        }
        return new Connection(from, to, Connections.between(graph, from, to, PATHS));
    }

    /** Every node on a path, both ends included (just the two ends when there is no path). */
    public Set<String> nodeIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(from);
        paths.forEach(p -> ids.addAll(p.nodeIds()));
        ids.add(to);
        return ids;
    }

    /** Every relationship on a path. */
    public Set<Relation> relations() {
        Set<Relation> rels = new LinkedHashSet<>();
        paths.forEach(p -> p.steps().forEach(s -> rels.add(s.relation())));
        return rels;
    }

    /** The {@link Relation#key() keys} of every relationship on a path. */
    public Set<String> relationKeys() {
        Set<String> keys = new LinkedHashSet<>();
        relations().forEach(r -> keys.add(r.key()));
        return keys;
    }

    /** One line for the status bar: "Integrated gradients connects to DPO in 4 steps (3 paths)". */
    public String summary(Function<String, String> name) {
        if (paths.isEmpty()) {
            return name.apply(from) + " and " + name.apply(to) + " are not connected";
        }
        int steps = paths.get(0).steps().size();
        return name.apply(from) + " connects to " + name.apply(to) + " in " + steps + (steps == 1 ? " step" : " steps")
                + (paths.size() == 1 ? "" : " (" + paths.size() + " paths shown)");
    }

    /** How a step reads walked from its first node to its second: "is a prerequisite of", "needs", "is explained by". */
    public static String verb(Connections.Step step) {
        return switch (step.relation().kind()) {
            case PREREQUISITE -> step.forward() ? "is a prerequisite of" : "needs";
            case EXPLAINS -> step.forward() ? "explains" : "is explained by";
            case CITES -> step.forward() ? "cites" : "is cited by";
        };
    }
}
