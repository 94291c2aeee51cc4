package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.ui.ExplorerFixture.WAIT;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.plan.PlanStep;
import org.mlatlas.report.PlanWording;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plan panel says a plan as {@code atlas path} does and offers the milestones that shorten it, headless. */
@ExtendWith(ApplicationExtension.class)
class PlanPanelMilestoneTest {
    private ExplorerFixture explorer;
    private ExplorerViewModel vm;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        explorer = ExplorerFixture.open(stage, Graphs.dpoWithMilestones());
        vm = explorer.vm();
    }

    @AfterEach
    void stop() {
        explorer.close();
    }

    @Test
    void tickingAMilestoneInThePlanPanelLeavesOutEverythingItStandsOn(FxRobot robot) {
        explorer.awaitLoaded();
        robot.interact(() -> vm.planFor("dpo"));
        explorer.settled();
        String title = robot.lookup("#plan-title").queryAs(Label.class).getText();
        assertThat(title).isEqualTo(PlanWording.headline(vm.planProperty().get()))
                .startsWith("What to read before Direct preference optimization: 13 steps then the target, about ");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(title);
        CheckBox milestone = robot.lookup("#milestone-ml-basics").queryAs(CheckBox.class);
        assertThat(milestone.getText()).isEqualTo("I know ML basics: 9 steps then the target (4 fewer)");
        assertThat(robot.lookup("#step-rl-basics").queryAs(CheckBox.class).getText())
                .isEqualTo("5. RL basics (milestone)  (nothing more to read)");

        robot.clickOn("#milestone-ml-basics");
        explorer.settled();
        Eventually.await(WAIT, "the plan to update", () -> robot.lookup("#step-calculus").tryQuery().isEmpty());
        assertThat(vm.planProperty().get().steps()).extracting((PlanStep s) -> s.node().id())
                .doesNotContain("probability", "calculus", "gradient-descent", "maximum-likelihood");
        assertThat(explorer.dbms().store().snapshot().node("ml-basics").orElseThrow().known()).isTrue();
        assertThat(robot.lookup("#milestone-ml-basics").queryAs(CheckBox.class).isSelected()).as("shown as known").isTrue();
        assertThat(robot.lookup("#plan-title").queryAs(Label.class).getText()).contains(": 9 steps then the target");
    }
}
