package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.ui.ExplorerFixture.WAIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.GraphScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The filter panel's topic areas, clicked as a user would (TestFX + Monocle, the real embedded Neo4j): unticking
 * an area hides its nodes and leaves every other node where the map has it; ticking it again brings them back in
 * their places. The areas' names read as the other filters' do, and whole: two areas that start alike are told apart.
 */
@ExtendWith(ApplicationExtension.class)
class AreaFilterTest {
    private static final Set<String> ALIGNMENT = Set.of("dpo", "rlhf", "reward-modeling", "sft", "ppo", "bradley-terry",
            "arxiv:2305.18290", "arxiv:2203.02155", "arxiv:1707.06347");
    private static final Set<String> DEEP_LEARNING = Set.of("gradient-descent", "policy-gradient", "language-modeling");
    private ExplorerFixture explorer;
    private ExplorerViewModel vm;

    @BeforeAll
    static void database() {
        TestDbms.get();
    }

    @Start
    void start(Stage stage) {
        List<Node> nodes = Graphs.dpo().nodes().stream()
                .map(n -> n.withArea(ALIGNMENT.contains(n.id()) ? "llm-alignment"
                        : DEEP_LEARNING.contains(n.id()) ? "foundations-deep-learning" : "foundations-math-ml")).toList();
        explorer = ExplorerFixture.open(stage, new AtlasGraph(nodes, Graphs.dpo().relations()));
        vm = explorer.vm();
    }

    @AfterEach
    void stop() {
        explorer.close();
    }

    private static CheckBox areaBox(FxRobot robot, String name) {
        return robot.lookup(n -> n instanceof CheckBox && ("area-" + name).equals(n.getId())).queryAs(CheckBox.class);
    }

    private static void assertOnTheMap(GraphScene scene, Map<String, double[]> map) {
        scene.positionsById().forEach((id, p) -> assertThat(p).as("%s where the map has it", id).containsExactly(map.get(id)));
    }

    @Test
    void untickingAnAreaHidesItsNodesAndMovesNothingElse(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        Eventually.await(WAIT, "the map to settle and be kept", () -> vm.map().saved().size() == 21);
        Map<String, double[]> map = vm.map().saved();
        CheckBox foundations = areaBox(robot, "Foundations math ML");
        assertThat(foundations.isSelected()).isTrue();
        Color text = (Color) ((Text) foundations.lookup(".text")).getFill();
        assertThat(text.getBrightness()).as("the area's name in dark text, as the other filters' (was white on grey)").isLessThan(0.4);

        robot.clickOn(areaBox(robot, "LLM alignment"));
        explorer.settled();
        GraphScene without = vm.sceneProperty().get();
        assertThat(vm.filtersProperty().get().hiddenAreas()).containsExactly("LLM alignment");
        assertThat(without.graph().nodes()).hasSize(12).noneMatch(n -> ALIGNMENT.contains(n.id()));
        assertOnTheMap(without, map);

        robot.clickOn(areaBox(robot, "LLM alignment"));
        explorer.settled();
        GraphScene with = vm.sceneProperty().get();
        assertThat(with.graph().nodes()).hasSize(21);
        assertOnTheMap(with, map);
    }

    @Test
    void areaNamesThatStartAlikeAreShownWhole(FxRobot robot) {
        explorer.awaitLoaded();
        explorer.settled();
        List<String> drawn = new ArrayList<>();
        for (String name : List.of("Foundations math ML", "Foundations deep learning")) {
            CheckBox box = areaBox(robot, name);
            Text shown = (Text) box.lookup(".text");
            drawn.add(shown.getText());
            assertThat(shown.getText()).as("the name drawn, not cut to \"Foundations ...\"").isEqualTo(name);
            // laid out (wrapped) within the box, every line of it within the box's height
            assertThat(shown.getLayoutX() + shown.getLayoutBounds().getWidth()).as("%s inside its box", name)
                    .isLessThanOrEqualTo(box.getWidth());
            assertThat(shown.getBoundsInParent().getMaxY()).as("%s inside its box", name).isLessThanOrEqualTo(box.getHeight());
            assertThat(box.getLayoutX() + box.getWidth()).as("%s inside the list's view", name)
                    .isLessThanOrEqualTo(scrollPaneOf(box).getViewportBounds().getWidth());
        }
        assertThat(drawn).as("the two rows read differently").doesNotHaveDuplicates();
        ScrollPane list = scrollPaneOf(areaBox(robot, "LLM alignment"));
        assertThat(list.getContent().getLayoutBounds().getHeight()).as("three areas, wrapped, all in sight")
                .isLessThanOrEqualTo(list.getViewportBounds().getHeight());
    }

    private static ScrollPane scrollPaneOf(javafx.scene.Node node) {
        javafx.scene.Node n = node;
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        return (ScrollPane) n;
    }
}
