package org.mlatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.Problem;
import org.mlatlas.imports.ImportPlan.Matched;
import org.mlatlas.plan.CycleFinder;

/**
 * Matches a draft against the graph: each proposed node becomes an existing node (by id, then arXiv id, then
 * URL, then title or alias, then, for notes, question, similar title or mention) or a new one; relationships
 * are mapped onto the chosen ids, and those the graph already has, between the wrong kinds, or to nothing are
 * left out with a reason. Prerequisite cycles the import would create are kept and reported.
 */
public final class Reconciler {
    private Reconciler() {
    }

    /** The plan for importing {@code draft} into {@code graph} (which is not changed). */
    public static ImportPlan plan(ImportDraft draft, AtlasGraph graph) {
        GraphIndex index = new GraphIndex(graph.nodes());
        Map<String, String> finalId = new HashMap<>();
        Map<String, Node> created = new LinkedHashMap<>();
        Map<String, Node> updated = new LinkedHashMap<>();
        List<Matched> matched = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(draft.skipped());
        for (Proposal p : draft.proposals()) {
            Optional<Matched> match = match(p, index);
            if (match.isPresent() && !created.containsKey(match.get().node().id())) {
                Node existing = updated.getOrDefault(match.get().node().id(), match.get().node());
                if (p.replace() && existing.kind() != p.node().kind()) {
                    skipped.add(new Skipped(p.at(), p.node().id(), "a " + existing.kind() + " in the graph, a " + p.node().kind() + " in the source"));
                    continue;
                }
                Node merged = p.replace() ? p.node() : NodeMerge.fill(existing, p.node());
                if (!merged.equals(graph.node(existing.id()).orElse(null))) {
                    updated.put(existing.id(), merged);
                    index.add(merged);
                }
                finalId.put(p.node().id(), existing.id());
                matched.add(match.get());
            } else if (match.isPresent()) {
                Node merged = NodeMerge.fill(created.get(match.get().node().id()), p.node());
                created.put(merged.id(), merged);
                index.add(merged);
                finalId.put(p.node().id(), merged.id());
            } else {
                Node node = p.node();
                String id = node.id();
                for (int i = 2; index.id(id).isPresent(); i++) {
                    id = node.id() + "-" + i;
                }
                if (!id.equals(node.id())) {
                    node = withId(node, id);
                }
                created.put(id, node);
                index.add(node);
                finalId.put(p.node().id(), id);
            }
        }
        Set<String> existing = new HashSet<>(graph.relations().size() * 2);
        graph.relations().forEach(r -> existing.add(r.key()));
        Set<String> keys = new HashSet<>();
        List<Relation> linked = new ArrayList<>();
        int already = 0;
        for (Relation r : draft.relations()) {
            String from = finalId.getOrDefault(r.from(), r.from());
            String to = finalId.getOrDefault(r.to(), r.to());
            Optional<Node> a = index.id(from);
            Optional<Node> b = index.id(to);
            String text = r.from() + " " + r.kind() + " " + r.to();
            if (a.isEmpty() || b.isEmpty()) {
                skipped.add(new Skipped(null, text, "no node " + (a.isEmpty() ? from : to)));
                continue;
            }
            Optional<String> wrong = r.kind().whyNot(a.get().kind(), b.get().kind());
            if (wrong.isPresent()) {
                skipped.add(new Skipped(null, text, "wrong kinds: " + r.kind() + " runs from " + allowed(r.kind())));
                continue;
            }
            if (from.equals(to)) {
                skipped.add(new Skipped(null, text, "a node cannot relate to itself"));
                continue;
            }
            Relation mapped = new Relation(from, r.kind(), to, r.note(), r.role());
            if (existing.contains(mapped.key())) {
                already++;
                continue;
            }
            if (!keys.add(mapped.key())) {
                skipped.add(new Skipped(null, text, "the same relationship twice in the source"));
                continue;
            }
            linked.add(mapped);
        }
        List<Problem> problems = new ArrayList<>(draft.problems());
        problems.addAll(cycles(graph, linked));
        return new ImportPlan(draft.source(), List.copyOf(created.values()), matched, List.copyOf(updated.values()),
                linked, already, skipped, problems);
    }

