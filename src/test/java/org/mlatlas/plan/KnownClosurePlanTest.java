package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.report.PlanJson;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.report.PlanText;
import org.mlatlas.support.Graphs;

/**
 * A node named known for a query stands for its prerequisites too (review 2, P5: someone who knows PPO knows RL
 * basics), unless named known only by itself; the reports say which nodes were taken as known that way.
 */
class KnownClosurePlanTest {
    private final Planner planner = new Planner(new PrerequisiteGraph(Graphs.dpo()));

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.node().id()).toList();
    }

    @Test
    void aNodeKnownForTheQueryTakesItsPrerequisitesWithIt() {
        // DPO needs ppo (through rlhf) and, on other paths, probability and gradient descent, which ppo stands on
        Plan plan = planner.plan("dpo", Set.of("ppo"), false);
        assertThat(ids(plan)).doesNotContain("ppo", "policy-gradient", "probability", "calculus", "gradient-descent")
                .contains("kl-divergence", "maximum-likelihood", "rlhf").endsWith("dpo");
        assertThat(plan.known()).extracting(Node::id).containsExactly("ppo");
        assertThat(plan.knownByClosure()).containsExactly(
                java.util.Map.entry("ppo", List.of("calculus", "gradient-descent", "policy-gradient", "probability")));
        assertThat(PlanText.format(plan)).contains(
                "Left out because you know them: ppo (with everything it stands on: calculus, gradient-descent, policy-gradient, probability).");
        assertThat(PlanMarkdown.format(plan)).contains("ppo (with everything it stands on: calculus, gradient-descent, policy-gradient, probability)");
        JsonNode json = PlanJson.toJson(plan);
        assertThat(json.get("known").get(0).asText()).isEqualTo("ppo");
        assertThat(json.get("knownByClosure").get("ppo")).extracting(JsonNode::asText)
                .containsExactly("calculus", "gradient-descent", "policy-gradient", "probability");
    }

    @Test
    void knownOnlyLeavesThePrerequisitesInThePlan() {
        Plan plan = planner.plan(Planner.Query.of("dpo").withKnownOnly(List.of("ppo")));
        assertThat(ids(plan)).doesNotContain("ppo", "policy-gradient").contains("probability", "calculus", "gradient-descent");
        assertThat(plan.known()).extracting(Node::id).containsExactly("ppo");
        assertThat(plan.knownByClosure()).isEmpty();
        assertThat(PlanText.format(plan)).contains("Left out because you know them: ppo.\n");
        assertThat(PlanJson.toJson(plan).get("knownByClosure").isEmpty()).isTrue();
    }

    @Test
    void aNodeMarkedKnownInTheGraphStandsOnlyForItself() {
        AtlasGraph graph = Graphs.dpo();
        AtlasGraph marked = new AtlasGraph(graph.nodes().stream().map(n -> n.id().equals("ppo") ? n.withKnown(true) : n).toList(),
                graph.relations());
        Plan plan = new Planner(new PrerequisiteGraph(marked)).plan("dpo", Set.of(), false);
        assertThat(ids(plan)).doesNotContain("ppo", "policy-gradient").contains("probability");
    }

    @Test
    void aTargetAKnownNodeStandsOnIsAlreadyKnownThroughIt() {
        Plan plan = planner.plan("policy-gradient", Set.of("ppo"), false);
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.ALREADY_KNOWN);
        assertThat(plan.knownByClosure()).containsExactly(java.util.Map.entry("ppo", List.of("policy-gradient")));
        assertThat(PlanText.format(plan)).startsWith("You already know Policy gradient (policy-gradient) through Proximal policy"
                + " optimization (ppo), which stands on it: nothing to read first.\n(Known for this query only: leave ppo out of"
                + " --known, or name it with --known-only, to plan it again.)\n");
        assertThat(planner.plan(Planner.Query.of("policy-gradient").withKnownOnly(List.of("ppo"))).outcome())
                .isEqualTo(Plan.Outcome.PLANNED);
    }

    @Test
    void aKnownMilestoneListsWhatItMadeKnownInJsonAndMarkdownAndCountsItInText() {
        Plan plan = new Planner(new PrerequisiteGraph(Graphs.dpoWithMilestones())).plan("dpo", Set.of("ml-basics"), false);
        assertThat(plan.knownByClosure().get("ml-basics")).containsExactly("calculus", "gradient-descent", "maximum-likelihood", "probability");
        assertThat(PlanText.format(plan)).contains("ml-basics (a milestone, with everything it stands on: 4 concepts of this plan)");
        assertThat(PlanMarkdown.format(plan)).contains(
                "ml-basics (a milestone, with everything it stands on: calculus, gradient-descent, maximum-likelihood, probability)");
    }
}
