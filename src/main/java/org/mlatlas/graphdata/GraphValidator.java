package org.mlatlas.graphdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeId;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.LocatedGraph.Located;
import org.mlatlas.plan.CycleFinder;

/**
 * Checks a graph as a whole: duplicate ids, references to missing nodes (with suggestions), relationships
 * between the wrong kinds, duplicate edges, and prerequisite cycles. The loader runs it on graph-data files;
 * {@code atlas check} runs it on the live graph.
 */
public final class GraphValidator {

    /** Every problem of the graph, in a stable order; empty when the graph is valid. */
    public List<Problem> validate(LocatedGraph graph) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Node>> byId = new HashMap<>();
        for (Located<Node> located : graph.nodes()) {
            Node node = located.value();
            Located<Node> first = byId.putIfAbsent(node.id(), located);
            if (first != null) {
                problems.add(new Problem(located.location(), "duplicate id " + node.id()
                        + (first.location() == null ? "" : " (first defined at " + first.location() + ")")));
            }
            node.whyNameRefused().ifPresent(why -> problems.add(new Problem(located.location(), node.id() + ": " + why)));
            if (node.arxiv() != null && node.id().startsWith("arxiv:") && !node.id().equals(NodeId.forArxiv(node.arxiv()))) {
                problems.add(new Problem(located.location(), "paper " + node.id() + " has arxiv \"" + node.arxiv()
                        + "\", which does not match its id"));
            }
        }
        NameMatcher matcher = new NameMatcher(byId.values().stream().map(Located::value).toList());
        for (Located<Node> located : graph.nodes()) {
            for (String candidate : located.value().candidates()) {
                if (!byId.containsKey(candidate)) {
                    problems.add(new Problem(located.location(), located.value().id() + " names candidate \""
                            + candidate + "\", which is not in the graph" + suggestion(matcher, candidate)));
                }
            }
        }
        java.util.Set<String> explains = new java.util.HashSet<>();
        for (Located<Relation> located : graph.relations()) {
            if (located.value().kind() == RelationKind.EXPLAINS) {
                explains.add(located.value().from() + " " + located.value().to());
            }
        }
        for (Located<Node> located : graph.nodes()) {
            Node node = located.value();
            if (node.firstReading() != null && !explains.contains(node.firstReading() + " " + node.id())) {
                problems.add(Problem.unexplainedReading(located.location(), node.id() + " names firstReading \""
                        + node.firstReading() + "\", which does not explain it" + (byId.containsKey(node.firstReading()) ? ""
                        : suggestion(matcher, node.firstReading())), node.firstReading()));
            }
        }
        Map<String, Located<Relation>> seen = new HashMap<>();
        Graph<String, DefaultEdge> prerequisites = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, SourceLocation> prerequisiteAt = new HashMap<>();
        for (Located<Relation> located : graph.relations()) {
            Relation r = located.value();
            Located<Node> from = byId.get(r.from());
            Located<Node> to = byId.get(r.to());
            if (from == null || to == null) {
                String missing = from == null ? r.from() : r.to();
                problems.add(new Problem(located.location(), r.from() + " " + r.kind() + " " + r.to() + ": no node \""
                        + missing + "\"" + suggestion(matcher, missing), missing));
                continue;
            }
            String wrongKinds = r.kind().whyNot(from.value().kind(), to.value().kind()).orElse(null);
            if (wrongKinds != null) {
                problems.add(new Problem(located.location(), r.from() + " " + r.kind() + " " + r.to() + ": " + wrongKinds));
                continue;
            }
            if (r.from().equals(r.to()) && r.kind() != RelationKind.PREREQUISITE) { // a prerequisite loop is a cycle, below
                problems.add(new Problem(located.location(), r.key() + ": a node cannot relate to itself"));
                continue;
            }
            Located<Relation> earlier = seen.putIfAbsent(r.key(), located);
            if (earlier != null) {
                problems.add(new Problem(located.location(), "duplicate relationship " + r.key()
                        + (earlier.location() == null ? "" : " (also at " + earlier.location() + ")")));
                continue;
            }
            if (r.kind() == RelationKind.PREREQUISITE) {
                prerequisites.addVertex(r.from());
                prerequisites.addVertex(r.to());
                prerequisites.addEdge(r.from(), r.to());
                prerequisiteAt.put(r.from() + " " + r.to(), located.location());
            }
        }
        for (List<String> cycle : CycleFinder.cycles(prerequisites)) {
            SourceLocation at = prerequisiteAt.get(cycle.get(cycle.size() - 2) + " " + cycle.get(cycle.size() - 1));
            problems.add(new Problem(at, "prerequisite cycle: " + CycleFinder.spell(cycle)));
        }
        return problems;
    }

    private static String suggestion(NameMatcher matcher, String id) {
        String didYouMean = matcher.didYouMean(id);
        return didYouMean.isEmpty() ? "" : "; " + didYouMean;
    }
}
