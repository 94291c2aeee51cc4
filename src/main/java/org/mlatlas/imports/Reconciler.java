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
        return plan(draft, graph, ImportProgress.NONE);
    }

    /** {@link #plan(ImportDraft, AtlasGraph)}, telling {@code progress} how many items are matched so far. */
    public static ImportPlan plan(ImportDraft draft, AtlasGraph graph, ImportProgress progress) {
        progress.start("matching " + String.format("%,d", draft.proposals().size()) + " items with the graph",
                draft.proposals().size());
        int done = 0;
        GraphIndex index = new GraphIndex(graph.nodes());
        MeaningMatcher.Result meaning = new MeaningMatcher(graph.nodes()).match(draft.proposals());
        Merges merges = new Merges(graph, index);
        Map<String, String> finalId = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        List<Matched> matched = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(draft.skipped());
        for (Proposal p : draft.proposals()) {
            if (++done % 1024 == 0) {
                progress.step(done);
            }
            requireReasonableSize(p);
            Optional<Matched> match = p.matching() == Matching.MEANING
                    ? Optional.ofNullable(meaning.matches().get(p.node().id()))
                    : match(p, index, p.parts().isEmpty());
            if (match.isEmpty() && !p.parts().isEmpty()) {
                boolean any = false;
                for (String part : p.parts()) {
                    Node partNode = withName(p.node(), part);
                    Proposal partProposal = new Proposal(partNode, p.matching(), false, part, p.at(), true, List.of(), List.of());
                    Optional<Matched> m = match(partProposal, index, true);
                    if (m.isPresent() && !merges.created.containsKey(m.get().node().id())) {
                        merges.accept(partProposal, m.get(), matched, finalId);
                        finalId.putIfAbsent(p.node().id(), m.get().node().id());
                        any = true;
                    } else {
                        skipped.add(new Skipped(p.at(), part, "matches no node (one item of a list)"));
                    }
                }
                if (any) {
                    continue;
                }
                match = match(p, index, true);
            }
            if (match.isPresent() && !merges.created.containsKey(match.get().node().id())) {
                Node existing = merges.current(match.get().node());
                if (p.replace() && existing.kind() != p.node().kind()) {
                    skipped.add(new Skipped(p.at(), p.node().id(), "a " + existing.kind() + " in the graph, a " + p.node().kind() + " in the source"));
                    continue;
                }
                merges.accept(p, match.get(), matched, finalId);
            } else if (match.isPresent()) {
                String id = match.get().node().id();
                merges.fillCreated(id, p.node());
                finalId.put(p.node().id(), id);
            } else if (p.optional()) {
                skipped.add(new Skipped(p.at(), p.text(), "matches no node, so nothing is created for it"));
                dropped.add(p.node().id());
            } else {
                Node node = p.node();
                String id = node.id();
                for (int i = 2; index.id(id).isPresent(); i++) {
                    id = node.id() + "-" + i;
                }
                if (!id.equals(node.id())) {
                    node = withId(node, id);
                }
                merges.create(node);
                finalId.put(p.node().id(), id);
            }
        }
        // each item matched stands for the node as the import leaves it (one node, not a copy per item)
        matched.replaceAll(m -> new Matched(m.text(), m.at(), merges.result(m.node()), m.how()));
        List<Node> created = merges.created.values().stream().map(MergedNode::node).toList();
        List<Node> updated = merges.updated.values().stream().map(MergedNode::node).toList();
        progress.step(done);
        progress.end();
        Set<String> existing = new HashSet<>(graph.relations().size() * 2);
        graph.relations().forEach(r -> existing.add(r.key()));
        Set<String> keys = new HashSet<>(draft.relations().size() * 2);
        List<Relation> linked = new ArrayList<>();
        int already = 0;
        for (Relation r : draft.relations()) {
            String from = finalId.getOrDefault(r.from(), r.from());
            String to = finalId.getOrDefault(r.to(), r.to());
            Optional<Node> a = index.id(from);
            Optional<Node> b = index.id(to);
            String text = r.from() + " " + r.kind() + " " + r.to();
            if (a.isEmpty() || b.isEmpty()) {
                if (dropped.contains(r.from()) || dropped.contains(r.to())) {
                    continue; // the item it names was skipped, and reported, above
                }
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
            Relation mapped = from.equals(r.from()) && to.equals(r.to()) ? r : r.withEnds(from, to);
            String key = mapped.key();
            if (existing.contains(key)) {
                already++;
                continue;
            }
            if (!keys.add(key)) {
                skipped.add(new Skipped(null, text, "the same relationship twice in the source"));
                continue;
            }
            linked.add(mapped);
        }
        if (draft.keepsCyclesOut()) {
            linked = keepOutCycles(graph, linked, skipped);
        }
        List<Problem> problems = new ArrayList<>(draft.problems());
        problems.addAll(meaning.nearMisses());
        problems.addAll(cycles(graph, linked));
        return new ImportPlan(draft.source(), created, matched, updated, linked, already, skipped, problems);
    }

    /**
     * The nodes an import creates and the existing nodes it changes, each merged from every item that stands for it
     * ({@link MergedNode}: in time proportional to what each item brings, not to what the node has gathered), and
     * the index kept in step, so that later items find what earlier ones added (aliases, questions, new nodes).
     */
    private static final class Merges {
        private final AtlasGraph graph;
        private final GraphIndex index;
        /** New nodes, by id, in the order created. */
        final Map<String, MergedNode> created = new LinkedHashMap<>();
        /** Existing nodes whose values change, by id, in the order they first changed. */
        final Map<String, MergedNode> updated = new LinkedHashMap<>();
        /** Every existing node an item was merged into, by id. */
        private final Map<String, MergedNode> touched = new HashMap<>();
        /** Existing nodes whose values an item replaced (graph-data JSON) instead of filling them in. */
        private final Set<String> replaced = new HashSet<>();

        Merges(AtlasGraph graph, GraphIndex index) {
            this.graph = graph;
            this.index = index;
        }

        /** The existing node {@code matched} as merged so far (its lists and notes may lag: {@link MergedNode#head}). */
        Node current(Node matched) {
            MergedNode m = touched.get(matched.id());
            return m == null ? matched : m.head();
        }

        /** What the import leaves of the existing node {@code matched}. */
        Node result(Node matched) {
            MergedNode m = touched.get(matched.id());
            return m == null ? matched : m.node();
        }

        /** Merges an item into the existing node it matched. */
        void accept(Proposal p, Matched match, List<Matched> matched, Map<String, String> finalId) {
            String id = match.node().id();
            Node graphNode = graph.node(id).orElse(null);
            boolean differs;
            if (p.replace()) {
                touched.put(id, new MergedNode(p.node()));
                replaced.add(id);
                differs = !p.node().equals(graphNode);
                if (differs) {
                    index.add(p.node());
                }
            } else {
                MergedNode m = touched.computeIfAbsent(id, k -> new MergedNode(match.node()));
                Node extra = p.matching() == Matching.MEANING ? withNameAsAlias(p.node(), m) : p.node();
                List<String> newAliases = new ArrayList<>(0);
                List<String> newQuestions = new ArrayList<>(0);
                boolean changed = m.fill(extra, newAliases, newQuestions);
                // filling in only adds, so a node that differed from the graph's still does
                differs = replaced.contains(id) ? !m.node().equals(graphNode) : changed || updated.containsKey(id);
                if (changed && differs) {
                    index.extend(m.head(), newAliases, newQuestions);
                }
            }
            if (differs) {
                updated.put(id, touched.get(id));
            } else {
                updated.remove(id);
            }
            finalId.put(p.node().id(), id);
            matched.add(match);
        }

        /** A new node. */
        void create(Node node) {
            created.put(node.id(), new MergedNode(node));
            index.add(node);
        }

        /** Merges an item into a node the import creates. */
        void fillCreated(String id, Node extra) {
            MergedNode m = created.get(id);
            List<String> newAliases = new ArrayList<>(0);
            List<String> newQuestions = new ArrayList<>(0);
            if (m.fill(extra, newAliases, newQuestions)) {
                index.extend(m.head(), newAliases, newQuestions);
            }
        }
    }

    /** The proposed node with its name as an alias when no label of the existing node is spelled alike. */
    private static Node withNameAsAlias(Node proposed, MergedNode existing) {
        List<String> name = MeaningMatcher.forms(proposed.name());
        List<String> labels = new ArrayList<>(existing.aliases());
        labels.add(existing.head().name());
        labels.add(existing.head().id());
        boolean known = labels.stream().anyMatch(l -> MeaningMatcher.forms(l).stream().anyMatch(name::contains));
        List<String> aliases = new ArrayList<>(proposed.aliases());
        if (!known) {
            aliases.add(0, proposed.name());
        }
        return proposed.withAliases(aliases);
    }

    /**
     * The relationships with every prerequisite left out that would close a cycle with the graph's prerequisites
     * or with those kept before it (each left out is reported with the cycle it would close).
     */
    private static List<Relation> keepOutCycles(AtlasGraph graph, List<Relation> linked, List<Skipped> skipped) {
        Map<String, Set<String>> next = new HashMap<>();
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            next.computeIfAbsent(r.from(), k -> new java.util.LinkedHashSet<>()).add(r.to());
        }
        List<Relation> kept = new ArrayList<>(linked.size());
        for (Relation r : linked) {
            if (r.kind() == RelationKind.PREREQUISITE) {
                List<String> back = path(next, r.to(), r.from());
                if (back != null) {
                    List<String> cycle = new ArrayList<>(back);
                    cycle.add(r.to());
                    skipped.add(new Skipped(null, r.from() + " PREREQUISITE " + r.to() + ": " + String.join(" -> ", cycle),
                            ImportPlan.CYCLE_KEPT_OUT));
                    continue;
                }
                next.computeIfAbsent(r.from(), k -> new java.util.LinkedHashSet<>()).add(r.to());
            }
            kept.add(r);
        }
        return kept;
    }

    /** A shortest path from {@code start} to {@code goal} along {@code next}, or null. */
    private static List<String> path(Map<String, Set<String>> next, String start, String goal) {
        Map<String, String> parent = new HashMap<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        parent.put(start, start);
        while (!todo.isEmpty()) {
            String at = todo.poll();
            if (at.equals(goal)) {
                java.util.LinkedList<String> path = new java.util.LinkedList<>();
                for (String x = goal; ; x = parent.get(x)) {
                    path.addFirst(x);
                    if (x.equals(start)) {
                        return path;
                    }
                }
            }
            for (String n : next.getOrDefault(at, Set.of())) {
                if (parent.putIfAbsent(n, at) == null) {
                    todo.add(n);
                }
            }
        }
        return null;
    }

    private static String allowed(RelationKind kind) {
        return switch (kind) {
            case EXPLAINS -> "a paper or resource to a concept";
            case CITES -> "a paper to a paper";
            case PREREQUISITE -> "any node to any node";
        };
    }

    private static Optional<Matched> match(Proposal p, GraphIndex index, boolean mentions) {
        Node n = p.node();
        Optional<Node> hit = index.id(n.id()).filter(x -> p.matching() == Matching.SIMILAR || x.kind() == n.kind());
        if (hit.isPresent() || p.matching() == Matching.ID) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, n.arxiv() != null && n.arxiv().equals(x.arxiv())
                    ? "arXiv id " + n.arxiv() : "id"));
        }
        hit = index.arxiv(n.arxiv());
        if (hit.isPresent()) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, "arXiv id " + n.arxiv()));
        }
        hit = index.url(n.url());
        if (hit.isPresent()) {
            return hit.map(x -> new Matched(p.text(), p.at(), x, "URL"));
        }
        if (p.matching() == Matching.URL) {
            return Optional.empty();
        }
        boolean anyKind = p.matching() == Matching.SIMILAR;
        for (String label : labels(p)) {
            List<Node> hits = index.label(label).stream().filter(x -> anyKind || x.kind() == n.kind())
                    .filter(x -> n.arxiv() == null || x.arxiv() == null).toList();
            Optional<Node> one = pick(hits, n, label);
            if (one.isPresent()) {
                return Optional.of(new Matched(p.text(), p.at(), one.get(), n.kind() == NodeKind.CONCEPT ? "name" : "title"));
            }
        }
        if (p.matching() != Matching.SIMILAR) {
            return Optional.empty();
        }
        for (String label : labels(p)) {
            List<Node> hits = index.question(label);
            if (hits.size() == 1) {
                return Optional.of(new Matched(p.text(), p.at(), hits.get(0), "question"));
            }
        }
        for (String label : labels(p)) {
            Optional<Node> similar = index.similar(label);
            if (similar.isPresent()) {
                return similar.map(x -> new Matched(p.text(), p.at(), x, "similar title"));
            }
        }
        if (mentions) {
            Optional<Node> mentioned = pick(index.mentioned(String.join(" ", labels(p))), n, "");
            if (mentioned.isPresent()) {
                return mentioned.map(x -> new Matched(p.text(), p.at(), x, "mention of \"" + x.name() + "\""));
            }
        }
        return Optional.empty();
    }

    /** The one node among several with the same label: the one of the proposal's kind, else the one so named. */
    private static Optional<Node> pick(List<Node> hits, Node proposed, String label) {
        if (hits.size() > 1) {
            List<Node> sameKind = hits.stream().filter(x -> x.kind() == proposed.kind()).toList();
            hits = sameKind.isEmpty() ? hits : sameKind;
        }
        if (hits.size() > 1) {
            String wanted = org.mlatlas.domain.NameMatcher.normalize(label);
            List<Node> byName = hits.stream().filter(x -> org.mlatlas.domain.NameMatcher.normalize(x.name()).equals(wanted)).toList();
            hits = byName.size() == 1 ? byName : hits;
        }
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static List<String> labels(Proposal p) {
        List<String> labels = new ArrayList<>();
        labels.add(p.node().name());
        labels.addAll(p.node().aliases());
        labels.addAll(p.hints());
        return labels;
    }

    private static Node withName(Node n, String name) {
        return n.toBuilder().id(org.mlatlas.domain.NodeId.slug(name)).name(name).aliases(List.of()).build();
    }

    private static List<Problem> cycles(AtlasGraph graph, List<Relation> linked) {
        if (linked.stream().noneMatch(r -> r.kind() == RelationKind.PREREQUISITE)) {
            return List.of();
        }
        List<Relation> all = new ArrayList<>(graph.relations(RelationKind.PREREQUISITE));
        int before = all.size();
        for (Relation r : linked) {
            if (r.kind() == RelationKind.PREREQUISITE) {
                all.add(r);
            }
        }
        Set<String> onCycles = mayBeOnCycles(all);
        if (onCycles.isEmpty()) {
            return List.of(); // acyclic: the usual case, found without building a JGraphT graph of the whole import
        }
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        Set<String> fresh = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Relation r = all.get(i);
            if (onCycles.contains(r.from()) && onCycles.contains(r.to())) {
                add(g, r);
                if (i >= before) {
                    fresh.add(r.from() + " " + r.to());
                }
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

    /**
     * The ids that remain after repeatedly removing nodes without incoming edges, then nodes without outgoing
     * edges: every node of a cycle remains (with the paths between cycles), so the subgraph they induce has the
     * same cycles and strongly connected components as the whole graph. Empty when the graph is acyclic.
     */
    static Set<String> mayBeOnCycles(List<Relation> edges) {
        Map<String, Integer> number = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int i = 0; i < m; i++) {
            from[i] = number.computeIfAbsent(edges.get(i).from(), id -> { ids.add(id); return ids.size() - 1; });
            to[i] = number.computeIfAbsent(edges.get(i).to(), id -> { ids.add(id); return ids.size() - 1; });
        }
        int n = ids.size();
        boolean[] removed = new boolean[n];
        peel(n, m, from, to, removed); // nodes no cycle leads to
        peel(n, m, to, from, removed); // nodes that lead to no cycle
        Set<String> left = new HashSet<>();
        for (int v = 0; v < n; v++) {
            if (!removed[v]) {
                left.add(ids.get(v));
            }
        }
        return left;
    }

    /** Kahn's algorithm over the edges {@code tail[i] -> head[i]} between nodes not yet removed. */
    private static void peel(int n, int m, int[] tail, int[] head, boolean[] removed) {
        int[] start = new int[n + 1];
        int[] in = new int[n];
        for (int i = 0; i < m; i++) {
            if (!removed[tail[i]] && !removed[head[i]]) {
                start[tail[i] + 1]++;
                in[head[i]]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] next = new int[start[n]];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int i = 0; i < m; i++) {
            if (!removed[tail[i]] && !removed[head[i]]) {
                next[fill[tail[i]]++] = head[i];
            }
        }
        int[] queue = new int[n];
        int size = 0;
        for (int v = 0; v < n; v++) {
            if (!removed[v] && in[v] == 0) {
                queue[size++] = v;
            }
        }
        for (int q = 0; q < size; q++) {
            int v = queue[q];
            removed[v] = true;
            for (int e = start[v]; e < start[v + 1]; e++) {
                if (--in[next[e]] == 0) {
                    queue[size++] = next[e];
                }
            }
        }
    }

    private static void add(Graph<String, DefaultEdge> g, Relation r) {
        g.addVertex(r.from());
        g.addVertex(r.to());
        g.addEdge(r.from(), r.to());
    }

    private static Node withId(Node n, String id) {
        return n.withId(id);
    }

    private static void requireReasonableSize(Proposal p) {
        java.util.Optional<String> tooLong = p.node().whyNameTooLong();
        if (tooLong.isPresent()) {
            throw new ImportException(p.at(), tooLong.get() + " (is a column or a quote missing?)");
        }
        if (!org.mlatlas.domain.NodeId.isValid(p.node().id())) {
            throw new ImportException(p.at(), "cannot make an id of \"" + (p.text().length() > 60 ? p.text().substring(0, 60) + "..." : p.text()) + "\": "
                    + org.mlatlas.domain.NodeId.rule() + ", at most 200 characters");
        }
    }
}
