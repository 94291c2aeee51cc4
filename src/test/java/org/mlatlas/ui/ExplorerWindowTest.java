package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.ui.ExplorerFixture.WAIT;

import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.layout.Viewport;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.ui.canvas.Style;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window driven like a user would, headless (TestFX + Monocle), on the real embedded Neo4j. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerFixture explorer;
    private TestDbms dbms;
    private ExplorerViewModel vm;
    private ExplorerWindow window;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        explorer = ExplorerFixture.open(stage, Graphs.dpo());
        dbms = explorer.dbms();
        vm = explorer.vm();
        window = explorer.window();
    }

    @AfterEach
    void stop() {
        explorer.close();
    }

    private boolean hasRelation(String from, RelationKind kind, String to) {
        return dbms.store().snapshot().relations().stream().anyMatch(r -> r.key().equals(from + " " + kind + " " + to));
    }

    private void linkInDialog(FxRobot robot, String from, String to) {
        robot.clickOn("#add-relation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#rel-from").queryAs(TextField.class).setText(from);
            robot.lookup("#rel-to").queryAs(TextField.class).setText(to);
        });
        robot.clickOn("OK");
        explorer.settled();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void searchSelectPlanTickLinkRefuseUndo(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();

        // search with completion, Enter centres on the hit and selects it
        robot.clickOn("#search").write("relative entropy").type(KeyCode.ENTER);
        explorer.settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        robot.clickOn("#search").write("DPO");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#hit-dpo"); // pick the completion
        explorer.settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("dpo");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Direct preference optimization");

        // click a node on the canvas: it becomes the selection
        Point2D rlhf = canvasPoint(robot, "rlhf");
        robot.clickOn(rlhf);
        explorer.settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("rlhf");
        robot.clickOn(canvasPoint(robot, "dpo"));
        explorer.settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("dpo");

        // what should I read before this? then tick a step
        robot.clickOn("#plan-button");
        explorer.settled();
        assertThat(vm.planProperty().get()).isNotNull();
        assertThat(robot.lookup("#step-probability").tryQuery()).isPresent();
        assertThat(robot.lookup("#why-kl-divergence").queryAs(Label.class).getText())
                .as("each step says what it is needed for").contains("needed for").contains("Direct preference optimization");
        assertThat(vm.sceneProperty().get().isPlan()).isTrue();
        robot.clickOn("#step-probability");
        explorer.settled();
        Eventually.await(WAIT, "the plan to update", () -> robot.lookup("#step-probability").tryQuery().isEmpty());
        assertThat(dbms.store().snapshot().node("probability").orElseThrow().known()).isTrue();

        // add an edge from the dialog
        linkInDialog(robot, "calculus", "kl-divergence");
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isTrue();

        // a cycle is refused with the planner's reason, and nothing changes; the dialog stays open with what was typed
        long revision = dbms.store().revision();
        linkInDialog(robot, "dpo", "probability");
        assertThat(status(robot)).startsWith("Refused").containsIgnoringCase("cycle");
        assertThat(robot.lookup("#rel-error").queryAs(Label.class).getText()).isEqualTo(status(robot));
        assertThat(robot.lookup("#rel-from").queryAs(TextField.class).getText()).isEqualTo("dpo");
        assertThat(dbms.store().revision()).isEqualTo(revision);
        assertThat(hasRelation("dpo", RelationKind.PREREQUISITE, "probability")).isFalse();
        robot.clickOn("Cancel");
        explorer.settled();

        // undo takes the edge back out
        robot.clickOn("#undo");
        explorer.settled();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "kl-divergence")).isFalse();
        robot.clickOn("#redo");
        explorer.settled();
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
        explorer.settled();
        assertThat(dbms.store().snapshot().relations()).contains(new Relation("arxiv:1707.06347", RelationKind.EXPLAINS,
                "kl-divergence", "section 2 derives the clipped objective from a KL penalty", ReadingRole.EXPLAINER));
        assertThat(status(robot)).isEqualTo("Added: Proximal Policy Optimization Algorithms explains KL divergence. Undo: Ctrl+Z");
    }

    private void shiftDrag(FxRobot robot, String from, String to) {
        Point2D a = canvasPoint(robot, from);
        Point2D b = canvasPoint(robot, to);
        robot.press(KeyCode.SHIFT).drag(a).moveTo(b).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shiftDragOpensARenderedDialogARefusedCycleKeepsItOpenAndShowsTheCycleAndAnAddedEdgeIsConfirmed(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        shiftDrag(robot, "dpo", "probability");

        // the dialog is on screen and drawn: its fields exist, are visible and have a size, and it is not black
        for (String id : new String[] {"#rel-from", "#rel-kind", "#rel-to", "#rel-note"}) {
            javafx.scene.Node field = robot.lookup(id).query();
            assertThat(field.isVisible()).as(id + " visible").isTrue();
            assertThat(field.getBoundsInLocal().getWidth() * field.getBoundsInLocal().getHeight()).as(id + " has a size").isGreaterThan(100);
            assertThat(field.getScene().getWindow().isShowing()).isTrue();
        }
        Scene dialog = robot.lookup("#rel-from").query().getScene();
        assertThat(dialog).isNotSameAs(window.getScene());
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> dialog.snapshot(null)));
        assertThat(blackShare(shot)).as("share of black pixels in the dialog").isLessThan(0.2);
        assertThat(robot.lookup("#rel-from").queryAs(TextField.class).getText()).isEqualTo("dpo");
        assertThat(robot.lookup("#rel-to").queryAs(TextField.class).getText()).isEqualTo("probability");
        assertThat(window.canvas().hoveredId()).as("no hover left over from the gesture").isNull();

        // a refused cycle: said once, in words, with names; the dialog stays open with what was typed; the cycle is on the canvas
        robot.clickOn("OK");
        explorer.settled();
        String refusal = "Refused: making Direct preference optimization a prerequisite of Probability would close a cycle,"
                + " since Probability already leads to it: Probability → KL divergence → Direct preference optimization.";
        assertThat(status(robot)).isEqualTo(refusal);
        assertThat(robot.lookup("#rel-error").queryAs(Label.class).getText()).isEqualTo(refusal);
        assertThat(robot.lookup("#rel-from").queryAs(TextField.class).getText()).isEqualTo("dpo");
        assertThat(robot.lookup("#rel-from").query().getScene().getWindow().isShowing()).isTrue();
        assertThat(colourAlong(robot, "probability", "kl-divergence", Style.REFUSED)).as("the cycle drawn in red").isTrue();
        robot.clickOn("Cancel");
        explorer.settled();
        assertThat(robot.lookup("#rel-from").tryQuery()).as("Cancel closes it").isEmpty();
        assertThat(window.canvas().hoveredId()).as("the hover does not stay stuck after the dialog").isNull();
        assertThat(vm.refusalProperty().get()).as("closing the dialog ends the cycle on the canvas").isNull();

        // an edge added by the gesture is confirmed, and so are undo and redo
        shiftDrag(robot, "calculus", "bradley-terry");
        robot.clickOn("OK");
        explorer.settled();
        assertThat(robot.lookup("#rel-from").tryQuery()).as("a saved edge closes the dialog").isEmpty();
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "bradley-terry")).isTrue();
        assertThat(status(robot)).isEqualTo("Added: Calculus is a prerequisite of Bradley-Terry model. Undo: Ctrl+Z");
        robot.clickOn(window.canvas().localToScreen(window.canvas().getWidth() - 5, window.canvas().getHeight() - 5));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        explorer.settled();
        assertThat(status(robot)).isEqualTo("Undone: “Added: Calculus is a prerequisite of Bradley-Terry model”. Redo: Ctrl+Y");
        assertThat(hasRelation("calculus", RelationKind.PREREQUISITE, "bradley-terry")).isFalse();
    }

    @Test
    void aTerminalEditKeepsTheViewTheSelectionThePlanAndThePanelAndFlashesTheNewEdge(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        window.canvas().setFlashDuration(Duration.ofMinutes(10)); // long enough to look at it on a loaded machine
        // a plan opened earlier, then back on the graph, zoomed in on PPO with its details showing
        robot.clickOn(canvasPoint(robot, "dpo"));
        robot.clickOn("#plan-button");
        explorer.settled();
        robot.clickOn("#show-graph");
        explorer.settled();
        robot.clickOn(canvasPoint(robot, "ppo"));
        robot.moveTo(canvasPoint(robot, "ppo")).scroll(5, javafx.geometry.VerticalDirection.UP);
        explorer.settled();
        Viewport view = window.canvas().viewport();
        double[] before = {view.scale(), view.toScreenX(0), view.toScreenY(0)};
        double[] ppoBefore = window.canvas().screenPosition("ppo");
        String tab = selectedTab();

        CliRun run = CliRun.atlas("link", "calculus", "PREREQUISITE", "ppo");
        assertThat(run.exitCode).as(run.toString()).isZero();
        Eventually.await(WAIT, "the terminal's edge in the window", () -> vm.graphProperty().get().relations().stream()
                .anyMatch(r -> r.key().equals("calculus PREREQUISITE ppo")));
        explorer.settled();

        assertThat(new double[] {view.scale(), view.toScreenX(0), view.toScreenY(0)}).containsExactly(before);
        assertThat(window.canvas().viewport()).isSameAs(view);
        assertThat(window.canvas().screenPosition("ppo")).containsExactly(ppoBefore);
        assertThat(vm.sceneProperty().get().isPlan()).isFalse();
        assertThat(vm.selectedProperty().get()).isEqualTo("ppo");
        assertThat(vm.planProperty().get().target().id()).isEqualTo("dpo");
        assertThat(selectedTab()).isEqualTo(tab).isEqualTo("details-tab");
        assertThat(window.canvas().flashedRelations()).containsExactly("calculus PREREQUISITE ppo");
        assertThat(colourAlong(robot, "calculus", "ppo", Style.CHANGED)).as("the new edge glows").isTrue();

        window.canvas().setFlashDuration(Duration.ZERO);
        dbms.store().link(org.mlatlas.domain.Relation.of("probability", RelationKind.PREREQUISITE, "sft"));
        Eventually.await(WAIT, "the flash of the next edit to end", () -> vm.graphProperty().get().relations().stream()
                .anyMatch(r -> r.key().equals("probability PREREQUISITE sft")) && window.canvas().flashedRelations().isEmpty());
    }

    @Test
    void searchFramesTheHitWithItsNeighboursAndChoosingANodeOverThePlanShowsItsDetails(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        robot.clickOn("#search").write("RLHF").type(KeyCode.ENTER);
        explorer.settled();
        double[] hit = window.canvas().screenPosition("rlhf");
        assertThat(hit[0]).isCloseTo(window.canvas().getWidth() / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(hit[1]).isCloseTo(window.canvas().getHeight() / 2, org.assertj.core.data.Offset.offset(1.0));
        for (String id : new String[] {"dpo", "ppo", "sft", "reward-modeling", "kl-divergence", "arxiv:2203.02155"}) {
            double[] p = window.canvas().screenPosition(id);
            assertThat(p[0]).as(id + " on screen").isBetween(0.0, window.canvas().getWidth());
            assertThat(p[1]).as(id + " on screen").isBetween(0.0, window.canvas().getHeight());
        }

        robot.clickOn("#plan-button");
        explorer.settled();
        assertThat(selectedTab()).isEqualTo("plan-tab");
        robot.clickOn(canvasPoint(robot, "kl-divergence")); // on the plan's canvas
        explorer.settled();
        assertThat(selectedTab()).isEqualTo("details-tab");
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("KL divergence");
    }

    @Test
    void theLocalViewTakesATypedDepthAndFramesItAndADoubleClickExpandsANodeInPlace(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        robot.clickOn("#filter-paper");
        robot.clickOn("#filter-resource");
        robot.clickOn("#search").write("PPO").type(KeyCode.ENTER);
        explorer.settled();
        TextField depth = robot.lookup("#filter-depth").queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.doubleClickOn(depth).write("1").type(KeyCode.ENTER);
        explorer.settled();
        assertThat(vm.filtersProperty().get().localDepth()).isEqualTo(1);
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(n -> n.id()).containsExactlyInAnyOrder("ppo", "policy-gradient", "rlhf");
        Eventually.await(WAIT, "the local view framed", () -> allOnScreen());

        robot.doubleClickOn(depth).write("2");
        robot.clickOn("#filter-hide-known").clickOn("#filter-hide-known"); // the focus leaves the field
        explorer.settled();
        assertThat(vm.filtersProperty().get().localDepth()).as("committed when the focus left").isEqualTo(2);
        Eventually.await(WAIT, "the local view framed", () -> allOnScreen());

        robot.doubleClickOn(depth).write("1").type(KeyCode.ENTER);
        explorer.settled();
        java.util.Map<String, double[]> before = vm.sceneProperty().get().positionsById();
        vm.setAnimate(true); // as in the window: the added neighbours settle in the background, pushed out from their node
        robot.moveTo(canvasPoint(robot, "rlhf")).scroll(10, javafx.geometry.VerticalDirection.UP); // zoomed in on it
        explorer.settled();
        robot.doubleClickOn(canvasPoint(robot, "rlhf"));
        explorer.settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).extracting(n -> n.id())
                .contains("dpo", "sft", "reward-modeling", "kl-divergence");
        Eventually.await(WAIT, "the layout to settle the added neighbours", () -> !vm.runner().moving());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, double[]> after = vm.sceneProperty().get().positionsById();
        before.forEach((id, p) -> assertThat(after.get(id)).as("%s stays put", id).containsExactly(p));
        Eventually.await(WAIT, "the added neighbours in view once settled", () -> allOnScreen());
    }

    @Test
    void ctrlClickShowsHowTwoNodesConnectAndSearchMatchesAreMarkedWhileTyping(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        robot.clickOn("#search").write("gradient");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.searchMatchesProperty().get()).containsExactlyInAnyOrder("gradient-descent", "policy-gradient");
        assertThat(ringAround(robot, "gradient-descent", Style.MATCH)).as("a match is ringed").isTrue();
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(canvasPoint(robot, "kl-divergence"));
        explorer.settled();
        assertThat(vm.searchMatchesProperty().get()).as("leaving the search box clears the marks").isEmpty();

        vm.setAnimate(true); // as in the window: the paths' nodes settle in the background
        robot.press(KeyCode.CONTROL).clickOn(canvasPoint(robot, "ppo")).release(KeyCode.CONTROL);
        explorer.settled();
        Eventually.await(WAIT, "the layout to settle the paths", () -> !vm.runner().moving());
        Eventually.await(WAIT, "the paths framed once settled", () -> vm.connectionProperty().get().nodeIds().stream()
                .allMatch(id -> {
                    double[] p = window.canvas().screenPosition(id);
                    return p[0] >= 0 && p[0] <= window.canvas().getWidth() && p[1] >= 0 && p[1] <= window.canvas().getHeight();
                }));
        vm.setAnimate(false);
        assertThat(selectedTab()).isEqualTo("connect-tab");
        assertThat(vm.connectionProperty().get().paths().get(0).nodeIds()).containsExactly("kl-divergence", "rlhf", "ppo");
        assertThat(robot.lookup("#connect-summary").queryAs(Label.class).getText())
                .isEqualTo("KL divergence connects to Proximal policy optimization in 2 steps (3 paths shown)");
        assertThat(robot.lookup("    ↓ needs").tryQuery()).isPresent();

        // the same from the details panel, with completion
        robot.clickOn(canvasPoint(robot, "calculus"));
        explorer.settled();
        robot.clickOn("#connect-from-button");
        robot.write("Reward model");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#hit-reward-modeling").clickOn("#connect-button");
        explorer.settled();
        assertThat(vm.connectionProperty().get().from()).isEqualTo("calculus");
        assertThat(vm.connectionProperty().get().to()).isEqualTo("reward-modeling");
    }

    private boolean allOnScreen() {
        return vm.sceneProperty().get().graph().nodes().stream().allMatch(n -> {
            double[] p = window.canvas().screenPosition(n.id());
            return p[0] >= 0 && p[0] <= window.canvas().getWidth() && p[1] >= 0 && p[1] <= window.canvas().getHeight();
        });
    }

    private String selectedTab() {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) window.lookup(".tab-pane");
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    private javafx.scene.image.WritableImage canvasImage() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            window.canvas().redrawNow();
            return window.canvas().canvas().snapshot(null, null);
        }));
    }

    /** True when a pixel close to {@code colour} lies along the segment between the two nodes, on screen. */
    private boolean colourAlong(FxRobot robot, String from, String to, javafx.scene.paint.Color colour) {
        javafx.scene.image.WritableImage image = canvasImage();
        double[] a = window.canvas().screenPosition(from);
        double[] b = window.canvas().screenPosition(to);
        double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        double nx = -(b[1] - a[1]) / length; // across the line: a glow shows beside the edge it is under
        double ny = (b[0] - a[0]) / length;
        for (int k = 2; k <= 18; k++) {
            for (int side = -3; side <= 3; side++) {
                double x = a[0] + (b[0] - a[0]) * k / 20 + nx * side;
                double y = a[1] + (b[1] - a[1]) * k / 20 + ny * side;
                if (near(image, x, y, colour)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a pixel close to {@code colour} is found in a small ring around the node. */
    private boolean ringAround(FxRobot robot, String id, javafx.scene.paint.Color colour) {
        javafx.scene.image.WritableImage image = canvasImage();
        double[] p = window.canvas().screenPosition(id);
        for (int dx = -25; dx <= 25; dx++) {
            if (near(image, p[0] + dx, p[1], colour)) {
                return true;
            }
        }
        return false;
    }

    /** A see-through colour is compared as drawn over the background. */
    private static boolean near(javafx.scene.image.WritableImage image, double x, double y, javafx.scene.paint.Color colour) {
        if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
            return false;
        }
        javafx.scene.paint.Color want = Style.BACKGROUND.interpolate(colour.deriveColor(0, 1, 1, 1 / Math.max(colour.getOpacity(), 1e-3)),
                colour.getOpacity());
        javafx.scene.paint.Color got = image.getPixelReader().getColor((int) x, (int) y);
        return Math.abs(got.getRed() - want.getRed()) + Math.abs(got.getGreen() - want.getGreen())
                + Math.abs(got.getBlue() - want.getBlue()) < 0.25;
    }

    private static double blackShare(javafx.scene.image.WritableImage image) {
        long black = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 0.1) {
                    black++;
                }
            }
        }
        return (double) black / (image.getWidth() * image.getHeight());
    }

    @Test
    void notesDeleteUndoAndFiltersFromThePanels(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        robot.clickOn("#search").write("KL divergence").type(KeyCode.ENTER);
        explorer.settled();
        assertThat(vm.selectedProperty().get()).isEqualTo("kl-divergence");

        robot.clickOn("#notes").write("read the Bishop chapter");
        robot.clickOn("#save-notes");
        explorer.settled();
        assertThat(dbms.store().snapshot().node("kl-divergence").orElseThrow().notes()).isEqualTo("read the Bishop chapter");

        robot.clickOn("#delete-button");
        explorer.settled();
        assertThat(dbms.store().snapshot().contains("kl-divergence")).isFalse();
        robot.clickOn("#undo");
        explorer.settled();
        assertThat(dbms.store().snapshot().contains("kl-divergence")).isTrue();
        assertThat(dbms.store().snapshot().relations()).anyMatch(r -> r.to().equals("kl-divergence"));

        robot.clickOn("#filter-paper");
        explorer.settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).noneMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER);
        robot.clickOn("#filter-paper");
        explorer.settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).anyMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER);

        robot.clickOn("#filter-year-from").write("2021").type(KeyCode.ENTER); // the fixture's papers are from 2020
        explorer.settled();
        assertThat(vm.sceneProperty().get().graph().nodes()).noneMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER)
                .anyMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.CONCEPT);
        robot.doubleClickOn("#filter-year-from").eraseText(4).type(KeyCode.ENTER); // blank: any year
        explorer.settled();
        assertThat(vm.filtersProperty().get().withYears(null, null)).isEqualTo(vm.filtersProperty().get());
        assertThat(vm.sceneProperty().get().graph().nodes()).anyMatch(n -> n.kind() == org.mlatlas.domain.NodeKind.PAPER);
    }

    private Point2D canvasPoint(FxRobot robot, String id) {
        double[] p = window.canvas().screenPosition(id);
        assertThat(p).as("node %s is drawn", id).isNotNull();
        return window.canvas().localToScreen(p[0], p[1]);
    }
}
