package org.mlatlas.ui.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.layout.ForceLayout;
import org.mlatlas.layout.RegionLayout;

/**
 * The explorer's map of the whole graph: where every node is, kept between launches and across edits. The first
 * time (or after {@link #relayout()}) the whole graph is laid out with its topic areas as regions
 * ({@link RegionLayout}, deterministic: the same graph gives the same map in any process); once that layout
 * settles, its positions are {@linkplain #commit committed} and saved. Later graphs (a reload, an edit, the next
 * launch) put every node with a saved position there and pin it; a new node is put at the free spot nearest
 * the middle of its placed neighbours (or of its area), and nothing moves. Views of the map (filters, hidden areas,
 * expanded neighbours, a connection's paths) show their nodes where the map has them; a local view (N hops around
 * a node) is laid out on its own from where the view drew its nodes last, else from the map's positions, and not
 * kept.
 *
 * <p>Used on the UI thread (or one thread, for snapshots); the layout itself steps on a {@link LayoutRunner}.
 */
public final class GraphMap {
    /** The most steps a map layout takes (both in the window and in snapshots, so they end alike). */
    public static final int MAX_STEPS = 3_000;
    private static final long SEED = 42;

    private final Consumer<Map<String, double[]>> saver;
    private final ObjectProperty<AreaMap> areas = new SimpleObjectProperty<>(AreaMap.empty());
    private Map<String, double[]> saved = Map.of();
    /**
     * Nodes placed while they had no neighbour (a node added before its edges): placed anew, next to their
     * neighbours, once they have some.
     */
    private final Set<String> loose = new HashSet<>();
    private AtlasGraph areasOf;
    private Layout current;

