package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.Plans.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.report.PlanJson;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.report.PlanText;
import org.mlatlas.support.Graphs;

/**
 * Overlapping parts of one work are counted once (review 2, P2): part labels are parsed into sets of sections; a part
 * inside parts read earlier is already read, a part meeting them counts only its rest, and so does a work read whole
 * after some of its parts; in the plan and in {@code --papers}.
 */
class OverlappingReadingTest {

    private static Plan plan(AtlasGraph graph, String target, boolean papers) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(), papers);
    }

    private static int sumOfSteps(Plan plan) {
        return plan.steps().stream().mapToInt(PlanStep::minutes).sum();
    }

    @Test
    void partLabelsParseIntoSetsOfSections() {
        assertThat(PartSet.parse("§2 FLAN: Instruction Tuning Improves Zero-Shot Learning")
                .contains(PartSet.parse("§2.1 Tasks & Templates"))).isTrue();
        assertThat(PartSet.parse("§2.1 Tasks & Templates").contains(PartSet.parse("§2 FLAN"))).isFalse();
        PartSet cai = PartSet.parse("§1 Introduction, §3 and §4");
        assertThat(cai.contains(PartSet.parse("§3 Constitutional AI: Critiques, Revisions, and Supervised Learning"))).isTrue();
        assertThat(cai.contains(PartSet.parse("§4 Constitutional AI: Reinforcement Learning from AI Feedback"))).isTrue();
        assertThat(cai.intersects(PartSet.parse("§2 Evaluating the Potential for AI Supervision of HHH"))).isFalse();
        assertThat(PartSet.parse("sec. 1-3 (Introduction; Preliminaries; Advantage Function Estimation)")
                .contains(PartSet.parse("sec. 2 (Preliminaries)"))).isTrue();
        assertThat(PartSet.parse("sec. 5.2-5.3 (Partial Differentiation and Gradients; Gradients of Vector-Valued Functions)")
                .contains(PartSet.parse("sec. 5.3"))).isTrue();
        assertThat(PartSet.parse("sec. 5.2-5.3").intersects(PartSet.parse("sec. 5.1-5.2 (Differentiation; Partial Differentiation)")))
                .isTrue();
        assertThat(PartSet.parse("sec. 5.2-5.3").contains(PartSet.parse("sec. 5.1"))).isFalse();
        assertThat(PartSet.parse("ch. 6 (Deep Feedforward Networks)").contains(PartSet.parse("sec. 6.5.1 (Computational Graphs)")))
                .as("chapters and sections are one numbering").isTrue();
        assertThat(PartSet.parse("§1.1 Summary and §1.2 Summary of Scaling Laws").contains(PartSet.parse("§1.2"))).isTrue();
        assertThat(PartSet.parse("Part I (Discrete Noiseless Systems)").contains(PartSet.parse("Part 1: Model Architecture"))).isTrue();
        assertThat(PartSet.parse("Part 1: Key Concepts in RL").intersects(PartSet.parse("sec. 1"))).as("parts are another numbering")
                .isFalse();
        assertThat(PartSet.parse("Lecture 4: Building makemore Part 3: Activations & Gradients, BatchNorm")
                .contains(PartSet.parse("lecture 4"))).isTrue();
        assertThat(PartSet.parse("sec. 2 (definitions: reliability diagrams, ECE) and sec. 4 (calibration methods)")
                .contains(PartSet.parse("sec. 4"))).isTrue();
        assertThat(PartSet.parse("§3 Method and experiment details").contains(PartSet.parse("§3"))).isTrue();
        assertThat(PartSet.IN_ORDER.compare(PartSet.parse("ch. 5 (But what is a GPT?)"), PartSet.parse("ch. 6 (Attention)"))).isNegative();
    }

    @Test
    void labelsThatNameMoreThanNumberedSectionsDoNotParse() {
        assertThat(PartSet.parse("§1 Introduction and the backdoor-training methods")).isNull();
        assertThat(PartSet.parse("sec. 2.2 and appendix A.2.1 (architecture changes)")).isNull();
        assertThat(PartSet.parse("§1 Introduction and one evaluation area of choice")).isNull();
        assertThat(PartSet.parse("section 'The Routing Mechanism'")).isNull();
        assertThat(PartSet.parse("Neural Networks Part 3: Learning and Evaluation")).isNull();
        assertThat(PartSet.parse("its introduction")).isNull();
        assertThat(PartSet.parse("sec. 1.1-2")).as("a range between numbers of different depths").isNull();
        assertThat(PartSet.parse(null)).isNull();
    }

    /** Instruction tuning as review 2 found it: FLAN §2.1 after §2. */
    @Test
    void aPartInsideAPartReadEarlierIsAlreadyRead() {
        AtlasGraph graph = Graphs.builder()
                .concept("zero-shot", "Zero-shot generalization").concept("templates", "Prompt templates").concept("it", "Instruction tuning")
                .prereq("zero-shot", "templates").prereq("templates", "it")
                .paper("arxiv:2109.01652", "Finetuned Language Models Are Zero-Shot Learners", 90)
                .resource("res:it", "Instruction tuning explained", 30)
                .explains("arxiv:2109.01652", "zero-shot", ReadingRole.EXPLAINER, "§2 FLAN", 25)
                .explains("arxiv:2109.01652", "templates", ReadingRole.EXPLAINER, "§2.1 Tasks & Templates", 10)
                .explains("res:it", "it", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "it", false);
        assertThat(step(plan, "templates").time()).isEqualTo(StepTime.sharedWith(1));
        assertThat(plan.totalMinutes()).isEqualTo(25 + 30).isEqualTo(sumOfSteps(plan));
        assertThat(PlanText.format(plan)).contains("§2.1 Tasks & Templates [10 min, already read in step 1]");
    }

    /** Constitutional AI as review 2 found it: "§1, §3 and §4" after §3 and §4, and its --papers list. */
    private static AtlasGraph constitutionalAi() {
        return Graphs.builder()
                .concept("self-critique", "Self-critique").concept("rlaif", "RLAIF").concept("cai", "Constitutional AI")
                .prereq("self-critique", "cai").prereq("rlaif", "cai")
                .paper("arxiv:2212.08073", "Constitutional AI", 120)
                .resource("res:rlaif", "RLAIF explained", 90)
                .explains("arxiv:2212.08073", "self-critique", ReadingRole.EXPLAINER, "§3 Constitutional AI: Critiques, Revisions, and Supervised Learning", 30)
                .explains("arxiv:2212.08073", "rlaif", ReadingRole.INTRODUCES, "§4 Constitutional AI: Reinforcement Learning from AI Feedback", 30)
                .explains("res:rlaif", "rlaif", ReadingRole.EXPLAINER)
                .explains("arxiv:2212.08073", "cai", ReadingRole.INTRODUCES, "§1 Introduction, §3 and §4", 75)
                .edit("cai", b -> b.firstReading("arxiv:2212.08073"))
                .edit("rlaif", b -> b.firstReading("arxiv:2212.08073"))
                .build();
    }

    @Test
    void aPartMeetingPartsReadEarlierCountsOnlyItsRest() {
        Plan plan = plan(constitutionalAi(), "cai", false);
        assertThat(plan.steps()).extracting(s -> s.node().id()).as("§3 before §4").containsExactly("self-critique", "rlaif", "cai");
        PlanStep cai = step(plan, "cai");
        assertThat(cai.time()).as("75 min less §3 and §4, 30 min each, read in steps 1 and 2").isEqualTo(StepTime.rest(15, List.of(1, 2)));
        assertThat(plan.totalMinutes()).isEqualTo(30 + 30 + 15).isEqualTo(sumOfSteps(plan));
        assertThat(PlanText.format(plan)).contains("3. Constitutional AI (cai)  [15 min, the rest after steps 1 and 2]  <- target\n"
                + "   read: rest of Constitutional AI, §1 Introduction, §3 and §4 (original paper) [1 h 15 min, partly read in steps 1 and 2]");
        assertThat(PlanMarkdown.format(plan)).contains("(`cai`, 15 min, the rest after steps 1 and 2)")
                .contains("(1 h 15 min, partly read in steps 1 and 2)");
        JsonNode json = PlanJson.toJson(plan).get("steps").get(2);
        assertThat(json.get("minutes").asInt()).isEqualTo(15);
        assertThat(json.get("restAfter").asInt()).as("the last, as before").isEqualTo(2);
        assertThat(json.get("restAfterSteps").toString()).isEqualTo("[1,2]");
        assertThat(json.get("readings").get(0).get("partlyReadInStep").asInt()).isEqualTo(2);
        assertThat(json.get("readings").get(0).get("partlyReadInSteps").toString()).isEqualTo("[1,2]");
        assertThat(json.has("sharedWith")).isFalse();
    }

    @Test
    void papersCountsTheSectionsOfOneWorkOnce() {
        Plan plan = plan(constitutionalAi(), "cai", true);
        ReadingList list = plan.readingList().orElseThrow();
        assertThat(list.entries()).extracting(e -> e.reading().part(), ReadingList.Entry::steps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("§1 Introduction, §3 and §4", java.util.List.of("self-critique", "rlaif", "cai")));
        assertThat(list.minutes()).as("75 min for about 75 min of text, not 30 + 30 + 75").isEqualTo(75)
                .isLessThanOrEqualTo(plan.totalMinutes());
        assertThat(PlanText.format(plan)).contains("Shortest reading list covering the plan (1 readings, about 1 h 15 min reading/viewing time");
    }

    @Test
    void papersCountsOnlyTheRestOfAPartAnEarlierEntryReadSomeOf() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:book", "A book", 600)
                .explains("res:book", "a", ReadingRole.EXPLAINER, "ch. 1-2", 40)
                .explains("res:book", "b", ReadingRole.EXPLAINER, "ch. 2-3", 40)
                .build();
        Plan plan = plan(graph, "b", true);
        assertThat(step(plan, "b").time()).as("half of ch. 1-2 (ch. 2) lies in ch. 2-3").isEqualTo(StepTime.rest(20, 1));
        ReadingList list = plan.readingList().orElseThrow();
        assertThat(list.entries()).extracting(ReadingList.Entry::minutes, ReadingList.Entry::rest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(40, false), org.assertj.core.groups.Tuple.tuple(20, true));
        assertThat(list.minutes()).isEqualTo(60).isEqualTo(plan.totalMinutes());
        assertThat(PlanText.format(plan)).contains("[20 min, the rest (an entry above reads part of it)]");
        assertThat(PlanJson.toJson(plan).get("readingList").get("readings").get(1).get("rest").asBoolean()).isTrue();
    }

    /** Scaling laws and ViT as review 2 found them: parts read, then the whole paper. */
    @Test
    void aWorkReadWholeAfterSomeOfItsPartsCountsTheRest() {
        AtlasGraph graph = Graphs.builder()
                .concept("power-laws", "Power laws").concept("compute", "Compute accounting").concept("scaling-laws", "Scaling laws")
                .prereq("power-laws", "scaling-laws").prereq("compute", "scaling-laws")
                .paper("arxiv:2001.08361", "Scaling Laws for Neural Language Models", 90)
                .explains("arxiv:2001.08361", "power-laws", ReadingRole.EXPLAINER, "§1.1 Summary and §1.2 Summary of Scaling Laws", 20)
                .explains("arxiv:2001.08361", "compute", ReadingRole.EXPLAINER, "§2.1 Parameter and Compute Scaling", 10)
                .explains("arxiv:2001.08361", "scaling-laws", ReadingRole.INTRODUCES)
                .build();
        Plan plan = plan(graph, "scaling-laws", false);
        assertThat(step(plan, "scaling-laws").time()).isEqualTo(StepTime.rest(60, List.of(1, 2)));
        assertThat(plan.totalMinutes()).isEqualTo(90);
    }

    @Test
    void unparsedLabelsAreComparedByTheirTextAsBefore() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("c", "C").prereq("a", "b").prereq("b", "c")
                .resource("res:guide", "A guide", 60)
                .explains("res:guide", "a", ReadingRole.EXPLAINER, "section 'Routing'", 10)
                .explains("res:guide", "b", ReadingRole.EXPLAINER, "section 'Routing'", 10)
                .explains("res:guide", "c", ReadingRole.EXPLAINER, "section 'Experts'", 12)
                .build();
        Plan plan = plan(graph, "c", false);
        assertThat(plan.steps()).extracting(PlanStep::time)
                .containsExactly(StepTime.read(10), StepTime.sharedWith(1), StepTime.read(12));
    }
}
