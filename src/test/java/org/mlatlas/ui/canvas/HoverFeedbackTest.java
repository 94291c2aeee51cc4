package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.VisualGraph;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What hovering shows: the hub's own label on top of none, and faded nodes that never look known. */
class HoverFeedbackTest {
    private static final int W = 900;
    private static final int H = 700;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A hub with 24 neighbours packed around it, plus a known and an unknown node on their own. */
    private static GraphScene hubScene() {
        List<Node> nodes = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        nodes.add(Node.concept("hub", "Reinforcement learning from human feedback"));
        for (int k = 0; k < 24; k++) {
            nodes.add(Node.concept("n" + k, "Neighbour number " + k));
            relations.add(Relation.of("n" + k, RelationKind.PREREQUISITE, "hub"));
        }
        nodes.add(Node.builder("known", NodeKind.CONCEPT, "Known alone").known(true).build());
        nodes.add(Node.concept("unknown", "Unknown alone"));
        GraphScene scene = GraphScene.force(new VisualGraph(nodes, relations), Map.of(), 1);
        double[] x = scene.xs();
        double[] y = scene.ys();
        x[0] = 0;
        y[0] = 0;
        for (int k = 0; k < 24; k++) {
            double a = 2 * Math.PI * k / 24;
            x[k + 1] = 70 * Math.cos(a);
            y[k + 1] = 50 * Math.sin(a);
        }
        x[25] = -250;
        y[25] = 200;
        x[26] = 250;
        y[26] = 200;
        return scene;
    }

    private record Frame(WritableImage image, List<double[]> labels, Viewport viewport) {
    }

    private static Frame draw(GraphScene scene, int hovered) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(W, H);
            Viewport vp = new Viewport();
            vp.centreOn(0, 0, W, H);
            vp.pan(60, 40);
            GraphRenderer renderer = new GraphRenderer();
            renderer.draw(canvas.getGraphicsContext2D(), W, H, scene, vp,
                    new Highlight(-1, hovered, new BitSet(), -1, 0, 0));
            return new Frame(canvas.snapshot(null, null), new ArrayList<>(renderer.lastLabels()), vp);
        }).get();
    }

    @Test
    void hoveringAHubPutsItsOwnLabelFirstAndNoLabelOverAnother() throws Exception {
        Frame f = draw(hubScene(), 0);
        List<double[]> labels = f.labels();
        assertThat(labels).isNotEmpty();
        assertThat((int) labels.get(0)[4]).as("the hub's label comes first").isZero();
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                double[] p = labels.get(a);
                double[] q = labels.get(b);
                boolean overlap = p[0] < q[0] + q[2] - 0.5 && q[0] < p[0] + p[2] - 0.5
                        && p[1] < q[1] + q[3] - 0.5 && q[1] < p[1] + p[3] - 0.5;
                assertThat(overlap).as("labels of nodes %d and %d overlap", (int) p[4], (int) q[4]).isFalse();
            }
        }
    }

    @Test
    void fadedNodesAreGreyAndKnownNodesKeepTheirColourAsInTheLegend() throws Exception {
        GraphScene scene = hubScene();
        Frame plain = draw(scene, -1);
        Frame hovering = draw(scene, 0);
        Color known = pixel(plain, scene, 25);
        Color fadedKnown = pixel(hovering, scene, 25);
        Color fadedUnknown = pixel(hovering, scene, 26);
        assertThat(distance(known, Style.knownFill(NodeKind.CONCEPT))).as("a known node").isLessThan(0.05);
        assertThat(distance(fadedUnknown, Style.FADED)).as("a faded node is grey").isLessThan(0.05);
        assertThat(distance(fadedKnown, Style.FADED)).isLessThan(0.05);
        assertThat(distance(fadedUnknown, known)).as("faded and known look different").isGreaterThan(0.3);
        // the legend's "known / read" swatch (fourth row) is filled like a known node
        Color swatch = plain.image().getPixelReader().getColor(30, 26 + 3 * 19);
        assertThat(distance(swatch, Style.knownFill(NodeKind.CONCEPT))).as("the legend is honest").isLessThan(0.05);
    }

    private static Color pixel(Frame f, GraphScene scene, int i) {
        PixelReader r = f.image().getPixelReader();
        return r.getColor((int) Math.round(f.viewport().toScreenX(scene.xs()[i])), (int) Math.round(f.viewport().toScreenY(scene.ys()[i])));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