    /** The whole graph's layout and what it was made for (node ids in order, edges and areas). */
    private record Layout(VisualGraph whole, int[] from, int[] to, int[] area, ForceLayout force) {
        boolean sameShape(VisualGraph other, int[][] edges, int[] otherArea) {
            if (other.size() != whole.size() || !Arrays.equals(from, edges[0]) || !Arrays.equals(to, edges[1])
                    || !Arrays.equals(area, otherArea)) {
                return false;
            }
            for (int i = 0; i < whole.size(); i++) {
                if (!whole.node(i).id().equals(other.node(i).id())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A map that hands its positions to {@code saver} whenever they are committed (the saver may be slow). */
    public GraphMap(Consumer<Map<String, double[]>> saver) {
        this.saver = saver;
    }

    /** Takes positions saved earlier (a new launch); nodes with one keep it. */
    public void restore(Map<String, double[]> positions) {
        saved = Map.copyOf(positions);
        current = null;
    }

    /** Forgets every position: the next {@link #scene} lays the whole graph out anew (and commits it once settled). */
    public void relayout() {
        saved = Map.of();
        loose.clear();
        current = null;
    }

    /** The topic areas of the graph last shown (changes with the graph). */
    public ReadOnlyObjectProperty<AreaMap> areasProperty() {
        return areas;
    }

    /** The topic areas of {@code graph} (found once per graph snapshot). */
    public AreaMap areas(AtlasGraph graph) {
        if (graph != areasOf) {
            areasOf = graph;
            areas.set(AreaMap.of(graph.nodes(), graph.relations()));
        }
        return areas.get();
    }

    /**
     * What the view shows of {@code graph} under {@code filters}: a view of the map, or with a local depth and a
     * focus, a local layout. A map view whose layout has not settled yet needs stepping (a {@link LayoutRunner},
     * or {@link LayoutRunner#settle}) and then {@link #commit}.
     */
    public GraphScene scene(AtlasGraph graph, Filters filters, String focusId) {
        VisualGraph view = VisualGraph.filter(graph, areas(graph), filters, focusId);
        if (filters.localDepth() > 0 && focusId != null && view.contains(focusId)) {
            return local(graph, view, Map.of());
        }
        return onMap(graph, view);
    }

    /**
     * {@code view} (nodes of {@code graph}, in its {@linkplain #areas areas}) where the map has its nodes. A view
     * whose layout has not settled yet needs stepping and then {@link #commit}.
     */
    public GraphScene onMap(AtlasGraph graph, VisualGraph view) {
        Layout layout = layoutOf(graph);
        return GraphScene.onMap(view, layout.whole(), layout.force());
    }

    /**
     * {@code view} (a local view: nodes of {@code graph} around one) laid out on its own, each node starting where
     * {@code shown} has it (where the view drew it last) or else where the map has it; not kept.
     */
    public GraphScene local(AtlasGraph graph, VisualGraph view, Map<String, double[]> shown) {
        Map<String, double[]> start = positions(layoutOf(graph));
        start.putAll(shown);
        return GraphScene.force(view, start, SEED);
    }

    /**
     * Keeps the positions of a map view's layout as the map (its nodes pinned from now on) and saves them; does
     * nothing for another scene, or one whose layout the map has since replaced.
     */
    public void commit(GraphScene scene) {
        if (scene == null || !scene.isMap() || current == null || scene.layout() != current.force()) {
            return;
        }
        Map<String, double[]> now = positions(current);
        ForceLayout force = current.force();
        for (int i = 0; i < force.size(); i++) {
            double[] p = now.get(current.whole().node(i).id());
            force.pin(i, p[0], p[1]);
        }
        if (!same(now, saved)) {
            saved = now;
            saver.accept(Map.copyOf(now));
        }
    }

    private static boolean same(Map<String, double[]> a, Map<String, double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, double[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The committed positions by node id (what was saved last). */
    public Map<String, double[]> saved() {
        return saved;
    }

    private static Map<String, double[]> positions(Layout layout) {
        int n = layout.force().size();
        double[] x = new double[n];
        double[] y = new double[n];
        layout.force().copyPositions(x, y);
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(layout.whole().node(i).id(), new double[] {x[i], y[i]});
        }
        return out;
    }

    private Layout layoutOf(AtlasGraph graph) {
        VisualGraph whole = new VisualGraph(List.copyOf(graph.nodes()), graph.relations(), areas(graph));
        int[][] edges = whole.edgeArrays();
        int[] area = new int[whole.size()];
        for (int i = 0; i < area.length; i++) {
            area[i] = Math.max(0, whole.area(i));
        }
        if (current != null && current.sameShape(whole, edges, area)) {
            current = new Layout(whole, edges[0], edges[1], area, current.force());
            return current;
        }
        // positions of a layout not committed yet (still settling) are not the map: only what was saved counts
        Map<String, double[]> known = saved;
        ForceLayout force;
        boolean[] placed = new boolean[whole.size()];
        int count = 0;
        for (int i = 0; i < whole.size(); i++) {
            String id = whole.node(i).id();
            placed[i] = known.containsKey(id) && !(loose.contains(id) && !whole.incident(i).isEmpty());
            count += placed[i] ? 1 : 0;
        }
        if (count == 0) {
            force = RegionLayout.of(whole.size(), edges[0], edges[1], area, GraphScene.EDGE_LENGTH, SEED)
                    .aspect(GraphScene.ASPECT).cooling(GraphScene.COOLING);
        } else {
            force = new ForceLayout(whole.size(), edges[0], edges[1], GraphScene.EDGE_LENGTH, SEED);
            double[] x = new double[whole.size()];
            double[] y = new double[whole.size()];
            for (int i = 0; i < whole.size(); i++) {
                if (placed[i]) {
                    double[] p = known.get(whole.node(i).id());
                    x[i] = p[0];
                    y[i] = p[1];
                }
            }
            boolean[] fresh = new boolean[whole.size()];
            for (int i = 0; i < whole.size(); i++) {
                fresh[i] = !placed[i];
            }
            placeNew(whole, area, placed, x, y);
            for (int i = 0; i < whole.size(); i++) {
                force.pin(i, x[i], y[i]); // the map does not move; new nodes are placed, not settled
                if (fresh[i]) {
                    String id = whole.node(i).id();
                    if (whole.incident(i).isEmpty()) {
                        loose.add(id);
                    } else {
                        loose.remove(id);
                    }
                }
            }
        }
        current = new Layout(whole, edges[0], edges[1], area, force);
        return current;
    }

    /**
     * Places nodes without a position, in waves (so a chain of new nodes grows from its placed end): a node joined
     * to placed nodes goes at the free spot nearest the middle of those neighbours; a node joined to none goes
     * near the middle of its area's placed nodes, else right of everything. A spot is free when no placed node
     * is closer than {@link #ROOM}; spots are tried on rings around the middle, the nearest ring first.
     */
    private static void placeNew(VisualGraph whole, int[] area, boolean[] placed, double[] x, double[] y) {
        Random random = new Random(SEED);
        boolean progress = true;
        while (progress) {
            progress = false;
            boolean[] wave = placed.clone();
            for (int i = 0; i < whole.size(); i++) {
                if (placed[i]) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                int m = 0;
                for (int e : whole.incident(i)) {
                    int other = whole.from(e) == i ? whole.to(e) : whole.from(e);
                    if (placed[other]) {
                        sx += x[other];
                        sy += y[other];
                        m++;
                    }
                }
                if (m > 0) {
                    freeSpot(i, sx / m, sy / m, wave, x, y, random);
                    wave[i] = true;
                    progress = true;
                }
            }
            System.arraycopy(wave, 0, placed, 0, placed.length);
        }
        int areas = 0;
        for (int a : area) {
            areas = Math.max(areas, a + 1);
        }
        double[] ax = new double[areas];
        double[] ay = new double[areas];
        int[] an = new int[areas];
        double maxX = 0;
        for (int i = 0; i < whole.size(); i++) {
            if (placed[i]) {
                ax[area[i]] += x[i];
                ay[area[i]] += y[i];
                an[area[i]]++;
                maxX = Math.max(maxX, x[i]);
            }
        }
        for (int i = 0; i < whole.size(); i++) {
            if (!placed[i]) {
                int a = area[i];
                freeSpot(i, an[a] > 0 ? ax[a] / an[a] : maxX + 2 * GraphScene.EDGE_LENGTH, an[a] > 0 ? ay[a] / an[a] : 0,
                        placed, x, y, random);
                placed[i] = true;
            }
        }
    }

    /** How far a new node is put from every other node, at least (when there is room within a few rings). */
    private static final double ROOM = 0.6 * GraphScene.EDGE_LENGTH;

    /** Puts node {@code i} at the free spot nearest (cx, cy) among rings of spots around it. */
    private static void freeSpot(int i, double cx, double cy, boolean[] placed, double[] x, double[] y, Random random) {
        double k = GraphScene.EDGE_LENGTH;
        double turn = random.nextDouble() * 2 * Math.PI;
        double bestX = cx + 0.8 * k * Math.cos(turn);
        double bestY = cy + 0.8 * k * Math.sin(turn);
        double bestRoom = -1;
        for (int ring = 1; ring <= 12; ring++) {
            double r = (0.4 + 0.4 * ring) * k;
            int spots = 6 + 4 * ring;
            for (int s = 0; s < spots; s++) {
                double angle = turn + 2 * Math.PI * s / spots;
                double px = cx + r * Math.cos(angle);
                double py = cy + r * Math.sin(angle);
                double room = Double.MAX_VALUE;
                for (int j = 0; j < placed.length; j++) {
                    if (placed[j] && j != i) {
                        room = Math.min(room, Math.hypot(px - x[j], py - y[j]));
                    }
                }
                if (room >= ROOM) {
                    x[i] = px;
                    y[i] = py;
                    return;
                }
                if (room > bestRoom) {
                    bestRoom = room;
                    bestX = px;
                    bestY = py;
                }
            }
        }
        x[i] = bestX; // no free spot near: the roomiest one tried
        y[i] = bestY;
    }
}
