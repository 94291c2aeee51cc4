package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The topic area of every node of a graph, for the map's regions: a node's own area (the graph-data file or
 * the import it came from) when it has one; otherwise the area of its community, a community being found by
 * JGraphT's {@link LabelPropagationClustering} over all edges, undirected. A community whose members have areas
 * lends a node without one the area most of them have; a community with no area at all becomes an area of its
 * own, named after its most central member. Communities smaller than {@link #MIN_COMMUNITY} join the neighbouring
 * community they have most edges to, so an older store without areas gets a few regions, not dozens of specks.
 *
 * <p>Measured on the shipped graph with its areas removed (1,082 nodes, 2,805 edges, all kinds): label propagation
 * found 65 communities in 0.28-0.36 s (NMI 0.54 against the files' areas), greedy modularity 25 in 1.2-1.4 s (NMI
 * 0.56), Girvan-Newman (10 clusters) did not finish in 15 min. Only the prerequisite edges leave papers isolated
 * (605-610 communities). Deterministic: a fixed seed, and nodes and edges in the order given.
 */
public final class TopicAreas {
    /** The smallest community kept as its own area. */
    static final int MIN_COMMUNITY = 8;
    private static final long SEED = 42;

    private final int[] areaOf;
    private final List<String> names;
    private final int[] namedAfter;

    private TopicAreas(int[] areaOf, List<String> names, int[] namedAfter) {
        this.areaOf = areaOf;
        this.names = names;
        this.namedAfter = namedAfter;
    }

    /**
     * Finds the areas of {@code n} nodes joined by the edges {@code from[e] - to[e]}.
     *
     * @param given      each node's own area, or null where it has none
     * @param importance how central each node is (an unnamed community is named after its most central member)
     * @throws IllegalArgumentException when the arrays do not fit n
     */
    public static TopicAreas of(String[] given, int[] from, int[] to, double[] importance) {
        int n = given.length;
        if (importance.length != n || from.length != to.length) {
            throw new IllegalArgumentException("need an importance per node and as many edge sources as targets");
        }
        int[] community = null;
        for (String a : given) {
            if (a == null) {
                community = communities(n, from, to);
                break;
            }
        }
        // areas by name, sorted, so their numbers do not depend on the order nodes come in
        TreeMap<String, Integer> named = new TreeMap<>();
        for (String a : given) {
            if (a != null) {
                named.put(a, 0);
            }
        }
        Map<Integer, String> lent = community == null ? Map.of() : lentAreas(given, community);
        for (String a : lent.values()) {
            if (a != null) {
                named.put(a, 0);
            }
        }
        List<String> names = new ArrayList<>(named.keySet());
        for (int i = 0; i < names.size(); i++) {
            named.put(names.get(i), i);
        }
        int[] areaOf = new int[n];
        Map<Integer, Integer> unnamed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String a = given[i] != null ? given[i] : lent.get(community[i]);
            if (a != null) {
                areaOf[i] = named.get(a);
            } else {
                final int size = names.size() + unnamed.size();
                areaOf[i] = unnamed.computeIfAbsent(community[i], c -> size);
            }
        }
        int[] namedAfter = new int[names.size() + unnamed.size()];
        Arrays.fill(namedAfter, -1);
        for (int i = 0; i < n; i++) {
            int a = areaOf[i];
            if (a >= names.size() && (namedAfter[a] < 0 || importance[i] > importance[namedAfter[a]])) {
                namedAfter[a] = i;
            }
        }
        for (int a = names.size(); a < namedAfter.length; a++) {
            names.add(null);
        }
        return new TopicAreas(areaOf, names, namedAfter);
    }

    /** For each community, the area most of its members with one have (ties: the first by name), or null. */
    private static Map<Integer, String> lentAreas(String[] given, int[] community) {
        Map<Integer, TreeMap<String, Integer>> votes = new HashMap<>();
        Map<Integer, String> lent = new HashMap<>();
        for (int i = 0; i < given.length; i++) {
            lent.putIfAbsent(community[i], null);
            if (given[i] != null) {
                votes.computeIfAbsent(community[i], c -> new TreeMap<>()).merge(given[i], 1, Integer::sum);
            }
        }
        votes.forEach((c, counts) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            lent.put(c, best);
        });
        return lent;
    }

    /** Label propagation communities, small ones merged into the neighbour they have most edges to. */
    static int[] communities(int n, int[] from, int[] to) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        for (int e = 0; e < from.length; e++) {
            if (from[e] != to[e]) {
                g.addEdge(from[e], to[e]);
            }
        }
        List<Set<Integer>> clusters = new LabelPropagationClustering<>(g, new Random(SEED)).getClustering().getClusters();
        int[] community = new int[n];
        int[] size = new int[clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (int v : clusters.get(c)) {
                community[v] = c;
            }
            size[c] = clusters.get(c).size();
        }
        // smallest first: a speck joins its best-connected neighbour, which may itself join a bigger one later
        Integer[] order = new Integer[clusters.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[a], size[b]) : Integer.compare(a, b));
        for (int c : order) {
            if (size[c] >= MIN_COMMUNITY || size[c] == 0) {
                continue;
            }
            TreeMap<Integer, Integer> links = new TreeMap<>();
            for (int e = 0; e < from.length; e++) {
                int a = community[from[e]];
                int b = community[to[e]];
                if (a == c && b != c) {
                    links.merge(b, 1, Integer::sum);
                } else if (b == c && a != c) {
                    links.merge(a, 1, Integer::sum);
                }
            }
            int best = -1;
            for (Map.Entry<Integer, Integer> e : links.entrySet()) {
                if (best < 0 || e.getValue() > links.get(best)) {
                    best = e.getKey();
                }
            }
            if (best < 0) {
                continue; // an island: stays a small area of its own
            }
            for (int v = 0; v < n; v++) {
                if (community[v] == c) {
                    community[v] = best;
                }
            }
            size[best] += size[c];
            size[c] = 0;
        }
        return community;
    }

    /** The number of areas. */
    public int count() {
        return names.size();
    }

    /** The area of node {@code i}, 0..count()-1: named areas first, in name order, then communities. */
    public int areaOf(int i) {
        return areaOf[i];
    }

    /** Every node's area (a copy). */
    public int[] areas() {
        return areaOf.clone();
    }

    /** The name of area {@code a}, or null for a community without one (see {@link #namedAfter}). */
    public String name(int a) {
        return names.get(a);
    }

    /** For a community without a name, its most central node (to name it after); -1 for a named area. */
    public int namedAfter(int a) {
        return namedAfter[a];
    }
}
