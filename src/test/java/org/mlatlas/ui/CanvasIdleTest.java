package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.app.Atlas;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.canvas.GraphCanvasPane;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph view draws only when something changed: not every pulse while the database starts (that took a
 * core from Neo4j starting up), and not once the graph is in and its layout is still.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasIdleTest {
    private final CountDownLatch databaseUp = new CountDownLatch(1);
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
        vm = new ExplorerViewModel(background, () -> {
            databaseUp.await(); // still starting
            return new Atlas(dbms.store());
        });
        vm.setAnimate(false);
        pane = new GraphCanvasPane(vm);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
        vm.start();
    }

    @AfterEach
    void stop() {
        databaseUp.countDown();
        vm.close();
        background.close();
    }

    private long framesIn(Duration idle) throws Exception {
        long before = WaitForAsyncUtils.asyncFx(pane::framesDrawn).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.sleep(idle.toMillis(), TimeUnit.MILLISECONDS);
        return WaitForAsyncUtils.asyncFx(pane::framesDrawn).get(10, TimeUnit.SECONDS) - before;
    }

    @Test
    void drawsOnlyWhenSomethingChanged() throws Exception {
        Eventually.await(Duration.ofSeconds(10), "the first frame", () -> pane.framesDrawn() > 0);
        assertThat(framesIn(Duration.ofMillis(1_500))).as("frames while the database starts (60 a second if redrawn every pulse)")
                .isLessThanOrEqualTo(2);

        long beforeLoad = pane.framesDrawn();
        databaseUp.countDown();
        Eventually.await(Duration.ofSeconds(30), "the graph", () -> vm.readyProperty().get());
        Eventually.await(Duration.ofSeconds(10), "the graph drawn", () -> pane.framesDrawn() > beforeLoad);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(framesIn(Duration.ofMillis(1_500))).as("frames once the graph is in and still").isLessThanOrEqualTo(2);
    }
}
