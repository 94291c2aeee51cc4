package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.app.Atlas;
import org.mlatlas.layout.Viewport;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.canvas.GraphCanvasPane;
import org.mlatlas.ui.canvas.GraphFrame;
import org.mlatlas.ui.canvas.GraphRenderer;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.canvas.Marks;
import org.mlatlas.ui.canvas.Style;
import org.mlatlas.ui.model.Connection;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphMap;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pan and zoom reuse the last frame's image while the gesture goes on, and the view is redrawn in full once it
 * pauses (TestFX + Monocle, real wheel events, real embedded Neo4j).
 */
@ExtendWith(ApplicationExtension.class)
class ViewportTextureTest {
    private Background background;
    private ExplorerViewModel vm;
    private GraphCanvasPane pane;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        TestDbms dbms = TestDbms.with(Graphs.dpo());
        background = new Background(Platform::runLater);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        pane = new GraphCanvasPane(vm);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
        vm.start();
    }

    @AfterEach
    void stop() {
        vm.close();
        background.close();
    }

    @Test
    void wheelZoomMovesTheLastFrameThenRedrawsItInFullWhenTheGesturePauses(FxRobot robot) throws Exception {
        Eventually.await(Duration.ofSeconds(30), "the graph", () -> vm.readyProperty().get());
        Eventually.await(Duration.ofSeconds(10), "the graph drawn", () -> pane.framesDrawn() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        long movedBefore = pane.framesMoved();
        double scaleBefore = WaitForAsyncUtils.asyncFx(() -> pane.viewport().scale()).get(10, TimeUnit.SECONDS);

        robot.moveTo(pane).scroll(3, VerticalDirection.UP);
        Eventually.await(Duration.ofSeconds(10), "frames moved during the zoom", () -> pane.framesMoved() > movedBefore);
        long full = pane.framesDrawn() - pane.framesMoved();
        Eventually.await(Duration.ofSeconds(10), "a full redraw once the gesture pauses",
                () -> pane.framesDrawn() - pane.framesMoved() > full);
        double scaleAfter = WaitForAsyncUtils.asyncFx(() -> pane.viewport().scale()).get(10, TimeUnit.SECONDS);
        assertThat(scaleAfter).as("zoomed").isNotEqualTo(scaleBefore);
    }

    @Test
    void aPannedFrameIsTheLastFrameShifted() throws Exception {
        // the window of @Start loads in the background; let it finish before it is closed
        Eventually.await(Duration.ofSeconds(30), "the window's graph", () -> vm.readyProperty().get());
        GraphMap map = new GraphMap(p -> { });
        GraphScene scene = map.scene(Graphs.dpo(), Filters.all(), null);
        LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
        scene.sync();
        int[] same = WaitForAsyncUtils.asyncFx(() -> {
            int w = 700;
            int h = 500;
            Canvas canvas = new Canvas(w, h);
            Viewport vp = new Viewport();
            vp.fit(scene.xs(), scene.ys(), scene.graph().size(), null, w, h, 40);
            GraphRenderer renderer = new GraphRenderer();
            Highlight none = new Highlight(-1, -1, new BitSet(), -1, 0, 0);
            renderer.draw(canvas.getGraphicsContext2D(), w, h, scene, vp, none);
            PixelReader full = canvas.snapshot(null, new WritableImage(w, h)).getPixelReader();
            vp.pan(40, 25);
            assertThat(renderer.drawMoved(canvas.getGraphicsContext2D(), w, h, scene, vp, none, 1)).isTrue();
            PixelReader moved = canvas.snapshot(null, new WritableImage(w, h)).getPixelReader();
            int equal = 0;
            int unmoved = 0;
            int total = 0;
            // the legend stays in the top-left corner of both frames (it is always drawn): its corner is left out
            double legend = GraphFrame.LEGEND_CLEARANCE;
            for (int y = 25; y < h; y++) {
                for (int x = 40; x < w; x++) {
                    if ((x < legend && y < legend) || (x - 40 < legend && y - 25 < legend)) {
                        continue;
                    }
                    total++;
                    equal += moved.getArgb(x, y) == full.getArgb(x - 40, y - 25) ? 1 : 0;
                    unmoved += moved.getArgb(x, y) == full.getArgb(x, y) ? 1 : 0;
                }
            }
            return new int[] {equal, total, unmoved};
        }).get(30, TimeUnit.SECONDS);
        assertThat(same[0]).as("pixels equal to the full frame's, 40 px left and 25 px up").isGreaterThanOrEqualTo(same[1] * 99 / 100);
        assertThat(same[2]).as("pixels equal to the full frame's at the same place: the picture did move").isLessThan(same[1] * 9 / 10);
    }

    @Test
    void aMovedFrameKeepsItsMarksAndAnotherEmphasisIsDrawnInFull() throws Exception {
        // the window of @Start loads in the background; let it finish before it is closed
        Eventually.await(Duration.ofSeconds(30), "the window's graph", () -> vm.readyProperty().get());
        GraphScene scene = new GraphMap(p -> { }).scene(Graphs.dpo(), Filters.all(), null);
        LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
        scene.sync();
        Connection connection = Connection.between(Graphs.dpo(), "kl-divergence", "dpo");
        Marks marks = Marks.path(scene.graph(), connection.nodeIds(), connection.relationKeys());
        Highlight path = new Highlight(-1, -1, new BitSet(), -1, 0, 0, marks);
        int[] rings = WaitForAsyncUtils.asyncFx(() -> {
            int w = 700;
            int h = 500;
            Canvas canvas = new Canvas(w, h);
            Viewport vp = new Viewport();
            vp.fit(scene.xs(), scene.ys(), scene.graph().size(), null, w, h, 40);
            GraphRenderer renderer = new GraphRenderer();
            renderer.draw(canvas.getGraphicsContext2D(), w, h, scene, vp, path);
            int full = count(canvas.snapshot(null, new WritableImage(w, h)).getPixelReader(), w, h, Style.PATH);
            vp.pan(30, 20);
            assertThat(renderer.drawMoved(canvas.getGraphicsContext2D(), w, h, scene, vp, path, 1)).isTrue();
            int moved = count(canvas.snapshot(null, new WritableImage(w, h)).getPixelReader(), w, h, Style.PATH);
            boolean other = renderer.drawMoved(canvas.getGraphicsContext2D(), w, h, scene, vp, Highlight.none(), 1);
            return new int[] {full, moved, other ? 1 : 0};
        }).get(30, TimeUnit.SECONDS);
        assertThat(rings[0]).as("the path's rings in the full frame").isGreaterThan(100);
        assertThat(rings[1]).as("the path's rings moved with the frame").isGreaterThanOrEqualTo(rings[0] * 9 / 10);
        assertThat(rings[2]).as("a frame without the path is not the last frame moved").isZero();
    }

    /** Pixels of about this colour (antialiased edges aside) outside the legend's corner. */
    private static int count(PixelReader pixels, int w, int h, javafx.scene.paint.Color colour) {
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < GraphFrame.LEGEND_CLEARANCE && y < GraphFrame.LEGEND_CLEARANCE) {
                    continue;
                }
                javafx.scene.paint.Color c = pixels.getColor(x, y);
                double d = Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                n += d < 0.08 ? 1 : 0;
            }
        }
        return n;
    }
}
