package org.mlatlas.ui;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.GraphCache;
import org.mlatlas.app.MapPositions;
import org.mlatlas.layout.PlanLayout;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;

/**
 * Opens the explorer window. Runs on the plain classpath without an {@code Application} subclass, because
 * {@code javafx:run} (javafx-maven-plugin 0.0.8) drops the jars {@code kiama_2.13} and {@code magnolia_2.13} as
 * "invalid module names" and every Cypher query then fails: starts the toolkit, shows the window at once, and
 * opens the store in the background, so the window paints while the database starts.
 */
public final class Explorer {
    private Explorer() {
    }

    /**
     * Shows the window and blocks until it is closed.
     *
     * @param opener     opens the application (called once, on a worker thread)
     * @param reopener   connects anew when the database goes away (another process that served it stopped)
     * @param where      where the graph lives, for the title
     * @param cache      the copy of the graph shown while the store opens and refreshed after every load (or null)
     * @param positions  where the map keeps its node positions (or null)
     * @param headless   render without a display (Monocle): for benchmarks and machines without one
     * @param milestones told "first paint" after the window's first frame, "graph shown" when a graph (the cached
     *                   copy or the live one) is on screen, and "graph loaded" when the live graph is in
     */
    public static void open(Background.Work<Atlas> opener, Background.Work<Atlas> reopener, String where, GraphCache cache,
                            MapPositions positions, boolean headless, Consumer<String> milestones) {
        FxRuntime.start(headless);
        CountDownLatch closed = new CountDownLatch(1);
        Background background = new Background(Platform::runLater);
        ExplorerViewModel vm = new ExplorerViewModel(background, opener, reopener);
        vm.setCache(cache);
        vm.setPositions(positions);
        Platform.runLater(() -> {
            Stage stage = show(vm, () -> {
                milestones.accept("first paint");
                warmUpPlanLayout();
            });
            stage.setTitle("ML Atlas — " + where);
            vm.readyProperty().addListener((o, a, ready) -> milestones.accept(ready ? "graph loaded" : "graph not loaded"));
            vm.shownProperty().addListener((o, a, shown) -> milestones.accept(shown ? "graph shown" : "graph not shown"));
            stage.setOnHidden(e -> closed.countDown());
            vm.start();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            vm.close();
            background.close();
            Platform.exit();
        }
    }

    /** Builds and shows a stage over {@code vm} (on the FX thread); tests call it with their own view model. */
    public static Stage show(ExplorerViewModel vm, Runnable onFirstPaint) {
        Stage stage = new Stage();
        ExplorerWindow window = new ExplorerWindow(vm, Explorer::openInBrowser);
        window.canvas().setOnFirstPaint(onFirstPaint);
        // never larger than the screen (Monocle's headless screen is 1280x800 and fails on larger windows)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        stage.setScene(new Scene(window, width, height));
        stage.setTitle("ML Atlas");
        stage.show();
        // set again once shown: under X11 with openbox the window otherwise shrank to its minimum (200x200) a moment
        // after it appeared, squeezing the side panel out of the split and the graph into a corner
        stage.setWidth(width);
        stage.setHeight(height);
        return stage;
    }

    /**
     * Loads ELK's classes and runs it once on a background thread of low priority, after the first paint (so it
     * does not compete with it), so the first plan the user asks for is laid out in milliseconds instead of after
     * 0.6-1.7 s of class loading. A plan asked for sooner simply does that loading on the worker thread.
     */
    private static void warmUpPlanLayout() {
        Thread t = new Thread(PlanLayout::warmUp, "atlas-plan-layout-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void openInBrowser(String url) {
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder("xdg-open", url).inheritIO().start();
            } catch (java.io.IOException e) {
                // no browser launcher on this machine: the link stays visible in the panel
            }
        }, "atlas-open-link");
        t.setDaemon(true);
        t.start();
    }
}
