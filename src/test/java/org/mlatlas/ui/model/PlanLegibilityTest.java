package org.mlatlas.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.layout.DrawingMetrics;
import org.mlatlas.layout.PlanDrawing;
import org.mlatlas.layout.Viewport;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.ui.canvas.PlanFrame;

/**
 * The plans of the shipped graph, as the canvas and `atlas snapshot` frame them, read at a glance: every step
 * labelled with its whole name, no edge under a label, no label on another node or label, each label nearest its
 * own node, all inside the picture at a scale where the text stays legible.
 */
class PlanLegibilityTest {
    /** The caption's band on top of a snapshot. */
    private static final double CAPTION = 44;
    private static AtlasGraph graph;
    private static Planner planner;

    @BeforeAll
    static void load() throws Exception {
        graph = new GraphDataLoader().load(Path.of("graph-data"));
        planner = new Planner(new PrerequisiteGraph(graph));
    }

    /**
     * A 5-step plan, a 20-step one, DPO's and the shipped graph's biggest (found by planning for every concept, so
     * the test follows the data), in two picture sizes, with the smallest scale each may be drawn at: labels of 12
     * px stay at 10 px or more (0.85) but in the biggest plan at 1400x900 (93 steps when written: 0.73).
     */
    static Stream<Arguments> plans() throws Exception {
        load();
        String small = null;
        String twenty = null;
        String biggest = null;
        int most = 0;
        for (Node n : graph.nodes()) {
            if (n.kind() != NodeKind.CONCEPT) {
                continue;
            }
            int steps = planner.plan(n.id(), Set.of(), false).steps().size() - 1; // then the target
            small = small == null && steps == 5 ? n.id() : small;
            twenty = twenty == null && steps == 20 ? n.id() : twenty;
            if (steps > most) {
                most = steps;
                biggest = n.id();
            }
        }
        return Stream.of(Arguments.of(small, 1400, 900, 1.0), Arguments.of(small, 2000, 1300, 1.0),
                Arguments.of(twenty, 1400, 900, 1.0), Arguments.of(twenty, 2000, 1300, 1.0),
                Arguments.of("dpo", 1400, 900, 0.8), Arguments.of("dpo", 2000, 1300, 0.9),
                Arguments.of(biggest, 1400, 900, 0.6), Arguments.of(biggest, 2000, 1300, 0.85));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("plans")
    void thePlanReadsAtAGlance(String id, int width, int height, double legibleScale) {
        Plan plan = planner.plan(id, Set.of(), false);
        GraphScene scene = PlanScenes.scene(graph, plan);
        Viewport viewport = new Viewport();
        PlanFrame.fit(scene, viewport, width, height, CAPTION);
        VisualGraph g = scene.graph();
        assertThat(g.size()).isEqualTo(plan.steps().size());

        double[][] labels = new double[g.size()][];
        for (int i = 0; i < g.size(); i++) {
            labels[i] = scene.planLabelBox(i);
            String shown = String.join(" ", scene.planLabelLines(i));
            assertThat(shown).as("label of %s, whole", g.node(i).id()).isEqualTo(g.node(i).name().trim().replaceAll("\\s+", " "));
            assertThat(shown).doesNotContain("…");
        }
        int[][] edges = g.edgeArrays();
        PlanDrawing asDrawn = new PlanDrawing(scene.xs(), scene.ys(), labels, scene.planEdges(), 0, 0);
        DrawingMetrics m = DrawingMetrics.of(asDrawn, edges[0], edges[1], viewport.scale(), viewport.toScreenX(0),
                viewport.toScreenY(0));
        assertThat(m.labelsMissing()).as("steps without a label").isEmpty();
        assertThat(m.labelsCrossedByEdges()).as("labels with an edge through them").isEmpty();
        assertThat(m.labelsOverlapping()).as("labels over another label or node").isEmpty();
        assertThat(m.labelsNearerAnotherNode()).as("labels nearer another node than their own").isEmpty();
        assertThat(viewport.scale()).as("scale of the fitted plan").isGreaterThanOrEqualTo(legibleScale - 1e-9);
        double[] b = m.extent();
        assertThat(b[0]).isGreaterThanOrEqualTo(0);
        assertThat(b[1]).as("below the caption").isGreaterThanOrEqualTo(CAPTION);
        assertThat(b[2]).isLessThanOrEqualTo(width);
        assertThat(b[3]).isLessThanOrEqualTo(height);
        System.err.println(id + " (" + g.size() + " steps)" + " at " + width + "x" + height + ", scale " + viewport.scale() + ": " + m.summary(width, height));
    }
}
