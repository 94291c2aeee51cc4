package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window driven like a user would, headless (TestFX + Monocle), on the real embedded Neo4j. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private TestDbms dbms;
    private Background background;
    private ExplorerViewModel vm;
    private ExplorerWindow window;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        dbms = TestDbms.with(Graphs.dpo());
        background = new Background(Platform::runLater);
        vm = new ExplorerViewModel(background, () -> new Atlas(dbms.store()));
        vm.setAnimate(false);
        window = new ExplorerWindow(vm, url -> { });
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        vm.start();
    }

    @AfterEach
    void stop() {
        vm.close();
        background.close();
    }

    private boolean hasRelation(String from, RelationKind kind, String to) {
        return dbms.store().snapshot().relations().stream().anyMatch(r -> r.key().equals(from + " " + kind + " " + to));
    }

    private void settled() {
        WaitForAsyncUtils.waitForFxEvents();
        Eventually.await(WAIT, "background work", () -> background.awaitIdle(WAIT) && background.busy() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void linkInDialog(FxRobot robot, String from, String to) {
        robot.clickOn("#add-relation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#rel-from").queryAs(TextField.class).setText(from);
            robot.lookup("#rel-to").queryAs(TextField.class).setText(to);
        });
        robot.clickOn("OK");
        settled();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void searchSelectPlanTickLinkRefuseUndo(FxRobot robot) {
        Eventually.await(WAIT, "the graph to load", () -> vm.readyProperty().get());
        settled();

        // search with completion, Enter centres on the hit and selects it
        robot.clickOn("#search").write("relative entropy").type(KeyCode.ENTER);
        settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        robot.clickOn("#search").write("DPO");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#hit-dpo"); // pick the completion
        settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("dpo");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Direct preference optimization");

        // click a node on the canvas: it becomes the selection
        Point2D rlhf = canvasPoint(robot, "rlhf");
        robot.clickOn(rlhf);
        settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("rlhf");
        robot.clickOn(canvasPoint(robot, "dpo"));
        settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("dpo");

        // what should I read before this? then tick a step
        robot.clickOn("#plan-button");
        settled();
        assertThat(vm.planProperty().get()).isNotNull();
        assertThat(robot.lookup("#step-probability").tryQuery()).isPresent();
        assertThat(robot.lookup("#why-kl-divergence").queryAs(Label.class).getText())
                .as("each step says what it is needed for").contains("needed for").contains("Direct preference optimization");
        assertThat(vm.sceneProperty().get().isPlan()).isTrue();
        robot.clickOn("#step-probability");
        settled();
        Eventually.await(WAIT, "the plan to update", () -> robot.lookup("#step-probability").tryQuery().isEmpty());
        assertThat(dbms.store().snapshot().node("probability").orElseThrow().known()).isTrue();

        // add an edge from the dialog
        linkInDialog(robot, "calculus", "kl-divergence");
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isTrue();

        // a cycle is refused with the planner's reason, and nothing changes
        long revision = dbms.store().revision();
        linkInDialog(robot, "dpo", "probability");
        assertThat(status(robot)).startsWith("Refused").containsIgnoringCase("cycle");
        assertThat(dbms.store().revision()).isEqualTo(revision);
        assertThat(hasRelation("dpo", RelationKind.PREREQUISITE, "probability")).isFalse();

        // undo takes the edge back out
        robot.clickOn("#undo");
        settled();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isFalse();
        robot.clickOn("#redo");
        settled();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isTrue();
    }

    @Test
    void theRelationshipDialogCompletesNamesAndSavesANoteAndARole(FxRobot robot) {
        robot.clickOn("#add-relation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rel-from").write("Proximal Policy");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((javafx.scene.Node n) -> "hit-arxiv:1707.06347".equals(n.getId())); // ':' is no CSS id
        assertThat(robot.lookup("#rel-from").queryAs(TextField.class).getText()).isEqualTo("arxiv:1707.06347");
        assertThat(robot.lookup("#rel-role").queryAs(ChoiceBox.class).isDisabled()).as("role is for EXPLAINS only").isTrue();
        robot.interact(() -> {
            robot.lookup("#rel-kind").queryAs(ChoiceBox.class).setValue(RelationKind.EXPLAINS);
            robot.lookup("#rel-role").queryAs(ChoiceBox.class).setValue("explainer");
        });
        robot.clickOn("#rel-to").write("relative entropy");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#hit-kl-divergence");
        robot.clickOn("#rel-note").write("section 2 derives the clipped objective from a KL penalty");
        robot.clickOn("OK");
        settled();
        assertThat(dbms.store().snapshot().relations()).contains(new Relation("arxiv:1707.06347", RelationKind.EXPLAINS,
                "kl-divergence", "section 2 derives the clipped objective from a KL penalty", ReadingRole.EXPLAINER));
        assertThat(status(robot)).startsWith("Done: link arxiv:1707.06347 EXPLAINS kl-divergence");
    }

    @Test
    void shiftDragFromANodeToAnotherOpensTheRelationshipDialogPrefilled(FxRobot robot) {
        Eventually.await(WAIT, "the graph to load", () -> vm.readyProperty().get());
        settled();
        Point2D from = canvasPoint(robot, "calculus");
        Point2D to = canvasPoint(robot, "bradley-terry");
        robot.press(KeyCode.SHIFT).drag(from).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rel-from").queryAs(TextField.class).getText()).isEqualTo("calculus");
        assertThat(robot.lookup("#rel-to").queryAs(TextField.class).getText()).isEqualTo("bradley-terry");
        robot.clickOn("OK");
        settled();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "bradley-terry")).isTrue();
    }

    @Test
    void notesDeleteUndoAndFiltersFromThePanels(FxRobot robot) {
        Eventually.await(WAIT, "the graph to load", () -> vm.readyProperty().get());
        settled();
        robot.clickOn("#search").write("KL divergence").type(KeyCode.ENTER);
        settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");

        robot.clickOn("#notes").write("read the Bishop chapter");
        robot.clickOn("#save-notes");
        settled();
        assertThat(dbms.store().snapshot().node("kl-divergence").orElseThrow().notes()).isEqualTo("read the Bishop chapter");

        robot.clickOn("#delete-button");
        settled();
        assertThat(dbms.store().snapshot().contains("kl-divergence")).isFalse();
        robot.clickOn("#undo");
        settled();
        assertThat(dbms.store().snapshot().contains("kl-divergence")).isTrue();
        assertThat(dbms.store().snapshot().relations()).anyMatch(r -> r.to().equals("kl-divergence"));

        robot.clickOn("#filter-paper");
        settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).noneMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER);
        robot.clickOn("#filter-paper");
        settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).anyMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER);
    }

    private Point2D canvasPoint(FxRobot robot, String id) {
        double[] p = window.canvas().screenPosition(id);
        assertThat(p).as("node %s is drawn", id).isNotNull();
        return window.canvas().localToScreen(p[0], p[1]);
    }
}
