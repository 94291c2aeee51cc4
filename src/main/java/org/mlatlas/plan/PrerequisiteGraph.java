package org.mlatlas.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
 * dependent), each concept's readings in rank order, the concepts each paper or resource explains, each node's level (its
 * longest prerequisite chain) and each milestone's prerequisite closure. Built once per snapshot (the whole graph, or
 * just the part a plan reads); read-only afterwards (the parsed part labels are cached in a concurrent map), so it may
 * be shared between threads.
 *
 * <p>A concept's readings are ranked, best first: the curated {@code firstReading}; then by role, a learner's
 * explainer before the paper that introduced the idea before a reading that merely covers it; within a role, a timed
 * reading ({@link Reading#isTimed}: a part with its minutes, or a short work read whole) before an untimed one or a
 * whole long work; then the shorter; then by id and part.
 */
public final class PrerequisiteGraph {
    private static final String[] NONE = new String[0];

    private final AtlasGraph source;
    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Map<String, String[]> prerequisites = new HashMap<>();
    private final Map<String, String[]> dependents = new HashMap<>();
    private final Map<String, Map<ReadingRole, List<String>>> explained = new HashMap<>();
    private final Map<String, Optional<PartSet>> sections = new ConcurrentHashMap<>();
    private final Map<String, List<Reading>> readings = new HashMap<>();
    private final Map<String, Integer> levels;
    private final Map<String, Set<String>> milestoneClosures = new HashMap<>();
    private final Map<String, String[]> milestonesAbove = new HashMap<>();
    private final String[] milestones;

    /** Builds the planner's view of {@code source}; relationships to missing nodes are ignored. */
    public PrerequisiteGraph(AtlasGraph source) {
        this.source = source;
        source.nodes().forEach(n -> graph.addVertex(n.id()));
        Map<String, List<String>> before = new HashMap<>();
        Map<String, List<String>> after = new HashMap<>();
        for (Relation r : source.relations()) {
            if (!source.contains(r.from()) || !source.contains(r.to())) {
                continue;
            }
            if (r.kind() == RelationKind.PREREQUISITE) {
                if (!r.from().equals(r.to()) && graph.addEdge(r.from(), r.to()) != null) {
                    before.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from());
                    after.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
                }
            } else if (r.kind() == RelationKind.EXPLAINS) {
                Node work = source.node(r.from()).orElseThrow();
                readings.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(new Reading(work, r.role(), r.part(), r.minutes()));
                List<String> concepts = explained.computeIfAbsent(r.from(), k -> new EnumMap<>(ReadingRole.class))
                        .computeIfAbsent(r.role(), k -> new ArrayList<>(2));
                if (!concepts.contains(r.to())) {
                    concepts.add(r.to());
                }
            }
        }
        sortInto(before, prerequisites);
        sortInto(after, dependents);
        explained.values().forEach(byRole -> byRole.values().forEach(list -> list.sort(null)));
        readings.forEach((id, list) -> list.sort(rank(source.node(id).orElseThrow().firstReading())));
        levels = levels();
        List<String> found = new ArrayList<>();
        Map<String, List<String>> above = new HashMap<>();
        for (Node node : source.nodes()) {
            if (node.milestone()) {
                found.add(node.id());
                Set<String> closure = ancestorsOf(List.of(node.id()));
                closure.remove(node.id());
                milestoneClosures.put(node.id(), closure);
                closure.forEach(id -> above.computeIfAbsent(id, k -> new ArrayList<>()).add(node.id()));
            }
        }
        found.sort(null);
        milestones = found.toArray(NONE);
        above.forEach((id, list) -> {
            String[] sorted = list.toArray(NONE);
            Arrays.sort(sorted);
            milestonesAbove.put(id, sorted);
        });
    }

    /** The ranking of a concept's readings described in the class comment. */
    static Comparator<Reading> rank(String firstReading) {
        return Comparator.comparingInt((Reading r) -> r.id().equals(firstReading) ? 0 : 1)
                .thenComparingInt(r -> roleRank(r.role()))
                .thenComparingInt(r -> r.isTimed() ? 0 : 1)
                .thenComparingInt(r -> r.minutes() == null ? Integer.MAX_VALUE : r.minutes())
                .thenComparing(Reading::id)
                .thenComparing(r -> r.part() == null ? "" : r.part());
    }

    /** Explainer 0, introducing paper 1, covers 2: the order in which roles offer a step's first reading. */
    static int roleRank(ReadingRole role) {
        return switch (role) {
            case EXPLAINER -> 0;
            case INTRODUCES -> 1;
            case COVERS -> 2;
        };
    }

    private static void sortInto(Map<String, List<String>> lists, Map<String, String[]> into) {
        lists.forEach((id, list) -> {
            String[] sorted = list.toArray(NONE);
            Arrays.sort(sorted);
            into.put(id, sorted);
        });
    }

    /** The prerequisite edges as a JGraphT digraph (read-only use: the explorer finds a refused edge's cycle in it). */
    public Graph<String, DefaultEdge> digraph() {
        return graph;
    }

    /** The snapshot this view was built from. */
    public AtlasGraph source() {
        return source;
    }

    /** The direct prerequisites of a node, sorted by id; empty when none. */
    String[] prerequisitesOf(String id) {
        return prerequisites.getOrDefault(id, NONE);
    }

    /** The nodes that have this node as a direct prerequisite, sorted by id; empty when none. */
    String[] dependentsOf(String id) {
        return dependents.getOrDefault(id, NONE);
    }

    /** The concepts a paper or resource EXPLAINS in the given role, sorted by id; empty when none. */
    public List<String> explainedBy(String work, ReadingRole role) {
        return explained.getOrDefault(work, Map.of()).getOrDefault(role, List.of());
    }

    /** The sections a part label names ({@link PartSet#parse}), parsed once per label; empty when it does not parse. */
    Optional<PartSet> sections(String part) {
        return part == null ? Optional.empty() : sections.computeIfAbsent(part, p -> Optional.ofNullable(PartSet.parse(p)));
    }

    /** Every prerequisite ancestor of the given nodes (not the nodes themselves unless one needs another), by id. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        Set<String> seen = new TreeSet<>();
        Deque<String> stack = new ArrayDeque<>(ids);
        while (!stack.isEmpty()) {
            for (String p : prerequisitesOf(stack.pop())) {
                if (seen.add(p)) {
                    stack.push(p);
                }
            }
        }
        return seen;
    }

    /** The readings of a concept in rank order (see the class comment); a paper or resource is its own only reading. */
    public List<Reading> readingsOf(Node node) {
        if (node.kind().isReading()) {
            return List.of(Reading.of(node, ReadingRole.INTRODUCES));
        }
        return readings.getOrDefault(node.id(), List.of());
    }

    /** A node's level: the length of the longest prerequisite chain below it (0 for a foundation). */
    public int level(String id) {
        return levels.getOrDefault(id, 0);
    }

    /** The ids of the milestone concepts, sorted. */
    public List<String> milestones() {
        return List.of(milestones);
    }

    /** The prerequisite closure of a milestone (everything it stands on, not itself); empty for another node. */
    public Set<String> closureOf(String milestone) {
        return milestoneClosures.getOrDefault(milestone, Set.of());
    }

    /** The milestones whose prerequisite closure contains the node, sorted; knowing one of them is knowing it. */
    public List<String> milestonesAbove(String id) {
        return List.of(milestonesAbove.getOrDefault(id, NONE));
    }

    String[] milestonesAboveArray(String id) {
        return milestonesAbove.getOrDefault(id, NONE);
    }

    /** Longest prerequisite chain below every node, depth-first without recursion; an edge closing a cycle counts 0. */
    private Map<String, Integer> levels() {
        Map<String, Integer> level = new HashMap<>();
        Set<String> onStack = new HashSet<>();
        for (Node start : source.nodes()) {
            if (level.containsKey(start.id())) {
                continue;
            }
            Deque<String[]> stack = new ArrayDeque<>();
            Deque<int[]> next = new ArrayDeque<>();
            Deque<String> ids = new ArrayDeque<>();
            ids.push(start.id());
            stack.push(prerequisitesOf(start.id()));
            next.push(new int[] {0});
            onStack.add(start.id());
            while (!ids.isEmpty()) {
                String[] children = stack.peek();
                int[] i = next.peek();
                if (i[0] < children.length) {
                    String c = children[i[0]++];
                    if (!level.containsKey(c) && onStack.add(c)) {
                        ids.push(c);
                        stack.push(prerequisitesOf(c));
                        next.push(new int[] {0});
                    }
                    continue;
                }
                int h = 0;
                for (String c : children) {
                    Integer hc = level.get(c);
                    if (hc != null) {
                        h = Math.max(h, hc + 1);
                    }
                }
                String id = ids.pop();
                stack.pop();
                next.pop();
                onStack.remove(id);
                level.put(id, h);
            }
        }
        return level;
    }
}
