package org.mlatlas.ui;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer as the UI tests drive it: the shared test DBMS holding a graph, a view model on it (its layout not
 * animated, so positions do not move under a test), the explorer window at 1200x800 on a TestFX stage (Monocle,
 * headless), and waits for the graph to load and for background work to end. Open it in a test's {@code @Start}
 * and close it in its {@code @AfterEach}.
 */
final class ExplorerFixture {
    /** How long a test waits for the graph, the background work or what a user action brings about. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final TestDbms dbms;
    private final Background background;
    private final ExplorerViewModel vm;
    private final ExplorerWindow window;

    private ExplorerFixture(Stage stage, AtlasGraph graph) {
        dbms = TestDbms.with(graph);
        background = new Background(Platform::runLater);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        window = new ExplorerWindow(vm, url -> { });
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        vm.start();
    }

    /** Puts {@code graph} in the test DBMS and opens the explorer on it in {@code stage}; the graph loads in the background. */
    static ExplorerFixture open(Stage stage, AtlasGraph graph) {
        return new ExplorerFixture(stage, graph);
    }

    TestDbms dbms() {
        return dbms;
    }

    ExplorerViewModel vm() {
        return vm;
    }

    ExplorerWindow window() {
        return window;
    }

    /** Waits until the graph is loaded and shown. */
    void awaitLoaded() {
        Eventually.await(WAIT, "the graph to load", () -> vm.readyProperty().get());
    }

    /** Waits until the FX thread has handled its events and the background work is done, then for the FX thread again. */
    void settled() {
        WaitForAsyncUtils.waitForFxEvents();
        Eventually.await(WAIT, "background work", () -> background.awaitIdle(WAIT) && background.busy() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        vm.close();
        background.close();
    }
}
