package org.mlatlas.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * Finds prerequisite cycles and spells them out ({@code a -> b -> c -> a}). One cycle is reported per
 * strongly connected component, so a tangled component does not produce an exponential list.
 */
public final class CycleFinder {
    private CycleFinder() {
    }

    /**
     * One shortest cycle per non-trivial strongly connected component (and per self-loop), each starting and
     * ending at the component's smallest id, the list ordered by that id.
     *
     * @param graph a directed graph whose edges run from prerequisite to dependent
     * @return cycles as vertex lists whose first and last elements are equal; empty when the graph is acyclic
     */
    public static <E> List<List<String>> cycles(Graph<String, E> graph) {
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            String start = Collections.min(component);
            if (component.size() == 1) {
                if (graph.containsEdge(start, start)) {
                    cycles.add(List.of(start, start));
                }
                continue;
            }
            cycles.add(shortestCycleThrough(graph, start, component));
        }
        cycles.sort(Comparator.comparing(c -> c.get(0)));
        return cycles;
    }

    /**
     * The shortest path from {@code from} to {@code to} following edge direction, if one exists. Used to show
     * the cycle an edge {@code to -> from} would close.
     */
    public static <E> Optional<List<String>> path(Graph<String, E> graph, String from, String to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        List<String> path = bfs(graph, from, to, null);
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    /** Formats a cycle or path as {@code a -> b -> c}. */
    public static String spell(List<String> ids) {
        return String.join(" -> ", ids);
    }

    private static <E> List<String> shortestCycleThrough(Graph<String, E> graph, String start, Set<String> within) {
        List<String> best = null;
        for (String next : sorted(Graphs.successorListOf(graph, start))) {
            if (!within.contains(next)) {
                continue;
            }
            List<String> back = next.equals(start) ? List.of(start) : bfs(graph, next, start, within);
            if (!back.isEmpty() && (best == null || back.size() + 1 < best.size())) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(back);
            }
        }
        return best;
    }

    private static <E> List<String> bfs(Graph<String, E> graph, String from, String to, Set<String> within) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        parent.put(from, from);
        queue.add(from);
        while (!queue.isEmpty()) {
            String u = queue.poll();
            if (u.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String v = to; ; v = parent.get(v)) {
                    path.add(v);
                    if (v.equals(from)) {
                        break;
                    }
                }
                Collections.reverse(path);
                return path;
            }
            for (String v : sorted(Graphs.successorListOf(graph, u))) {
                if ((within == null || within.contains(v)) && parent.putIfAbsent(v, u) == null) {
                    queue.add(v);
                }
            }
        }
        return List.of();
    }

    private static List<String> sorted(List<String> ids) {
        ids.sort(null);
        return ids;
    }
}
