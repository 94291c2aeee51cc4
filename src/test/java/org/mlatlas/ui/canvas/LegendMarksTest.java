package org.mlatlas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.VisualGraph;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The legend explains the marks on screen: a path shown, a refused cycle with its refused edge, search matches,
 * each in a row drawn with the mark's colour and stroke, added while the mark is on screen and gone with it (a
 * legend of every mark at all times would be long; one without them left red and yellow rings unexplained).
 */
class LegendMarksTest {
    private static final int W = 900;
    private static final int H = 700;
    /** Where the legend's first mark row is (below its nine rows of kinds, states and edges) and how far apart rows are. */
    private static final double FIRST_MARK_ROW = 26 + 9 * 19;
    private static final double ROW = 19;
    /** Where a ring swatch's stroke is (its centre 20 px into the legend, 8 px across) and a line swatch's. */
    private static final int RING_X = 10 + 20 + 8;
    private static final int LINE_X = 10 + 14;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Frame(WritableImage image, List<Legend.Mark> rows, List<double[]> labels) {
        Color at(int x, double row) {
            return image.getPixelReader().getColor(x, (int) Math.round(FIRST_MARK_ROW + row * ROW));
        }
    }

    /** Concepts a → b → c and a match candidate far off to the right, all clear of the legend's corner. */
    private static GraphScene scene() {
        List<Node> nodes = List.of(Node.concept("a", "Alpha"), Node.concept("b", "Beta"), Node.concept("c", "Gamma"),
                Node.concept("far", "Far away"));
        List<Relation> relations = List.of(Relation.of("a", RelationKind.PREREQUISITE, "b"),
                Relation.of("b", RelationKind.PREREQUISITE, "c"));
        GraphScene scene = GraphScene.force(new VisualGraph(nodes, relations), Map.of(), 1);
        double[][] at = {{400, 300}, {550, 380}, {700, 300}, {5000, 300}};
        for (int i = 0; i < at.length; i++) {
            scene.xs()[i] = at[i][0];
            scene.ys()[i] = at[i][1];
        }
        return scene;
    }

    private static BitSet nodes(VisualGraph g, String... ids) {
        return Marks.nodesOf(g, Set.of(ids));
    }

    private static Marks matching(VisualGraph g, String... ids) {
        return new Marks(new BitSet(), new BitSet(), false, -1, -1, new BitSet(), new BitSet(), nodes(g, ids));
    }

    /** Draws a frame of {@code scene} with {@code marks} on show, with the same renderer each time (as the view does). */
    private static Frame draw(GraphRenderer renderer, GraphScene scene, Marks marks) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(W, H);
            Highlight hl = new Highlight(-1, -1, new BitSet(), -1, 0, 0, marks);
            renderer.draw(canvas.getGraphicsContext2D(), W, H, scene, new Viewport(), hl);
            return new Frame(canvas.snapshot(null, null), renderer.lastLegendMarks(), List.copyOf(renderer.lastLabels()));
        }).get();
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void eachMarkOnScreenHasARowDrawnAsTheCanvasDrawsItWhileItIsShown() throws Exception {
        GraphScene scene = scene();
        VisualGraph g = scene.graph();
        GraphRenderer renderer = WaitForAsyncUtils.asyncFx(GraphRenderer::new).get();

        Frame plain = draw(renderer, scene, Marks.NONE);
        assertThat(plain.rows()).as("no marks, no mark rows").isEmpty();

        Frame matches = draw(renderer, scene, matching(g, "a", "c"));
        assertThat(matches.rows()).containsExactly(Legend.Mark.MATCH);
        assertThat(distance(matches.at(RING_X, 0), Style.MATCH)).as("the match ring's colour").isLessThan(0.1);

        Marks path = Marks.path(g, List.of("a", "b", "c"), Set.of("a PREREQUISITE b", "b PREREQUISITE c"));
        Frame connection = draw(renderer, scene, path);
        assertThat(connection.rows()).containsExactly(Legend.Mark.PATH);
        assertThat(distance(connection.at(RING_X, 0), Style.PATH)).as("the path's ring colour").isLessThan(0.1);

        // "c PREREQUISITE a" refused: c → a would close a → b → c → a
        Marks cycle = new Marks(nodes(g, "a", "b", "c"), Marks.prerequisiteChain(g, List.of("a", "b", "c")), true,
                g.indexOf("c"), g.indexOf("a"), new BitSet(), new BitSet(), new BitSet());
        Frame refused = draw(renderer, scene, cycle);
        assertThat(refused.rows()).containsExactly(Legend.Mark.CYCLE, Legend.Mark.REFUSED_EDGE);
        assertThat(distance(refused.at(LINE_X, 0), Style.REFUSED)).as("the cycle in red").isLessThan(0.1);
        assertThat(distance(refused.at(LINE_X, 1), Style.REFUSED)).as("the refused edge in red").isLessThan(0.1);
        long redAlongTheCycle = redPixels(refused, 0);
        long redAlongTheRefusedEdge = redPixels(refused, 1);
        assertThat(redAlongTheRefusedEdge).as("the refused edge dashed, the cycle solid")
                .isBetween(redAlongTheCycle / 2, redAlongTheCycle - 6);

        Frame both = draw(renderer, scene, new Marks(path.pathNodes(), path.pathEdges(), false, -1, -1, new BitSet(),
                new BitSet(), nodes(g, "b")));
        assertThat(both.rows()).containsExactly(Legend.Mark.PATH, Legend.Mark.MATCH);
        assertThat(distance(both.at(RING_X, 1), Style.MATCH)).isLessThan(0.1);

        Frame offScreen = draw(renderer, scene, matching(g, "far"));
        assertThat(offScreen.rows()).as("a match off screen is not explained").isEmpty();

        Frame cleared = draw(renderer, scene, Marks.NONE);
        assertThat(cleared.rows()).as("the rows go with the marks").isEmpty();
        assertThat(distance(cleared.at(RING_X, 0), Style.MATCH)).isGreaterThan(0.3);
        assertThat(distance(cleared.at(RING_X, 1), Style.MATCH)).isGreaterThan(0.3);
    }

    @Test
    void labelsKeepClearOfTheRowsAMarkAdds() throws Exception {
        GraphScene scene = scene();
        VisualGraph g = scene.graph();
        scene.xs()[0] = 60; // "Alpha"'s label just clear of the legend without mark rows, where a row for its match goes
        scene.ys()[0] = 10 + Legend.HEIGHT + 13;
        GraphRenderer renderer = WaitForAsyncUtils.asyncFx(GraphRenderer::new).get();

        Frame matches = draw(renderer, scene, matching(g, "a", "b", "c"));
        assertThat(matches.rows()).containsExactly(Legend.Mark.MATCH);
        double legendBottom = 10 + Legend.height(matches.rows());
        for (double[] label : matches.labels()) {
            boolean underLegend = label[0] < 10 + Legend.WIDTH && label[1] < legendBottom;
            assertThat(underLegend).as("a label under the legend: %s", g.node((int) label[4]).name()).isFalse();
        }
        assertThat(matches.labels()).as("the matches elsewhere are labelled")
                .anyMatch(label -> (int) label[4] == g.indexOf("b")).anyMatch(label -> (int) label[4] == g.indexOf("c"));
    }

    /** How many pixels of the swatch column of mark row {@code row} are the refused red. */
    private static long redPixels(Frame f, double row) {
        long red = 0;
        for (int x = 10 + 8; x <= 10 + 46; x++) {
            if (distance(f.at(x, row), Style.REFUSED) < 0.15) {
                red++;
            }
        }
        return red;
    }
}
