package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.support.Graphs;

/** Which reading a step offers first, what the step takes, and readings shared between steps. */
class ReadingChoiceTest {

    private static Plan plan(AtlasGraph graph, String target) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(), false);
    }

    private static PlanStep step(Plan plan, String id) {
        return plan.steps().stream().filter(s -> s.node().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** Shannon entropy as the shipped graph had it: the 1948 paper introduces it, a textbook section explains it. */
    private static Graphs entropy() {
        return Graphs.builder()
                .concept("probability", "Probability")
                .concept("shannon-entropy", "Shannon entropy")
                .concept("cross-entropy", "Cross-entropy")
                .paper("paper:shannon-1948", "A Mathematical Theory of Communication", 180)
                .resource("res:dl-book", "Deep Learning", 2400)
                .resource("res:itila", "Information Theory, Inference, and Learning Algorithms", 3600)
                .resource("res:prob-post", "A probability primer", 40)
                .prereq("probability", "shannon-entropy")
                .prereq("shannon-entropy", "cross-entropy")
                .explains("res:prob-post", "probability", ReadingRole.EXPLAINER)
                .explains("paper:shannon-1948", "shannon-entropy", ReadingRole.INTRODUCES)
                .explains("res:itila", "shannon-entropy", ReadingRole.EXPLAINER, "ch. 2", 90)
                .explains("res:dl-book", "shannon-entropy", ReadingRole.EXPLAINER, "ch. 3.13", 45)
                .explains("paper:shannon-1948", "cross-entropy")
                .explains("res:dl-book", "cross-entropy", ReadingRole.EXPLAINER, "ch. 3.13", 45);
    }

    @Test
    void aLearnersExplainerComesBeforeTheFoundingPaperWhichStaysListedAndUncounted() {
        Plan plan = plan(entropy().build(), "cross-entropy");
        PlanStep entropy = step(plan, "shannon-entropy");
        assertThat(entropy.readings()).extracting(Reading::id, Reading::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("res:dl-book", "ch. 3.13"),
                        org.assertj.core.groups.Tuple.tuple("res:itila", "ch. 2"),
                        org.assertj.core.groups.Tuple.tuple("paper:shannon-1948", null));
        assertThat(entropy.time()).as("the part's minutes, not the book's 40 hours nor the paper's 3").isEqualTo(StepTime.read(45));
        assertThat(plan.totalMinutes()).as("the paper's 180 minutes count nowhere").isEqualTo(40 + 45);
    }

    @Test
    void theSamePartOfABookChosenAgainIsReadOnceAndSaysWhere() {
        Plan plan = plan(entropy().build(), "cross-entropy");
        PlanStep cross = step(plan, "cross-entropy");
        assertThat(cross.readings().get(0).id()).isEqualTo("res:dl-book");
        assertThat(cross.time()).isEqualTo(StepTime.sharedWith(2));
        assertThat(cross.minutes()).isZero();
        assertThat(plan.steps()).extracting(s -> s.node().id()).containsExactly("probability", "shannon-entropy", "cross-entropy");
    }

    @Test
    void aDifferentPartOfTheSameBookIsADifferentReading() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:book", "A book", 2400)
                .explains("res:book", "a", ReadingRole.EXPLAINER, "ch. 1", 30)
                .explains("res:book", "b", ReadingRole.EXPLAINER, "ch. 2", 50)
                .build();
        Plan plan = plan(graph, "b");
        assertThat(step(plan, "b").time()).isEqualTo(StepTime.read(50));
        assertThat(plan.totalMinutes()).isEqualTo(80);
    }

    @Test
    void aPaperChosenForSeveralStepsIsCountedOnce() {
        AtlasGraph graph = Graphs.builder()
                .concept("self-attention", "Self-attention").concept("multi-head-attention", "Multi-head attention")
                .concept("transformer", "Transformer")
                .prereq("self-attention", "multi-head-attention").prereq("multi-head-attention", "transformer")
                .paper("arxiv:1706.03762", "Attention Is All You Need", 75)
                .explains("arxiv:1706.03762", "self-attention", ReadingRole.INTRODUCES)
                .explains("arxiv:1706.03762", "multi-head-attention", ReadingRole.INTRODUCES)
                .explains("arxiv:1706.03762", "transformer", ReadingRole.INTRODUCES)
                .build();
        Plan plan = plan(graph, "transformer");
        assertThat(plan.steps()).extracting(PlanStep::time)
                .containsExactly(StepTime.read(75), StepTime.sharedWith(1), StepTime.sharedWith(1));
        assertThat(plan.totalMinutes()).isEqualTo(75);
    }

    @Test
    void aReadingAnEarlierStepChoseWinsOverAShorterOneItCostsNothingMore() {
        AtlasGraph graph = Graphs.builder()
                .concept("neural-networks", "Neural networks").concept("mlp", "Multilayer perceptron")
                .concept("cnn", "Convolutional networks")
                .prereq("neural-networks", "mlp").prereq("mlp", "cnn")
                .resource("res:dl-book", "Deep Learning", 2400)
                .resource("res:post", "MLPs in 20 minutes", 20)
                .resource("res:cnn-notes", "ConvNet notes", 40)
                .explains("res:dl-book", "neural-networks", ReadingRole.EXPLAINER, "ch. 6", 90)
                .explains("res:dl-book", "mlp", ReadingRole.EXPLAINER, "ch. 6", 90)
                .explains("res:post", "mlp", ReadingRole.EXPLAINER)
                .explains("res:cnn-notes", "cnn", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "cnn");
        PlanStep mlp = step(plan, "mlp");
        assertThat(mlp.readings()).extracting(Reading::id).containsExactly("res:dl-book", "res:post");
        assertThat(mlp.time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(plan.totalMinutes()).isEqualTo(90 + 40);
    }

    @Test
    void aPartWithoutANameIsNeverTakenForAnotherStepsPart() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:book", "A book", 2400)
                .explains("res:book", "a", ReadingRole.EXPLAINER, null, 30)
                .explains("res:book", "b", ReadingRole.EXPLAINER, null, 30)
                .build();
        Plan plan = plan(graph, "b");
        assertThat(plan.steps()).extracting(PlanStep::time).containsExactly(StepTime.read(30), StepTime.read(30));
    }

    @Test
    void theCuratedFirstReadingComesFirstEvenOverAShorterExplainer() {
        AtlasGraph graph = Graphs.builder()
                .concept("dpo", "Direct preference optimization").edit("dpo", b -> b.firstReading("arxiv:2305.18290"))
                .paper("arxiv:2305.18290", "Direct Preference Optimization", 90)
                .resource("res:post", "DPO in ten minutes", 10)
                .explains("arxiv:2305.18290", "dpo", ReadingRole.INTRODUCES)
                .explains("res:post", "dpo", ReadingRole.EXPLAINER)
                .build();
        PlanStep dpo = plan(graph, "dpo").steps().get(0);
        assertThat(dpo.readings()).extracting(Reading::id).containsExactly("arxiv:2305.18290", "res:post");
        assertThat(dpo.time()).isEqualTo(StepTime.read(90));
    }

    @Test
    void aTimedExplainerComesBeforeAnUntimedOneOrAWholeLongWork() {
        AtlasGraph graph = Graphs.builder()
                .concept("optimization", "Optimization")
                .resource("res:boyd", "Convex Optimization", 3600)
                .resource("res:notes", "Lecture notes without a time", 1).edit("res:notes", b -> b.minutes(null))
                .resource("res:chapter", "Optimization for deep learning", 150)
                .paper("paper:robbins-monro", "A Stochastic Approximation Method", 45)
                .explains("res:boyd", "optimization", ReadingRole.EXPLAINER)
                .explains("res:notes", "optimization", ReadingRole.EXPLAINER)
                .explains("res:chapter", "optimization", ReadingRole.EXPLAINER)
                .explains("paper:robbins-monro", "optimization", ReadingRole.INTRODUCES)
                .build();
        PlanStep step = plan(graph, "optimization").steps().get(0);
        assertThat(step.readings()).extracting(Reading::id)
                .containsExactly("res:chapter", "res:boyd", "res:notes", "paper:robbins-monro");
        assertThat(step.time()).isEqualTo(StepTime.read(150));
    }

    @Test
    void theIntroducingPaperIsReadWhenNothingExplainsAndACoveringReadingOnlyWhenNothingElse() {
        AtlasGraph graph = Graphs.builder()
                .concept("bradley-terry", "Bradley-Terry model").concept("kv-cache", "KV cache")
                .paper("paper:bt-1952", "Rank Analysis of Incomplete Block Designs", 90)
                .paper("arxiv:2211.05102", "Efficiently Scaling Transformer Inference", 60)
                .resource("res:survey", "A survey that uses it", 30)
                .explains("paper:bt-1952", "bradley-terry", ReadingRole.INTRODUCES)
                .explains("res:survey", "bradley-terry")
                .explains("arxiv:2211.05102", "kv-cache")
                .build();
        assertThat(plan(graph, "bradley-terry").steps().get(0).readings()).extracting(Reading::id)
                .containsExactly("paper:bt-1952", "res:survey");
        PlanStep kv = plan(graph, "kv-cache").steps().get(0);
        assertThat(kv.readings()).extracting(Reading::id).containsExactly("arxiv:2211.05102");
        assertThat(kv.time()).isEqualTo(StepTime.read(60));
    }

    @Test
    void noStepHasAnUnknownTimeAConceptWithoutATimedReadingIsEstimatedByItsLevel() {
        Graphs chain = Graphs.builder();
        for (int i = 0; i <= 8; i++) {
            chain.concept("c" + i, "C" + i);
            if (i > 0) {
                chain.prereq("c" + (i - 1), "c" + i);
            }
        }
        Plan plan = plan(chain.build(), "c8");
        assertThat(plan.steps()).allMatch(s -> s.time().estimated() && s.minutes() > 0);
        assertThat(step(plan, "c0").minutes()).isEqualTo(Planner.FOUNDATION_ESTIMATE);
        assertThat(step(plan, "c1").minutes()).isEqualTo(Planner.FOUNDATION_ESTIMATE);
        assertThat(step(plan, "c4").minutes()).isEqualTo(Planner.MIDDLE_ESTIMATE);
        assertThat(step(plan, "c8").minutes()).isEqualTo(Planner.DEEP_ESTIMATE);
        assertThat(plan.estimatedSteps()).isEqualTo(9);
    }

    @Test
    void theOriginalPaperIsListedEvenBehindThreeExplainers() {
        AtlasGraph graph = Graphs.builder()
                .concept("kl", "KL divergence")
                .paper("paper:kl-1951", "On Information and Sufficiency", 45)
                .resource("res:a", "A", 10).resource("res:b", "B", 20).resource("res:c", "C", 30).resource("res:d", "D", 40)
                .explains("paper:kl-1951", "kl", ReadingRole.INTRODUCES)
                .explains("res:a", "kl", ReadingRole.EXPLAINER).explains("res:b", "kl", ReadingRole.EXPLAINER)
                .explains("res:c", "kl", ReadingRole.EXPLAINER).explains("res:d", "kl", ReadingRole.EXPLAINER)
                .build();
        assertThat(plan(graph, "kl").steps().get(0).readings()).extracting(Reading::id)
                .containsExactly("res:a", "res:b", "res:c", "paper:kl-1951");
    }

    @Test
    void aPaperAskedAboutIsReadWholeHoweverLong() {
        AtlasGraph graph = Graphs.builder().concept("backdoors", "Backdoors")
                .paper("arxiv:2401.05566", "Sleeper Agents", 240).prereq("backdoors", "arxiv:2401.05566")
                .resource("res:post", "Backdoors explained", 30).explains("res:post", "backdoors", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "arxiv:2401.05566");
        assertThat(step(plan, "arxiv:2401.05566").time()).isEqualTo(StepTime.read(240));
    }
}