    private static String allowed(RelationKind kind) {
        return switch (kind) {
            case EXPLAINS -> "a paper or resource to a concept";
            case CITES -> "a paper to a paper";
            case PREREQUISITE -> "any node to any node";
        };
    }

    private static Optional<Matched> match(Proposal p, GraphIndex index) {
        Node n = p.node();
        Optional<Node> hit = index.id(n.id()).filter(x -> p.matching() == Matching.SIMILAR || x.kind() == n.kind());
        if (hit.isPresent() || p.matching() == Matching.ID) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, "id"));
        }
        hit = index.arxiv(n.arxiv());
        if (hit.isPresent()) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, "arXiv id " + n.arxiv()));
        }
        hit = index.url(n.url());
        if (hit.isPresent()) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, "URL"));
        }
        boolean anyKind = p.matching() == Matching.SIMILAR;
        for (String label : labels(n)) {
            List<Node> hits = index.label(label).stream().filter(x -> anyKind || x.kind() == n.kind())
                    .filter(x -> n.arxiv() == null || x.arxiv() == null).toList();
            if (hits.size() == 1) {
                return Optional.of(new Matched(p.text(), p.at(), hits.get(0), n.kind() == NodeKind.CONCEPT ? "name" : "title"));
            }
        }
        if (p.matching() != Matching.SIMILAR) {
            return Optional.empty();
        }
        for (String label : labels(n)) {
            List<Node> hits = index.question(label);
            if (hits.size() == 1) {
                return Optional.of(new Matched(p.text(), p.at(), hits.get(0), "question"));
            }
        }
        for (String label : labels(n)) {
            Optional<Node> similar = index.similar(label);
            if (similar.isPresent()) {
                return similar.map(x -> new Matched(p.text(), p.at(), x, "similar title"));
            }
        }
        for (String label : labels(n)) {
            Optional<Node> mentioned = index.mentioned(label);
            if (mentioned.isPresent()) {
                return mentioned.map(x -> new Matched(p.text(), p.at(), x, "mention of \"" + x.name() + "\""));
            }
        }
        return Optional.empty();
    }

    private static List<String> labels(Node n) {
        List<String> labels = new ArrayList<>();
        labels.add(n.name());
        labels.addAll(n.aliases());
        return labels;
    }

    private static List<Problem> cycles(AtlasGraph graph, List<Relation> linked) {
        if (linked.stream().noneMatch(r -> r.kind() == RelationKind.PREREQUISITE)) {
            return List.of();
        }
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        Set<String> fresh = new HashSet<>();
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            add(g, r);
        }
        for (Relation r : linked) {
            if (r.kind() == RelationKind.PREREQUISITE) {
                add(g, r);
                fresh.add(r.from() + " " + r.to());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (List<String> cycle : CycleFinder.cycles(g)) {
            boolean isNew = false;
            for (int i = 0; i + 1 < cycle.size(); i++) {
                isNew |= fresh.contains(cycle.get(i) + " " + cycle.get(i + 1));
            }
            if (isNew) {
                problems.add(new Problem(null, "prerequisite cycle (kept: the planner cuts it, atlas check lists it): "
                        + CycleFinder.spell(cycle)));
            }
        }
        return problems;
    }

    private static void add(Graph<String, DefaultEdge> g, Relation r) {
        g.addVertex(r.from());
        g.addVertex(r.to());
        g.addEdge(r.from(), r.to());
    }

    private static Node withId(Node n, String id) {
        return new Node(id, n.kind(), n.name(), n.aliases(), n.summary(), n.notes(), n.fromNotes(), n.known(),
                n.questions(), n.candidates(), n.minutes(), n.authors(), n.year(), n.venue(), n.arxiv(), n.url(),
                n.resourceType(), n.by());
    }
}
