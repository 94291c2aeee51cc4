package org.mlatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.app.Atlas;
import org.mlatlas.app.MapPositions;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.mlatlas.task.Background;
import org.mlatlas.ui.model.ExplorerViewModel;
import org.mlatlas.ui.model.GraphScene;

/**
 * The explorer's map stays where it is: across a reload after an edit elsewhere (a terminal) and across a restart
 * (a new window on the same home), with a new node placed next to its neighbour. Real embedded Neo4j, no toolkit.
 */
class StableMapTest {
    @TempDir
    Path home;
    private TestDbms dbms;
    private Background background;
    private ExplorerViewModel vm;
    private MapPositions positions;

    @BeforeEach
    void open() {
        dbms = TestDbms.with(Graphs.dpo());
        positions = new MapPositions(home.resolve("map").resolve("positions.json"));
        background = new Background(Runnable::run);
        vm = window(background);
    }

    @AfterEach
    void close() {
        vm.close();
        background.close();
    }

    private ExplorerViewModel window(Background on) {
        ExplorerViewModel window = new ExplorerViewModel(on, () -> new Atlas(dbms.store()));
        window.setAnimate(false);
        window.setPositions(positions);
        window.start();
        Eventually.await(Duration.ofSeconds(30), "the graph", () -> window.readyProperty().get());
        idle(on);
        return window;
    }

    private static void idle(Background on) {
        Eventually.await(Duration.ofSeconds(30), "background work", () -> on.awaitIdle(Duration.ofSeconds(30)) && on.busy() == 0);
    }

    private static void assertSamePlaces(Map<String, double[]> expected, GraphScene scene) {
        Map<String, double[]> now = scene.positionsById();
        expected.forEach((id, p) -> assertThat(now.get(id)).as(id).containsExactly(p));
    }

    @Test
    void theMapIsTheSameAfterATerminalEditAndAfterARestart() {
        Map<String, double[]> first = vm.sceneProperty().get().positionsById();
        assertThat(positions.read()).as("saved once the layout settled").hasSize(21);

        dbms.store().link(Relation.of("calculus", RelationKind.PREREQUISITE, "bradley-terry")); // a terminal's edit
        Eventually.await(Duration.ofSeconds(5), "the reload", () -> vm.graphProperty().get().relations().stream()
                .anyMatch(r -> r.key().equals("calculus PREREQUISITE bradley-terry")));
        idle(background);
        assertSamePlaces(first, vm.sceneProperty().get());

        vm.close();
        background.close();
        background = new Background(Runnable::run);
        vm = window(background); // the next launch
        assertSamePlaces(first, vm.sceneProperty().get());
    }

    @Test
    void aNodeAddedElsewhereAppearsNextToItsNeighbourAndIsKept() {
        Map<String, double[]> first = vm.sceneProperty().get().positionsById();
        dbms.store().addNode(Node.concept("ipo", "Identity preference optimisation"));
        dbms.store().link(Relation.of("dpo", RelationKind.PREREQUISITE, "ipo"));
        Eventually.await(Duration.ofSeconds(5), "the new node on the map", () -> vm.sceneProperty().get().graph().contains("ipo")
                && vm.graphProperty().get().relations().stream().anyMatch(r -> r.key().equals("dpo PREREQUISITE ipo")));
        idle(background);

        GraphScene scene = vm.sceneProperty().get();
        assertSamePlaces(first, scene);
        double[] ipo = scene.positionsById().get("ipo");
        // next to its neighbour: DPO is among the three nodes nearest to it
        java.util.List<String> nearest = first.keySet().stream().sorted(java.util.Comparator.comparingDouble(
                id -> Math.hypot(first.get(id)[0] - ipo[0], first.get(id)[1] - ipo[1]))).limit(3).toList();
        assertThat(nearest).contains("dpo");
        assertThat(positions.read().get("ipo")).containsExactly(ipo);
    }

    @Test
    void reLayoutLaysTheMapOutAsAFirstLaunchDoesAndKeepsIt() {
        Map<String, double[]> first = vm.sceneProperty().get().positionsById();
        GraphScene scene = vm.sceneProperty().get();
        scene.pin(scene.graph().indexOf("dpo"), 4_000, -4_000); // the user drags a node away
        vm.nodeMoved();
        idle(background);
        assertThat(positions.read().get("dpo")).containsExactly(4_000, -4_000);

        vm.relayout();
        idle(background);
        assertSamePlaces(first, vm.sceneProperty().get());
        assertThat(positions.read().get("dpo")).containsExactly(first.get("dpo"));
    }
}
