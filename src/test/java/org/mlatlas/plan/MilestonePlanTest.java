package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.support.Graphs;

/** Knowing a milestone is knowing everything it stands on; plans from scratch name the milestones that shorten them. */
class MilestonePlanTest {
    private final AtlasGraph graph = Graphs.dpoWithMilestones();

    private Plan plan(AtlasGraph g, String target, String... known) {
        return new Planner(new PrerequisiteGraph(g)).plan(target, Set.of(known), false);
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.node().id()).toList();
    }

    @Test
    void aMilestoneNamedForTheQueryLeavesOutItsWholeClosureThoughItIsNotOnThePath() {
        Plan plan = plan(graph, "dpo", "ml-basics");
        assertThat(ids(plan)).doesNotContain("probability", "calculus", "gradient-descent", "maximum-likelihood", "ml-basics")
                .contains("kl-divergence", "bradley-terry", "policy-gradient", "rlhf").endsWith("dpo");
        assertThat(plan.known()).extracting(Node::id).containsExactly("ml-basics");
        assertThat(plan.startsFromScratch()).isFalse();
        assertThat(plan.shortcuts()).isEmpty();
    }

    @Test
    void aMilestoneMarkedKnownInTheGraphDoesTheSame() {
        AtlasGraph known = new AtlasGraph(graph.nodes().stream()
                .map(n -> n.id().equals("ml-basics") ? n.withKnown(true) : n).toList(), graph.relations());
        assertThat(ids(plan(known, "dpo"))).isEqualTo(ids(plan(graph, "dpo", "ml-basics")));
    }

    @Test
    void aTargetAMilestoneStandsOnIsAlreadyKnown() {
        Plan plan = plan(graph, "maximum-likelihood", "ml-basics");
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.ALREADY_KNOWN);
        assertThat(plan.known()).extracting(Node::id).containsExactly("ml-basics");
    }

    @Test
    void aMilestoneWithNothingToReadIsACheckpointThatTakesNoTime() {
        Plan plan = plan(graph, "ppo");
        PlanStep rlBasics = plan.steps().stream().filter(s -> s.node().id().equals("rl-basics")).findFirst().orElseThrow();
        assertThat(rlBasics.isMilestoneCheckpoint()).isTrue();
        assertThat(rlBasics.time()).isEqualTo(StepTime.milestone());
        assertThat(rlBasics.time().estimated()).isFalse();
    }

    @Test
    void aPlanFromScratchNamesTheMilestonesThatShortenItAndHowMuch() {
        Plan plan = plan(graph, "dpo");
        assertThat(plan.startsFromScratch()).isTrue();
        assertThat(plan.steps()).hasSize(14);
        // the one that assumes least first: ML basics leaves 10 steps; RL basics (itself, policy gradient and the
        // probability, calculus and gradient descent under it) 9
        assertThat(plan.shortcuts()).extracting(s -> s.milestone().id(), Plan.MilestoneShortcut::steps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ml-basics", 10),
                        org.assertj.core.groups.Tuple.tuple("rl-basics", 9));
        for (Plan.MilestoneShortcut s : plan.shortcuts()) {
            assertThat(plan(graph, "dpo", s.milestone().id()).steps()).as(s.milestone().id()).hasSize(s.steps());
        }
    }

    @Test
    void onlyMilestonesThatShortenThePlanAreNamed() {
        AtlasGraph g = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("x", "X").concept("t", "T")
                .milestone("about-a", "About A").milestone("about-x", "About X").milestone("about-t", "About T")
                .prereq("a", "t", "about-a").prereq("b", "t").prereq("x", "about-x").prereq("t", "about-t")
                .build();
        assertThat(plan(g, "t").shortcuts()).extracting(s -> s.milestone().id()).containsExactly("about-a");
        // a milestone that stands on the target (ML basics) is no shortcut to it; RL basics would shorten it (it stands
        // on probability and gradient descent) but its own topic, policy gradient, is not in the plan
        assertThat(plan(graph, "maximum-likelihood").shortcuts()).isEmpty();
        assertThat(plan(graph, "ppo").shortcuts()).extracting(s -> s.milestone().id()).as("all of RL basics is in the plan")
                .containsExactly("rl-basics", "ml-basics");
    }

    /**
     * Review 2, P8: diffusion models suggested knowing RL basics, true (it stands on the maths the plan needs) but
     * noise: a milestone none of whose own topic (what it stands on directly) is in the plan is not named, and the
     * others come by the share of the milestone inside the plan.
     */
    @Test
    void milestonesAreNamedByHowMuchOfThemIsInThePlanAndNotWhenTheirOwnTopicIsOutsideIt() {
        AtlasGraph g = Graphs.builder()
                .concept("f1", "F1").concept("f2", "F2").concept("x", "X").concept("y", "Y").concept("q", "Q").concept("t", "T")
                .milestone("all-f", "All of F").milestone("x-and-y", "X and Y").milestone("rl", "RL basics")
                .prereq("f1", "f2").prereq("f2", "t", "all-f", "q").prereq("x", "t", "x-and-y").prereq("y", "x-and-y")
                .prereq("q", "rl")
                .build();
        Plan plan = plan(g, "t");
        assertThat(plan.shortcuts()).extracting(s -> s.milestone().id(), Plan.MilestoneShortcut::steps)
                .as("all of All of F is in the plan, half of X and Y; RL basics' own topic, q, is not")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all-f", 2), org.assertj.core.groups.Tuple.tuple("x-and-y", 3));
    }

    @Test
    void aPlanThatSomethingKnownCutsIsNotFromScratch() {
        Plan plan = plan(graph, "dpo", "kl-divergence");
        assertThat(plan.startsFromScratch()).isFalse();
        assertThat(plan.shortcuts()).isEmpty();
    }

    @Test
    void theClosureOfAMilestoneIsEverythingItStandsOn() {
        PrerequisiteGraph view = new PrerequisiteGraph(graph);
        assertThat(view.milestones()).containsExactly("ml-basics", "rl-basics");
        assertThat(view.closureOf("rl-basics")).containsExactlyInAnyOrder("policy-gradient", "probability", "gradient-descent", "calculus");
        assertThat(view.milestonesAbove("calculus")).containsExactly("ml-basics", "rl-basics");
        assertThat(view.milestonesAbove("dpo")).isEmpty();
    }
}
