package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;

/**
 * Builds the scene of a plan: its steps and the prerequisites among them, laid out left to right by ELK, the
 * target on the right. Lays out, so it runs off the UI thread.
 */
public final class PlanScenes {
    private PlanScenes() {
    }

    /** The scene of {@code plan}'s steps in {@code graph}, with its layouts ({@link PlanLayouts}). */
    public static GraphScene scene(AtlasGraph graph, Plan plan) {
        List<Node> nodes = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            nodes.add(graph.node(step.node().id()).orElse(step.node()));
        }
        if (nodes.isEmpty()) {
            nodes.add(graph.node(plan.target().id()).orElse(plan.target()));
        }
        VisualGraph visual = new VisualGraph(nodes, graph.relations(RelationKind.PREREQUISITE));
        int target = visual.indexOf(plan.target().id());
        return GraphScene.plan(visual, PlanLayouts.of(visual, target), target);
    }
}
