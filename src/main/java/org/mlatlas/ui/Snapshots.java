package org.mlatlas.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.BitSet;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.MapPositions;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.layout.Viewport;
import org.mlatlas.plan.Plan;
import org.mlatlas.ui.canvas.GraphFrame;
import org.mlatlas.ui.canvas.GraphRenderer;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.canvas.PlanFrame;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;
import org.mlatlas.ui.model.PlanScenes;
import org.mlatlas.ui.model.GraphMap;

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
        } else {
            String focus = request.focusId() == null ? null : atlas.resolve(request.focusId()).id();
            Filters filters = focus == null ? Filters.all() : Filters.all().withLocalDepth(2);
            GraphMap map = new GraphMap(now -> save(positions, now));
            if (positions != null) {
                map.restore(positions.read());
            }
            GraphScene whole = map.scene(graph, Filters.all(), null);
            LayoutRunner.settle(whole.layout(), GraphMap.MAX_STEPS);
            whole.sync();
            map.commit(whole);
            scene = focus == null ? whole : map.scene(graph, filters, focus);
            LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
            scene.sync();
            selected = scene.graph().indexOf(focus);
            caption = focus == null ? "ML Atlas: " + graph.nodes().size() + " nodes, " + graph.relations().size() + " relationships"
                    : "Around " + graph.node(focus).orElseThrow().name() + " (2 hops)";
        }
        return render(scene, new Highlight(selected, -1, inPlan, -1, 0, 0), request.width(), request.height(), caption);
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
        FxRuntime.start(true);
        return FxRuntime.onFx(() -> {
            Canvas canvas = new Canvas(width, height);
            Viewport viewport = new Viewport();
            if (scene.isPlan()) {
                PlanFrame.fit(scene, viewport, width, height, caption == null ? 0 : CAPTION_HEIGHT);
            } else { // clear of the legend and the caption, room for labels on the right
                GraphFrame.fit(scene, viewport, width, height, caption == null ? 0 : CAPTION_HEIGHT, Math.min(180, width * 0.1));
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
