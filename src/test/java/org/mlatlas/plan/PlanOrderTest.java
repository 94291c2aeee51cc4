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

    /**
     * Constitutional AI as review 3 found it (fix 8): the paper's §3 and §4 were read in earlier steps and its §1
     * introduction last, with the target, which needs the steps that read §3 and §4 and so cannot move before them.
     */
    private static Graphs constitutionalAi() {
        return Graphs.builder()
                .concept("self-critique", "Self-critique").concept("rlaif", "RLAIF").concept("cai", "Constitutional AI")
                .prereq("self-critique", "cai").prereq("rlaif", "cai").prereq("self-critique", "rlaif")
                .paper("arxiv:2212.08073", "Constitutional AI", 150)
                .explains("arxiv:2212.08073", "self-critique", ReadingRole.EXPLAINER,
                        "§3 Constitutional AI: Critiques, Revisions, and Supervised Learning", 30)
                .explains("arxiv:2212.08073", "rlaif", ReadingRole.INTRODUCES,
                        "§4 Constitutional AI: Reinforcement Learning from AI Feedback", 30)
                .explains("arxiv:2212.08073", "cai", ReadingRole.INTRODUCES,
                        "§1 Introduction and §2 Evaluating the Potential for AI Supervision of HHH", 30);
    }

    @Test
    void theFirstStepThatOpensAPaperReadsItsIntroductionWhenALaterStepCannotMoveBeforeIt() {
        Plan plan = plan(constitutionalAi().build(), "cai");
        assertThat(ids(plan)).containsExactly("self-critique", "rlaif", "cai");
        PlanStep critique = step(plan, "self-critique");
        assertThat(critique.firstReading().orElseThrow().part())
                .isEqualTo("§1 Introduction and §3 Constitutional AI: Critiques, Revisions, and Supervised Learning");
        assertThat(critique.time()).as("§3's 30 min and half of §1-2's 30").isEqualTo(StepTime.read(45));
        assertThat(critique.readings()).as("its own §3 is not listed again").hasSize(1);
        assertThat(step(plan, "rlaif").time()).isEqualTo(StepTime.read(30));
        PlanStep cai = step(plan, "cai");
        assertThat(cai.time()).as("the target keeps §2, the rest of its part").isEqualTo(StepTime.rest(15, 1));
        assertThat(plan.totalMinutes()).as("the same 90 minutes, §1 read first").isEqualTo(90);
        assertThat(org.mlatlas.report.PlanText.format(plan))
                .contains("1. Self-critique (self-critique)  [45 min]\n   why: needed for cai\n   read: Constitutional AI, §1 Introduction"
                        + " and §3 Constitutional AI: Critiques, Revisions, and Supervised Learning [45 min]")
                .contains("3. Constitutional AI (cai)  [15 min, the rest after step 1]  <- target");

        Plan paper = plan(constitutionalAi().build(), "arxiv:2212.08073");
        assertThat(ids(paper)).containsExactly("self-critique", "rlaif", "cai", "arxiv:2212.08073");
        assertThat(step(paper, "self-critique").time()).isEqualTo(StepTime.read(45));
        assertThat(step(paper, "cai").time()).isEqualTo(StepTime.rest(15, 1));
        assertThat(step(paper, "arxiv:2212.08073").time()).as("150 less the 90 read in steps 1-3")
                .isEqualTo(StepTime.rest(60, List.of(1, 2, 3)));
        assertThat(paper.totalMinutes()).isEqualTo(150);
    }

    @Test
    void aLaterPartThatIsTheIntroductionAndTheStepsOwnPartIsReadWhole() {
        AtlasGraph graph = Graphs.builder()
                .concept("zero-shot", "Zero-shot generalization").concept("templates", "Prompt templates")
                .concept("instruction-tuning", "Instruction tuning")
                .prereq("zero-shot", "instruction-tuning").prereq("templates", "instruction-tuning")
                .paper("arxiv:2109.01652", "Finetuned Language Models Are Zero-Shot Learners", 120)
                .resource("res:templates", "Prompt templates", 15)
                .explains("res:templates", "templates", ReadingRole.EXPLAINER)
                .explains("arxiv:2109.01652", "zero-shot", ReadingRole.EXPLAINER, "§2 FLAN", 25)
                .explains("arxiv:2109.01652", "instruction-tuning", ReadingRole.INTRODUCES, "§1 Introduction and §2 FLAN", 40)
                .build();
        Plan plan = plan(graph, "arxiv:2109.01652");
        PlanStep zeroShot = step(plan, "zero-shot");
        assertThat(zeroShot.firstReading().orElseThrow().part()).isEqualTo("§1 Introduction and §2 FLAN");
        assertThat(zeroShot.firstReading().orElseThrow().role()).as("the step's own role").isEqualTo(ReadingRole.EXPLAINER);
        assertThat(zeroShot.time()).isEqualTo(StepTime.read(40));
        assertThat(step(plan, "instruction-tuning").time()).isEqualTo(StepTime.sharedWith(ids(plan).indexOf("zero-shot") + 1));
        assertThat(plan.totalMinutes()).isEqualTo(15 + 120);
        assertPrerequisitesFirst(graph, plan);
    }

    @Test
    void aBooksChaptersAndAPaperStartedAtItsIntroductionAreLeftAlone() {
        AtlasGraph book = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:book", "A book", 2400)
                .explains("res:book", "a", ReadingRole.EXPLAINER, "ch. 3", 30)
                .explains("res:book", "b", ReadingRole.EXPLAINER, "ch. 1-2", 30)
                .build();
        assertThat(step(plan(book, "b"), "a").time()).as("a book's ch. 1 is not an introduction to read first")
                .isEqualTo(StepTime.read(30));
        AtlasGraph opened = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("c", "C").prereq("a", "b").prereq("b", "c")
                .paper("paper:p", "A paper", 120)
                .explains("paper:p", "a", ReadingRole.EXPLAINER, "§1-2", 30)
                .explains("paper:p", "b", ReadingRole.EXPLAINER, "§4", 20)
                .explains("paper:p", "c", ReadingRole.INTRODUCES, "§1 Introduction and §3 Method", 30)
                .build();
        Plan plan = plan(opened, "c");
        assertThat(plan.steps()).extracting(PlanStep::time).as("the paper was opened at §1 in step 1")
                .containsExactly(StepTime.read(30), StepTime.read(20), StepTime.rest(15, 1));
    }

    /** The shipped graph: Constitutional AI's §1 is read in the first step that reads the paper (review 3, fix 8). */
    @Test
    void onTheShippedGraphTheConstitutionalAiPaperIsOpenedAtItsIntroduction() throws Exception {
        Planner shipped = new Planner(new PrerequisiteGraph(new org.mlatlas.graphdata.GraphDataLoader().load(java.nio.file.Path.of("graph-data"))));
        for (Plan plan : List.of(shipped.plan("constitutional-ai", Set.of("deep-learning-basics"), false),
                shipped.plan("arxiv:2212.08073", Set.of("transformers-and-llm-basics"), false))) {
            PlanStep opening = plan.steps().stream()
                    .filter(s -> s.firstReading().map(r -> r.id().equals("arxiv:2212.08073") && r.part() != null).orElse(false))
                    .findFirst().orElseThrow();
            PartSet sections = PartSet.parse(opening.firstReading().orElseThrow().part());
            assertThat(sections).as(opening.node().id()).isNotNull();
            assertThat(sections.intersects(PartSet.INTRODUCTION)).as(plan.target().id() + ": " + opening.node().id() + " reads "
                    + opening.firstReading().orElseThrow().part()).isTrue();
        }
    }
}
