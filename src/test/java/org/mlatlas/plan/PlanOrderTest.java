package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.Plans.step;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;

/**
 * The two moves that change the depth-first order (review 2, P3 and P4): parts of one series in their order when the
 * steps are free to move, and a step whose reading an earlier step read moved up to just after it.
 */
class PlanOrderTest {

    private static Plan plan(AtlasGraph graph, String target) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(), false);
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.node().id()).toList();
    }

    private static void assertPrerequisitesFirst(AtlasGraph graph, Plan plan) {
        List<String> order = ids(plan);
        for (Relation r : graph.relations(RelationKind.PREREQUISITE)) {
            if (order.contains(r.from()) && order.contains(r.to())) {
                assertThat(order.indexOf(r.from())).as(r.toString()).isLessThan(order.indexOf(r.to()));
            }
        }
    }

    /**
     * The transformer plans as review 2 found them: 3Blue1Brown's ch. 6 (attention) came four steps before ch. 5
     * (token embeddings), which waited for its own prerequisite, one-hot encoding.
     */
    private static AtlasGraph transformer() {
        return Graphs.builder()
                .concept("neural-networks", "Neural networks").concept("softmax", "Softmax").concept("attention", "Attention")
                .concept("one-hot", "One-hot encoding").concept("token-embeddings", "Token embeddings")
                .concept("transformer", "Transformer")
                .prereq("neural-networks", "attention", "token-embeddings").prereq("softmax", "attention")
                .prereq("one-hot", "token-embeddings").prereq("attention", "transformer").prereq("token-embeddings", "transformer")
                .resource("res:3b1b", "Neural networks (video series)", 150)
                .resource("res:nn", "Neural networks notes", 30).resource("res:softmax", "Softmax notes", 10)
                .resource("res:one-hot", "One-hot encoding", 10).resource("res:transformer", "The Illustrated Transformer", 30)
                .explains("res:nn", "neural-networks", ReadingRole.EXPLAINER)
                .explains("res:softmax", "softmax", ReadingRole.EXPLAINER)
                .explains("res:one-hot", "one-hot", ReadingRole.EXPLAINER)
                .explains("res:3b1b", "attention", ReadingRole.EXPLAINER, "ch. 6 (Attention in transformers)", 26)
                .explains("res:3b1b", "token-embeddings", ReadingRole.EXPLAINER, "ch. 5 (But what is a GPT?)", 27)
                .explains("res:transformer", "transformer", ReadingRole.EXPLAINER)
                .build();
    }

    @Test
    void partsOfOneSeriesAreReadInTheirOrderWhenTheStepsAreFreeToMove() {
        AtlasGraph graph = transformer();
        Plan plan = plan(graph, "transformer");
        List<String> order = ids(plan);
        assertThat(order.indexOf("token-embeddings")).as("ch. 5 before ch. 6").isLessThan(order.indexOf("attention"));
        assertThat(order).containsExactly("neural-networks", "softmax", "one-hot", "token-embeddings", "attention", "transformer");
        assertPrerequisitesFirst(graph, plan);
    }

    @Test
    void aStepThatNeedsTheLaterPartStaysAfterIt() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("t", "T")
                .prereq("a", "b").prereq("b", "t")
                .resource("res:series", "A series", 120)
                .explains("res:series", "a", ReadingRole.EXPLAINER, "ch. 6", 20)
                .explains("res:series", "b", ReadingRole.EXPLAINER, "ch. 5", 20)
                .build();
        assertThat(ids(plan(graph, "t"))).containsExactly("a", "b", "t");
    }

    /**
     * Dropout as review 2 found it: gradient descent's best reading is the CS231n notes, but optimization (step 4)
     * read MML sec. 7.1, which explains it too; it said "already read in step 4" twenty steps later.
     */
    @Test
    void aStepWhoseReadingAnEarlierStepReadMovesUpOnceItsPrerequisitesAreRead() {
        Graphs g = Graphs.builder()
                .concept("derivatives", "Derivatives").concept("optimization", "Optimization")
                .concept("gradient-descent", "Gradient descent").concept("zz-logistic", "Logistic regression")
                .concept("dropout", "Dropout")
                .prereq("derivatives", "optimization").prereq("optimization", "gradient-descent")
                .prereq("gradient-descent", "zz-logistic").prereq("zz-logistic", "dropout")
                .resource("res:mml", "Mathematics for Machine Learning", 2400)
                .resource("res:cs231n", "CS231n notes", 900)
                .resource("res:calc", "Calculus videos", 50).resource("res:logistic", "Logistic regression notes", 30)
                .resource("res:dropout", "Dropout notes", 20)
                .explains("res:calc", "derivatives", ReadingRole.EXPLAINER)
                .explains("res:mml", "optimization", ReadingRole.EXPLAINER, "sec. 7.1 (Optimization Using Gradient Descent)", 40)
                .explains("res:mml", "gradient-descent", ReadingRole.EXPLAINER, "sec. 7.1 (Optimization Using Gradient Descent)", 40)
                .explains("res:cs231n", "gradient-descent", ReadingRole.EXPLAINER, "Optimization: Stochastic Gradient Descent", 40)
                .explains("res:logistic", "zz-logistic", ReadingRole.EXPLAINER)
                .explains("res:dropout", "dropout", ReadingRole.EXPLAINER)
                .edit("optimization", b -> b.firstReading("res:mml"));
        // many steps that come between in the depth-first order: a long branch, deeper than the optimization chain
        String previous = null;
        for (int i = 1; i <= 12; i++) {
            String id = "branch-" + i;
            g.concept(id, "Branch " + i).resource("res:" + id, "On branch " + i, 10).explains("res:" + id, id, ReadingRole.EXPLAINER);
            if (previous != null) {
                g.prereq(previous, id);
            }
            previous = id;
        }
        g.prereq("optimization", "branch-1").prereq(previous, "dropout").prereq("gradient-descent", "dropout");
        AtlasGraph graph = g.build();
        Plan plan = plan(graph, "dropout");
        List<String> order = ids(plan);
        assertThat(order.indexOf("gradient-descent")).as("just after optimization, its only prerequisite")
                .isEqualTo(order.indexOf("optimization") + 1);
        assertThat(step(plan, "gradient-descent").time()).isEqualTo(StepTime.sharedWith(order.indexOf("optimization") + 1));
        assertPrerequisitesFirst(graph, plan);
    }

    @Test
    void aStepWhoseReadingWasReadMovesUpJustAfterItsLastPrerequisite() {
        AtlasGraph graph = Graphs.builder()
                .concept("a0", "A0").concept("a1", "A1").concept("a", "A").concept("p", "P").concept("m", "M")
                .concept("z-b", "B").concept("t", "T")
                .prereq("a0", "a1").prereq("a1", "a").prereq("a", "t").prereq("p", "m", "z-b").prereq("m", "t").prereq("z-b", "t")
                .resource("res:book", "A book", 600).resource("res:other", "Other notes", 100)
                .explains("res:book", "a", ReadingRole.EXPLAINER, "ch. 2", 30)
                .explains("res:book", "z-b", ReadingRole.EXPLAINER, "ch. 2", 30)
                .explains("res:other", "a0", ReadingRole.EXPLAINER, "a0", 10)
                .explains("res:other", "a1", ReadingRole.EXPLAINER, "a1", 10)
                .explains("res:other", "p", ReadingRole.EXPLAINER, "p", 10)
                .explains("res:other", "m", ReadingRole.EXPLAINER, "m", 10)
                .explains("res:other", "t", ReadingRole.EXPLAINER, "t", 10)
                .build();
        Plan plan = plan(graph, "t");
        assertThat(ids(plan)).as("B needs P: it waits for P, then comes before M").containsExactly("a0", "a1", "a", "p", "z-b", "m", "t");
        assertThat(step(plan, "z-b").time()).isEqualTo(StepTime.sharedWith(3));
    }
}
