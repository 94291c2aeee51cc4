package org.mlatlas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.MapPositions;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.layout.Viewport;
import org.mlatlas.plan.Plan;
import org.mlatlas.ui.canvas.GraphFrame;
import org.mlatlas.ui.canvas.GraphRenderer;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.canvas.Marks;
import org.mlatlas.ui.canvas.PlanFrame;
import org.mlatlas.ui.model.Connection;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphMap;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;
import org.mlatlas.ui.model.PlanScenes;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Renders the graph to an image without a window (headless: Monocle and the software pipeline when there is no
 * display), the same way the explorer's canvas draws it. Used by {@code atlas snapshot} and by pixel tests.
 */
public final class Snapshots {
    /** The caption's band at the top of a picture. */
    private static final double CAPTION_HEIGHT = 44;

    private Snapshots() {
    }

    /** Draws what {@code request} asks for, the map laid out anew; the layout is settled first. */
    public static BufferedImage render(Atlas atlas, SnapshotRequest request) {
        return render(atlas, request, null);
    }

    /**
     * Draws what {@code request} asks for; the layout is settled first. The whole graph and local views use the
     * map kept in {@code positions} (the explorer's), laid out and saved there when it has none (null: laid out
     * anew, not kept).
     */
    public static BufferedImage render(Atlas atlas, SnapshotRequest request, MapPositions positions) {
        AtlasGraph graph = atlas.snapshot();
        GraphScene scene;
        int selected = -1;
        String caption;
        BitSet inPlan = new BitSet();
        if (request.planId() != null) {
            Plan plan = atlas.plan(request.planId(), List.of(), false);
            scene = PlanScenes.scene(graph, plan);
            inPlan.set(0, scene.graph().size());
            selected = scene.graph().indexOf(plan.target().id()); // as in the window: the plan of the selected node
            caption = planCaption(plan);
        } else if (request.connectFrom() != null) {
            return connection(atlas, graph, request, positions);
        } else {
            String focus = request.focusId() == null ? null : atlas.resolve(request.focusId()).id();
            GraphMap map = settledMap(graph, positions);
            scene = focus == null ? map.scene(graph, Filters.all(), null)
                    : map.scene(graph, Filters.all().withLocalDepth(2), focus);
            LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
            scene.sync();
            selected = scene.graph().indexOf(focus);
            caption = focus == null ? "ML Atlas: " + graph.nodes().size() + " nodes, " + graph.relations().size() + " relationships"
                    : "Around " + graph.node(focus).orElseThrow().name() + " (2 hops)";
        }
        return render(scene, new Highlight(selected, -1, inPlan, -1, 0, 0), request.width(), request.height(), caption);
    }

    /**
     * The map of the whole graph, settled and committed: the one kept in {@code positions} (laid out and saved
     * there when it has none), or laid out anew when {@code positions} is null.
     */
    private static GraphMap settledMap(AtlasGraph graph, MapPositions positions) {
        GraphMap map = new GraphMap(now -> save(positions, now));
        if (positions != null) {
            map.restore(positions.read());
        }
        GraphScene whole = map.scene(graph, Filters.all(), null);
        LayoutRunner.settle(whole.layout(), GraphMap.MAX_STEPS);
        whole.sync();
        map.commit(whole);
        return map;
    }

    private static void save(MapPositions positions, Map<String, double[]> now) {
        if (positions != null) {
            try {
                positions.write(now);
            } catch (IOException e) {
                throw new UncheckedIOException("could not save the map's positions to " + positions.file(), e);
            }
        }
    }

    /**
     * How one node connects to another: the whole graph on its map, with the shortest paths between the two
     * highlighted and the rest faded, framed on the paths; the caption says how many steps.
     */
    private static BufferedImage connection(Atlas atlas, AtlasGraph graph, SnapshotRequest request,
                                            MapPositions positions) {
        String from = atlas.resolve(request.connectFrom()).id();
        String to = atlas.resolve(request.connectTo()).id();
        Connection connection = Connection.between(graph, from, to);
        GraphScene scene = settledMap(graph, positions).scene(graph, Filters.all(), null);
        VisualGraph g = scene.graph();
        Marks marks = Marks.path(g, connection.nodeIds(), connection.relationKeys());
        String caption = connection.summary(id -> graph.node(id).map(Node::name).orElse(id));
        Highlight highlight = new Highlight(g.indexOf(from), -1, new BitSet(), -1, 0, 0, marks);
        return render(scene, highlight, request.width(), request.height(), caption, marks.pathNodes());
    }

    /** The caption of a plan picture, in the words of {@code atlas path}: steps then the target. */
    static String planCaption(Plan plan) {
        return org.mlatlas.report.PlanWording.headline(plan) + "; prerequisites on the left";
    }

    /** The caption's font: bold 18 px, smaller (down to 12 px) when the caption would not fit {@code room} pixels. */
    private static javafx.scene.text.Font captionFont(String caption, double room) {
        javafx.scene.text.Font font = javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, 18);
        javafx.scene.text.Text text = new javafx.scene.text.Text(caption);
        text.setFont(font);
        double width = text.getLayoutBounds().getWidth();
        return width <= room ? font
                : javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, Math.max(12, 18 * room / width));
    }

    /** Draws a scene, fitted, into a new image. */
    public static BufferedImage render(GraphScene scene, Highlight highlight, int width, int height) {
        return render(scene, highlight, width, height, null);
    }

    /** Draws a scene, fitted, into a new image, with a caption at the top (null for none). */
    public static BufferedImage render(GraphScene scene, Highlight highlight, int width, int height, String caption) {
        return render(scene, highlight, width, height, caption, null);
    }

    /**
     * Draws a scene into a new image, with a caption at the top (null for none), fitted on the nodes in
     * {@code frame} (the whole scene when null).
     */
    private static BufferedImage render(GraphScene scene, Highlight highlight, int width, int height, String caption,
                                        BitSet frame) {
        FxRuntime.start(true);
        return FxRuntime.onFx(() -> {
            Canvas canvas = new Canvas(width, height);
            Viewport viewport = new Viewport();
            double top = caption == null ? 0 : CAPTION_HEIGHT;
            if (scene.isPlan()) {
                PlanFrame.fit(scene, viewport, width, height, top);
            } else if (frame != null && !frame.isEmpty()) { // clear of the legend and the caption, room for labels
                boolean[] include = new boolean[scene.graph().size()];
                frame.stream().forEach(i -> include[i] = true);
                double left = GraphFrame.LEGEND_CLEARANCE;
                double right = Math.min(260, width * 0.18);
                viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), include, width - left - right,
                        height - top - 40, 20);
                viewport.pan(left, top + 10);
            } else { // clear of the legend and the caption, room for labels on the right
                GraphFrame.fit(scene, viewport, width, height, top, Math.min(180, width * 0.1));
            }
            new GraphRenderer().draw(canvas.getGraphicsContext2D(), width, height, scene, viewport, highlight);
            if (caption != null) {
                var gc = canvas.getGraphicsContext2D();
                gc.setFont(captionFont(caption, width - 250 - 16)); // a long plan headline gets smaller, not cut
                gc.setFill(javafx.scene.paint.Color.web("#1d1d1d"));
                gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
                gc.setTextBaseline(javafx.geometry.VPos.TOP);
                gc.fillText(caption, 250, 16);
            }
            WritableImage image = canvas.snapshot(null, new WritableImage(width, height));
            return Png.toBufferedImage(image);
        });
    }
}
