package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.ui.ExplorerFixture.WAIT;

import java.util.concurrent.ExecutionException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan that a ticked milestone cuts from 31 steps to 1 is framed again (seen in a real window: the short plan
 * stayed small in a corner, at the scale of the long one); ticking one step keeps the view. Headless.
 */
@ExtendWith(ApplicationExtension.class)
class PlanReframeTest {
    private static final int CHAIN = 30;
    private ExplorerFixture explorer;
    private ExplorerViewModel vm;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        Graphs g = Graphs.builder().milestone("basics", "The basics").concept("side", "A side topic")
                .concept("goal", "The goal");
        for (int i = 0; i < CHAIN; i++) {
            g.concept("c" + i, "Concept number " + i);
            if (i > 0) {
                g.prereq("c" + (i - 1), "c" + i);
            }
            g.prereq("c" + i, "basics");
        }
        g.prereq("c" + (CHAIN - 1), "goal").prereq("side", "goal");
        explorer = ExplorerFixture.open(stage, g.build());
        vm = explorer.vm();
    }

    @AfterEach
    void stop() {
        explorer.close();
    }

    private double scale() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> explorer.window().canvas().viewport().scale()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPlanAMilestoneCutsShortIsFramedAgainAndOneTickedStepKeepsTheView(FxRobot robot) {
        explorer.awaitLoaded();
        robot.interact(() -> vm.planFor("goal"));
        explorer.settled();
        Eventually.await(WAIT, "the long plan", () -> vm.planProperty().get() != null
                && vm.planProperty().get().steps().size() > CHAIN);
        double longPlan = scale();
        assertThat(longPlan).as("the long plan needs shrinking to fit").isLessThan(0.9);

        robot.clickOn("#milestone-basics");
        explorer.settled();
        Eventually.await(WAIT, "the short plan", () -> vm.planProperty().get().steps().size() < 4);
        Eventually.await(WAIT, "the short plan framed at full size", () -> scale() > 0.99);

        robot.interact(vm::undo);
        explorer.settled();
        Eventually.await(WAIT, "the long plan back, framed as before", () -> vm.planProperty().get().steps().size() > CHAIN
                && Math.abs(scale() - longPlan) < 1e-6);
        robot.clickOn("#step-c0");
        explorer.settled();
        Eventually.await(WAIT, "one step fewer", () -> robot.lookup("#step-c0").tryQuery().isEmpty());
        assertThat(scale()).as("one ticked step keeps the view").isEqualTo(longPlan);
    }
}
