package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.PlanStep;

/** Builds the scene of a plan: its steps and the prerequisites among them, in layers, the target on the right. */
public final class PlanScenes {
    private PlanScenes() {
    }

    /** The layered scene of {@code plan}'s steps in {@code graph}. */
    public static GraphScene scene(AtlasGraph graph, Plan plan) {
        List<Node> nodes = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            nodes.add(graph.node(step.node().id()).orElse(step.node()));
        }
        if (nodes.isEmpty()) {
            nodes.add(graph.node(plan.target().id()).orElse(plan.target()));
        }
        return GraphScene.layered(new VisualGraph(nodes, graph.relations(RelationKind.PREREQUISITE)));
    }
}
