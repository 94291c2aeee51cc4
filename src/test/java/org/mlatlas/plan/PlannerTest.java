package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mlatlas.support.Plans.step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.support.Graphs;

class PlannerTest {

    private static Plan plan(AtlasGraph graph, String target, String... known) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(known), false);
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.node().id()).toList();
    }

    @Test
    void everyPrerequisiteComesBeforeWhatNeedsIt() {
        AtlasGraph graph = Graphs.dpo();
        List<String> order = ids(plan(graph, "dpo"));
        assertThat(order).hasSize(13).endsWith("dpo");
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            assertThat(order.indexOf(r.from())).as(r.toString()).isLessThan(order.indexOf(r.to()));
        }
        assertThat(order.indexOf("rlhf")).isLessThan(order.indexOf("dpo"));
        assertThat(order.indexOf("kl-divergence")).isLessThan(order.indexOf("rlhf"));
    }

    @Test
    void planFinishesOneBranchBeforeStartingTheNext() {
        AtlasGraph graph = Graphs.builder()
                .concept("t", "Target")
                .concept("a1", "A1").concept("a2", "A2").concept("a3", "A3")
                .concept("b1", "B1").concept("b2", "B2")
                .prereq("a1", "a2").prereq("a2", "a3").prereq("a3", "t")
                .prereq("b1", "b2").prereq("b2", "t")
                .build();
        // the deeper chain first, each chain contiguous; not alphabetical (a1, a2, a3, b1, b2 would also be
        // alphabetical, so check with names that sort the other way)
        assertThat(ids(plan(graph, "t"))).containsExactly("a1", "a2", "a3", "b1", "b2", "t");

        AtlasGraph reversed = Graphs.builder()
                .concept("t", "Target")
                .concept("z1", "Z1").concept("z2", "Z2").concept("z3", "Z3")
                .concept("b1", "B1").concept("b2", "B2")
                .prereq("z1", "z2").prereq("z2", "z3").prereq("z3", "t")
                .prereq("b1", "b2").prereq("b2", "t")
                .build();
        assertThat(ids(plan(reversed, "t"))).containsExactly("z1", "z2", "z3", "b1", "b2", "t");
    }

    @Test
    void orderDoesNotDependOnTheOrderTheGraphWasRead() {
        AtlasGraph graph = Graphs.dpo();
        List<String> expected = ids(plan(graph, "dpo"));
        for (int seed = 0; seed < 5; seed++) {
            List<Relation> shuffled = new ArrayList<>(graph.relations());
            Collections.shuffle(shuffled, new Random(seed));
            List<org.mlatlas.domain.Node> nodes = new ArrayList<>(graph.nodes());
            Collections.shuffle(nodes, new Random(seed));
            assertThat(ids(plan(new AtlasGraph(nodes, shuffled), "dpo"))).isEqualTo(expected);
        }
    }

    @Test
    void planLeavesOutKnownConceptsAndWhatOnlyTheyNeeded() {
        Plan full = plan(Graphs.dpo(), "dpo");
        Plan knowingRlhf = new Planner(new PrerequisiteGraph(Graphs.dpo())).plan(Planner.Query.of("dpo").withKnownOnly(Set.of("rlhf")));
        assertThat(ids(knowingRlhf)).doesNotContain("rlhf", "ppo", "policy-gradient", "sft", "language-modeling", "reward-modeling");
        // still needed through other paths: kl-divergence (direct), bradley-terry (direct) and their prerequisites
        assertThat(ids(knowingRlhf)).contains("kl-divergence", "bradley-terry", "maximum-likelihood", "probability", "dpo");
        assertThat(knowingRlhf.known()).extracting(org.mlatlas.domain.Node::id).containsExactly("rlhf");
        assertThat(knowingRlhf.steps().size()).isLessThan(full.steps().size());
        assertThat(knowingRlhf.totalMinutes()).isLessThan(full.totalMinutes());
        assertThat(ids(plan(Graphs.dpo(), "dpo", "rlhf"))).as("with --known, rlhf also stands for what it stands on")
                .containsExactly("dpo");
    }

    @Test
    void conceptsMarkedKnownInTheGraphAreLeftOut() {
        AtlasGraph graph = Graphs.builder().knownConcept("a", "A").concept("b", "B").concept("c", "C")
                .prereq("a", "b").prereq("b", "c").build();
        Plan plan = plan(graph, "c");
        assertThat(ids(plan)).containsExactly("b", "c");
        assertThat(plan.known()).extracting(org.mlatlas.domain.Node::id).containsExactly("a");
    }

    @Test
    void aTargetTheUserKnowsNeedsNoReading() {
        Plan plan = plan(Graphs.dpo(), "dpo", "dpo");
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.ALREADY_KNOWN);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.totalMinutes()).isZero();
    }

    @Test
    void aTargetWithoutPrerequisitesIsReadDirectly() {
        Plan plan = plan(Graphs.dpo(), "probability");
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.NOTHING_BEFORE);
        assertThat(ids(plan)).containsExactly("probability");
        assertThat(plan.steps().get(0).readings()).extracting(Reading::id).containsExactly("res:prob-book");
    }

    @Test
    void anUnknownTargetIsRefusedWithSuggestions() {
        assertThatThrownBy(() -> plan(Graphs.dpo(), "dop"))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("no node \"dop\"")
                .hasMessageContaining("did you mean dpo");
    }

    @Test
    void aCycleInImportedDataIsReportedAndDoesNotHang() {
        AtlasGraph graph = Graphs.builder().concept("a", "A").concept("b", "B").concept("c", "C").concept("t", "T")
                .prereq("a", "b").prereq("b", "c").prereq("c", "a").prereq("c", "t").build();
        Plan plan = plan(graph, "t");
        assertThat(ids(plan)).containsExactlyInAnyOrder("a", "b", "c", "t");
        assertThat(ids(plan)).last().isEqualTo("t");
        assertThat(plan.cycles()).containsExactly("a -> b -> c -> a");
    }

    @Test
    void eachStepSaysWhichChainLeadsToTheTarget() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        PlanStep ppo = plan.steps().stream().filter(s -> s.node().id().equals("ppo")).findFirst().orElseThrow();
        assertThat(ppo.neededFor()).containsExactly("rlhf", "dpo");
        PlanStep kl = plan.steps().stream().filter(s -> s.node().id().equals("kl-divergence")).findFirst().orElseThrow();
        assertThat(kl.neededFor()).containsExactly("dpo");
        assertThat(plan.steps().get(plan.steps().size() - 1).neededFor()).isEmpty();
    }

    @Test
    void withoutAnExplainerTheIntroducingPaperComesFirstAndMinutesAddUp() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        PlanStep ppo = step(plan, "ppo");
        assertThat(ppo.readings()).extracting(Reading::id).containsExactly("arxiv:1707.06347", "res:rl-book");
        assertThat(ppo.readings().get(0).role()).isEqualTo(ReadingRole.INTRODUCES);
        assertThat(ppo.minutes()).isEqualTo(45);
        assertThat(plan.totalMinutes()).isEqualTo(plan.steps().stream().mapToInt(PlanStep::minutes).sum());
        PlanStep target = plan.steps().get(plan.steps().size() - 1);
        assertThat(target.readings()).extracting(Reading::id).containsExactly("arxiv:2305.18290");
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        Graphs builder = Graphs.builder();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            builder.concept("c" + i, "C" + i);
            if (i > 0) {
                builder.prereq("c" + (i - 1), "c" + i);
            }
        }
        Plan plan = plan(builder.build(), "c" + (n - 1));
        assertThat(plan.steps()).hasSize(n);
        assertThat(plan.steps().get(0).node().id()).isEqualTo("c0");
    }

    @Test
    void aWholeBookWithoutPartMinutesDoesNotTimeAStep() {
        AtlasGraph graph = Graphs.builder()
                .concept("convex-sets", "Convex sets").edit("convex-sets", b -> b.minutes(75))
                .concept("optimization", "Optimization")
                .resource("res:book", "A whole convex optimization book", 3600)
                .resource("res:post", "A short post", 20)
                .explains("res:book", "optimization", ReadingRole.EXPLAINER)
                .explains("res:post", "optimization")
                .explains("res:book", "convex-sets", ReadingRole.EXPLAINER)
                .prereq("convex-sets", "optimization")
                .build();
        Plan plan = plan(graph, "optimization");
        PlanStep sets = step(plan, "convex-sets");
        assertThat(sets.readings().get(0).minutes()).as("the book keeps its own time").isEqualTo(3600);
        assertThat(sets.readings().get(0).isWholeLongWork()).isTrue();
        assertThat(sets.time()).as("the concept's own estimate, marked as one").isEqualTo(StepTime.estimate(75));
        PlanStep optimization = step(plan, "optimization");
        assertThat(optimization.readings().get(0).id()).as("an explainer still comes before a reading that covers it")
                .isEqualTo("res:book");
        assertThat(optimization.time()).as("no estimate of its own: by its level (1)")
                .isEqualTo(StepTime.estimate(Planner.FOUNDATION_ESTIMATE));
        assertThat(plan.totalMinutes()).isEqualTo(75 + Planner.FOUNDATION_ESTIMATE);
        assertThat(plan.estimatedSteps()).isEqualTo(2);
    }
}
