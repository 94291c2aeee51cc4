package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.app.Atlas;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.report.PlanWording;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan panel says a plan as {@code atlas path} does and offers the milestones that shorten it, headless. */
@ExtendWith(ApplicationExtension.class)
class PlanPanelMilestoneTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private TestDbms dbms;
    private Background background;
    private ExplorerViewModel vm;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        dbms = TestDbms.with(Graphs.dpoWithMilestones());
        background = new Background(Platform::runLater);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        stage.setScene(new Scene(new ExplorerWindow(vm, url -> { }), 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void stop() {
        vm.close();
        background.close();
    }

    private void settled() {
        WaitForAsyncUtils.waitForFxEvents();
        Eventually.await(WAIT, "background work", () -> background.awaitIdle(WAIT) && background.busy() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tickingAMilestoneInThePlanPanelLeavesOutEverythingItStandsOn(FxRobot robot) {
        Eventually.await(WAIT, "the graph to load", () -> vm.readyProperty().get());
        robot.interact(() -> vm.planFor("dpo"));
        settled();
        String title = robot.lookup("#plan-title").queryAs(Label.class).getText();
        assertThat(title).isEqualTo(PlanWording.headline(vm.planProperty().get()))
                .startsWith("What to read before Direct preference optimization: 13 steps then the target, about ");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(title);
        CheckBox milestone = robot.lookup("#milestone-ml-basics").queryAs(CheckBox.class);
        assertThat(milestone.getText()).isEqualTo("I know ML basics: 9 steps then the target (4 fewer)");
        assertThat(robot.lookup("#step-rl-basics").queryAs(CheckBox.class).getText())
                .isEqualTo("5. RL basics (milestone)  (nothing more to read)");

        robot.clickOn("#milestone-ml-basics");
        settled();
        Eventually.await(WAIT, "the plan to update", () -> robot.lookup("#step-calculus").tryQuery().isEmpty());
        assertThat(vm.planProperty().get().steps()).extracting((PlanStep s) -> s.node().id())
                .doesNotContain("probability", "calculus", "gradient-descent", "maximum-likelihood");
        assertThat(dbms.store().snapshot().node("ml-basics").orElseThrow().known()).isTrue();
        assertThat(robot.lookup("#milestone-ml-basics").queryAs(CheckBox.class).isSelected()).as("shown as known").isTrue();
        assertThat(robot.lookup("#plan-title").queryAs(Label.class).getText()).contains(": 9 steps then the target");
    }
}
