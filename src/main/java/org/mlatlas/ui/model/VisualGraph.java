package org.mlatlas.ui.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;

/**
 * The part of the graph a view draws, numbered for the layout and the renderer: nodes 0..n-1 and edges as
 * index pairs with their kinds. Immutable; built off the UI thread.
 */
public final class VisualGraph {
    private final List<Node> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] from;
    private final int[] to;
    private final RelationKind[] kinds;
    private final double[] importance;
    private final List<List<Integer>> incident;
    private final AreaMap areas;
    private final int[] area;

    private final EnumSet<NodeKind> nodeKinds = EnumSet.noneOf(NodeKind.class);
    private final EnumSet<RelationKind> relationKinds = EnumSet.noneOf(RelationKind.class);

    /**
     * A visual graph of exactly these nodes and the relations among them (others are dropped), in the topic areas
     * these nodes and relations make ({@link AreaMap#of}).
     */
    public VisualGraph(List<Node> nodes, Collection<Relation> relations) {
        this(nodes, relations, AreaMap.of(nodes, relations));
    }

    /**
     * A visual graph of exactly these nodes and the relations among them (others are dropped), in the topic areas
     * of {@code areas} (those of the whole graph, so a filtered view keeps every area's number and colour).
     */
    public VisualGraph(List<Node> nodes, Collection<Relation> relations, AreaMap areas) {
        this.nodes = List.copyOf(nodes);
        this.areas = areas;
        this.area = new int[this.nodes.size()];
        for (int i = 0; i < area.length; i++) {
            area[i] = areas.of(this.nodes.get(i).id());
        }
        for (int i = 0; i < this.nodes.size(); i++) {
            index.put(this.nodes.get(i).id(), i);
        }
        List<Relation> kept = new ArrayList<>();
        for (Relation r : relations) {
            if (index.containsKey(r.from()) && index.containsKey(r.to()) && !r.from().equals(r.to())) {
                kept.add(r);
            }
        }
        from = new int[kept.size()];
        to = new int[kept.size()];
        kinds = new RelationKind[kept.size()];
        incident = new ArrayList<>();
        for (int i = 0; i < this.nodes.size(); i++) {
            incident.add(new ArrayList<>());
        }
        importance = new double[this.nodes.size()];
        for (int e = 0; e < kept.size(); e++) {
            from[e] = index.get(kept.get(e).from());
            to[e] = index.get(kept.get(e).to());
            kinds[e] = kept.get(e).kind();
            incident.get(from[e]).add(e);
            incident.get(to[e]).add(e);
            // being needed (a prerequisite's source, an explained concept) makes a node more central
            importance[from[e]] += kinds[e] == RelationKind.PREREQUISITE ? 1.5 : 0.5;
            importance[to[e]] += 1;
        }
        for (int i = 0; i < importance.length; i++) {
            Node n = this.nodes.get(i);
            importance[i] += (n.fromNotes() ? 3 : 0) + (n.kind() == NodeKind.CONCEPT ? 1 : 0);
            nodeKinds.add(n.kind());
        }
        relationKinds.addAll(Arrays.asList(kinds));
    }

    /** The node kinds this graph has at least one node of. */
    public Set<NodeKind> nodeKinds() {
        return Collections.unmodifiableSet(nodeKinds);
    }

    /** The relationship kinds this graph has at least one edge of. */
    public Set<RelationKind> relationKinds() {
        return Collections.unmodifiableSet(relationKinds);
    }

    /**
     * What the filters let through: nodes of the shown kinds and areas (minus known ones, ones not from notes, or
     * papers outside the year range, as asked), relations of the shown kinds between them, and with a local depth,
     * only nodes within that many hops of {@code focusId}. The focus node is always kept.
     *
     * @param areas the whole graph's topic areas
     */
    public static VisualGraph filter(AtlasGraph graph, AreaMap areas, Filters filters, String focusId) {
        List<Node> kept = new ArrayList<>();
        for (Node n : graph.nodes()) {
            boolean focus = n.id().equals(focusId);
            int a = areas.of(n.id());
            if (focus || (filters.kinds().contains(n.kind()) && !(filters.hideKnown() && n.known())
                    && !(filters.onlyFromNotes() && !n.fromNotes()) && filters.yearShown(n)
                    && !(a >= 0 && filters.hiddenAreas().contains(areas.name(a))))) {
                kept.add(n);
            }
        }
        List<Relation> relations = graph.relations().stream().filter(r -> filters.relations().contains(r.kind())).toList();
        VisualGraph all = new VisualGraph(kept, relations, areas);
        if (filters.localDepth() == 0 || focusId == null || !all.contains(focusId)) {
            return all;
        }
        BitSet near = all.within(all.indexOf(focusId), filters.localDepth());
        List<Node> local = new ArrayList<>();
        for (int i = near.nextSetBit(0); i >= 0; i = near.nextSetBit(i + 1)) {
            local.add(all.node(i));
        }
        return new VisualGraph(local, relations, areas);
    }

    /** Nodes within {@code depth} hops of node {@code start}, ignoring direction. */
    public BitSet within(int start, int depth) {
        BitSet seen = new BitSet();
        seen.set(start);
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {start, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[1] == depth) {
                continue;
            }
            for (int e : incident.get(cur[0])) {
                int other = from[e] == cur[0] ? to[e] : from[e];
                if (!seen.get(other)) {
                    seen.set(other);
                    queue.add(new int[] {other, cur[1] + 1});
                }
            }
        }
        return seen;
    }

    /** The topic areas of the whole graph this view shows part of. */
    public AreaMap areas() {
        return areas;
    }

    /** The topic area of node {@code i} (a number of {@link #areas()}), or -1 when it has none. */
    public int area(int i) {
        return area[i];
    }

    /** The number of nodes. */
    public int size() {
        return nodes.size();
    }

    /** The number of edges. */
    public int edgeCount() {
        return from.length;
    }

    /** Node {@code i}. */
    public Node node(int i) {
        return nodes.get(i);
    }

    /** All nodes, in index order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The index of the node with this id, or -1. */
    public int indexOf(String id) {
        Integer i = id == null ? null : index.get(id);
        return i == null ? -1 : i;
    }

    /** True when the node with this id is shown. */
    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** Source index of edge {@code e}. */
    public int from(int e) {
        return from[e];
    }

    /** Target index of edge {@code e}. */
    public int to(int e) {
        return to[e];
    }

    /** Kind of edge {@code e}. */
    public RelationKind kind(int e) {
        return kinds[e];
    }

    /** Copies of the source and target arrays (for layouts). */
    public int[][] edgeArrays() {
        return new int[][] {from.clone(), to.clone()};
    }

    /** Edges touching node {@code i}. */
    public List<Integer> incident(int i) {
        return incident.get(i);
    }

    /** How central node {@code i} is: drives its size and the order labels are placed in. */
    public double importance(int i) {
        return importance[i];
    }

    /** Importance of every node (a copy). */
    public double[] importance() {
        return importance.clone();
    }

    /** Indices of the nodes adjacent to {@code i}, and {@code i}. */
    public BitSet neighbours(int i) {
        BitSet b = new BitSet();
        if (i < 0) {
            return b;
        }
        b.set(i);
        for (int e : incident.get(i)) {
            b.set(from[e]);
            b.set(to[e]);
        }
        return b;
    }

    /** Indices of the nodes whose ids are in {@code ids}. */
    public BitSet indicesOf(Set<String> ids) {
        BitSet b = new BitSet();
        for (String id : ids) {
            int i = indexOf(id);
            if (i >= 0) {
                b.set(i);
            }
        }
        return b;
    }
}
