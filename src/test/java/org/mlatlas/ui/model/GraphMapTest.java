package org.mlatlas.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;

/** The map of the whole graph: laid out once, kept, new nodes placed next to their neighbours. No toolkit. */
class GraphMapTest {
    private static final Set<String> ALIGNMENT = Set.of("dpo", "rlhf", "reward-modeling", "sft", "ppo", "bradley-terry",
            "arxiv:2305.18290", "arxiv:2203.02155", "arxiv:1707.06347");

    /** The DPO fixture in two topic areas. */
    private static AtlasGraph twoAreas() {
        List<Node> nodes = Graphs.dpo().nodes().stream()
                .map(n -> n.withArea(ALIGNMENT.contains(n.id()) ? "llm-alignment" : "foundations-math-ml")).toList();
        return new AtlasGraph(nodes, Graphs.dpo().relations());
    }

    private static GraphScene settledMap(GraphMap map, AtlasGraph graph) {
        GraphScene scene = map.scene(graph, Filters.all(), null);
        LayoutRunner.settle(scene.layout(), GraphMap.MAX_STEPS);
        scene.sync();
        map.commit(scene);
        return scene;
    }

    private static double distance(GraphScene scene, String a, String b) {
        Map<String, double[]> p = scene.positionsById();
        return Math.hypot(p.get(a)[0] - p.get(b)[0], p.get(a)[1] - p.get(b)[1]);
    }

    @Test
    void aSettledMapIsSavedAndAMapRestoredFromItDrawsEveryNodeWhereItWas() {
        List<Map<String, double[]>> saves = new ArrayList<>();
        GraphMap first = new GraphMap(saves::add);
        GraphScene scene = settledMap(first, twoAreas());
        assertThat(saves).hasSize(1);
        assertThat(saves.get(0)).hasSize(21);

        GraphMap next = new GraphMap(p -> { }); // the next launch
        next.restore(saves.get(0));
        GraphScene again = next.scene(twoAreas(), Filters.all(), null);
        assertThat(again.layout().settled()).as("nothing to lay out").isTrue();
        scene.positionsById().forEach((id, p) -> assertThat(again.positionsById().get(id)).as(id).containsExactly(p));
    }

    @Test
    void aNewNodeSettlesNextToItsNeighbourAndNothingElseMoves() {
        List<Map<String, double[]>> saves = new ArrayList<>();
        GraphMap map = new GraphMap(saves::add);
        GraphScene before = settledMap(map, twoAreas());
        List<Node> nodes = new ArrayList<>(twoAreas().nodes());
        nodes.add(Node.concept("ipo", "Identity preference optimisation").withArea("llm-alignment"));
        List<Relation> relations = new ArrayList<>(twoAreas().relations());
        relations.add(Relation.of("dpo", RelationKind.PREREQUISITE, "ipo"));

        GraphScene after = settledMap(map, new AtlasGraph(nodes, relations));
        before.positionsById().forEach((id, p) -> assertThat(after.positionsById().get(id)).as(id).containsExactly(p));
        assertThat(distance(after, "ipo", "dpo")).as("next to its neighbour").isLessThan(2 * GraphScene.EDGE_LENGTH);
        assertThat(saves).hasSize(2);
        assertThat(saves.get(1)).containsKey("ipo");
    }

    @Test
    void theSameGraphGivesTheSameMapAndReLayoutGivesItAgainAfterADrag() {
        GraphScene fresh = settledMap(new GraphMap(p -> { }), twoAreas());
        GraphMap map = new GraphMap(p -> { });
        GraphScene scene = settledMap(map, twoAreas());
        fresh.positionsById().forEach((id, p) -> assertThat(scene.positionsById().get(id)).as(id).containsExactly(p));

        scene.pin(scene.graph().indexOf("dpo"), 5_000, 5_000); // a drag
        map.commit(scene);
        assertThat(map.saved().get("dpo")).containsExactly(5_000, 5_000);
        map.relayout();
        GraphScene relaid = settledMap(map, twoAreas());
        fresh.positionsById().forEach((id, p) -> assertThat(relaid.positionsById().get(id)).as(id).containsExactly(p));
    }

    @Test
    void theAreasFormTwoRegions() {
        GraphScene scene = settledMap(new GraphMap(p -> { }), twoAreas());
        double[] centre = new double[4];
        Map<String, double[]> p = scene.positionsById();
        p.forEach((id, xy) -> {
            int k = ALIGNMENT.contains(id) ? 0 : 2;
            centre[k] += xy[0];
            centre[k + 1] += xy[1];
        });
        int[] counts = {ALIGNMENT.size(), p.size() - ALIGNMENT.size()};
        p.forEach((id, xy) -> {
            boolean alignment = ALIGNMENT.contains(id);
            double own = Math.hypot(xy[0] - centre[alignment ? 0 : 2] / counts[alignment ? 0 : 1],
                    xy[1] - centre[alignment ? 1 : 3] / counts[alignment ? 0 : 1]);
            double other = Math.hypot(xy[0] - centre[alignment ? 2 : 0] / counts[alignment ? 1 : 0],
                    xy[1] - centre[alignment ? 3 : 1] / counts[alignment ? 1 : 0]);
            assertThat(own).as(id + " is nearer its own area's centre").isLessThan(other);
        });
    }

    @Test
    void hidingAnAreaLeavesTheOthersWhereTheyWere() {
        GraphMap map = new GraphMap(p -> { });
        GraphScene whole = settledMap(map, twoAreas());
        AreaMap areas = map.areasProperty().get();
        assertThat(areas.names()).containsExactly("Foundations math ML", "LLM alignment");

        GraphScene part = map.scene(twoAreas(), Filters.all().withArea("Foundations math ML", false), null);
        assertThat(part.graph().nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(ALIGNMENT);
        part.positionsById().forEach((id, p) -> assertThat(whole.positionsById().get(id)).as(id).containsExactly(p));
        assertThat(part.graph().area(part.graph().indexOf("dpo"))).as("the same number, so the same colour").isEqualTo(1);
    }

    @Test
    void aLocalViewIsLaidOutOnItsOwnAndNotKept() {
        List<Map<String, double[]>> saves = new ArrayList<>();
        GraphMap map = new GraphMap(saves::add);
        settledMap(map, twoAreas());
        GraphScene local = map.scene(twoAreas(), Filters.all().withLocalDepth(1), "dpo");
        assertThat(local.isMap()).isFalse();
        LayoutRunner.settle(local.layout(), GraphMap.MAX_STEPS);
        map.commit(local);
        assertThat(saves).hasSize(1);
    }
}
