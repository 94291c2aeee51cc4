package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.Plans.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.report.PlanJson;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.report.PlanText;
import org.mlatlas.support.Graphs;

/**
 * A paper asked about (review 2, P1) is planned through the concepts it introduces: their prerequisites, then those
 * concepts with the paper as their reading, then the paper, whose time counts once.
 */
class PaperTargetPlanTest {

    private static Plan plan(AtlasGraph graph, String target, String... known) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(known), false);
    }

    private static List<String> ids(Plan plan) {
        return plan.steps().stream().map(s -> s.node().id()).toList();
    }

    /** Sleeper Agents as review 2 found it: no prerequisites of its own, the concept it introduces has many. */
    private static Graphs sleeperAgents() {
        return Graphs.builder()
                .concept("backdoors", "Backdoors").concept("deceptive-alignment", "Deceptive alignment")
                .concept("sleeper-agents", "Sleeper agents").concept("alignment-auditing", "Alignment auditing")
                .prereq("backdoors", "sleeper-agents").prereq("deceptive-alignment", "sleeper-agents")
                .paper("arxiv:2401.05566", "Sleeper Agents", 180)
                .resource("res:backdoors", "Backdoors explained", 20)
                .resource("res:deception", "Deceptive alignment explained", 30)
                .explains("res:backdoors", "backdoors", ReadingRole.EXPLAINER)
                .explains("res:deception", "deceptive-alignment", ReadingRole.EXPLAINER)
                .explains("arxiv:2401.05566", "sleeper-agents", ReadingRole.INTRODUCES, "§1 Introduction and the methods", 60)
                .explains("arxiv:2401.05566", "alignment-auditing", ReadingRole.COVERS, "§1 Introduction", 25);
    }

    @Test
    void aPaperIsPlannedThroughTheConceptItIntroducesAndCountedOnce() {
        Plan plan = plan(sleeperAgents().build(), "arxiv:2401.05566");
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.PLANNED);
        assertThat(ids(plan)).containsExactly("backdoors", "deceptive-alignment", "sleeper-agents", "arxiv:2401.05566");
        assertThat(plan.paper().orElseThrow().role()).isEqualTo(ReadingRole.INTRODUCES);
        assertThat(plan.paper().orElseThrow().concepts()).extracting(Node::id).containsExactly("sleeper-agents");
        PlanStep concept = step(plan, "sleeper-agents");
        assertThat(concept.firstReading().orElseThrow().id()).isEqualTo("arxiv:2401.05566");
        assertThat(concept.time()).isEqualTo(StepTime.read(60));
        assertThat(concept.neededFor()).containsExactly("arxiv:2401.05566");
        PlanStep paper = step(plan, "arxiv:2401.05566");
        assertThat(paper.time()).as("the rest of the paper, 180 less the 60 read at sleeper-agents").isEqualTo(StepTime.rest(120, 3));
        assertThat(plan.totalMinutes()).isEqualTo(30 + 20 + 180);

        String text = PlanText.format(plan);
        assertThat(text).startsWith("What to read before Sleeper Agents (arxiv:2401.05566): 3 steps then the target, about 3 h 50 min"
                        + " reading/viewing time.\nSleeper Agents introduces sleeper-agents: the plan reads what that needs, then it and"
                        + " the paper, the paper counted once.\n")
                .contains("4. Sleeper Agents (arxiv:2401.05566)  [2 h 00 min, the rest after step 3]  <- target\n"
                        + "   read: rest of Sleeper Agents [3 h 00 min, partly read in step 3]");
        assertThat(PlanMarkdown.format(plan)).contains("Sleeper Agents introduces sleeper-agents: the plan reads")
                .contains("- [ ] **Sleeper Agents** (`arxiv:2401.05566`, 2 h 00 min, the rest after step 3)\n"
                        + "  - [rest of Sleeper Agents](https://arxiv.org/abs/2401.05566) (3 h 00 min, partly read in step 3)");
        JsonNode json = PlanJson.toJson(plan);
        assertThat(json.get("paper").get("role").asText()).isEqualTo("introduces");
        assertThat(json.get("paper").get("concepts").get(0).asText()).isEqualTo("sleeper-agents");
        assertThat(json.get("paper").get("planned").asBoolean()).isTrue();
        JsonNode last = json.get("steps").get(3);
        assertThat(last.get("minutes").asInt()).isEqualTo(120);
        assertThat(last.get("restAfter").asInt()).isEqualTo(3);
        assertThat(last.get("readings").get(0).get("partlyReadInStep").asInt()).isEqualTo(3);
        assertThat(json.get("totalMinutes").asInt()).isEqualTo(230);
    }

    @Test
    void aPaperReadWholeAtItsConceptIsAlreadyReadAtTheEnd() {
        Plan plan = plan(Graphs.dpo(), "arxiv:2305.18290");
        assertThat(ids(plan)).endsWith("dpo", "arxiv:2305.18290").hasSize(14);
        assertThat(step(plan, "dpo").time()).isEqualTo(StepTime.read(90));
        assertThat(step(plan, "arxiv:2305.18290").time()).isEqualTo(StepTime.sharedWith(13));
        assertThat(plan.totalMinutes()).isEqualTo(plan(Graphs.dpo(), "dpo").totalMinutes());
    }

    @Test
    void knownPrerequisitesAndAKnownConceptAreLeftOut() {
        Plan plan = plan(sleeperAgents().build(), "arxiv:2401.05566", "deceptive-alignment");
        assertThat(ids(plan)).containsExactly("backdoors", "sleeper-agents", "arxiv:2401.05566");
        Plan knownConcept = plan(sleeperAgents().build(), "arxiv:2401.05566", "sleeper-agents");
        assertThat(knownConcept.outcome()).isEqualTo(Plan.Outcome.NOTHING_BEFORE);
        assertThat(PlanText.format(knownConcept)).contains("needs nothing you don't already know")
                .contains("Sleeper Agents introduces sleeper-agents, which you already know.");
    }

    @Test
    void withoutAnIntroducedConceptThePaperIsPlannedThroughTheConceptsItExplains() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").prereq("a", "b")
                .paper("paper:tutorial", "A tutorial on B", 40)
                .explains("paper:tutorial", "b", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(graph, "paper:tutorial");
        assertThat(ids(plan)).containsExactly("a", "b", "paper:tutorial");
        assertThat(plan.paper().orElseThrow().role()).isEqualTo(ReadingRole.EXPLAINER);
        assertThat(PlanText.format(plan)).contains("A tutorial on B explains b: the plan reads");
    }

    @Test
    void aPaperThatOnlyCoversConceptsKeepsItsShortAnswerAndPointsToThem() {
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("grpo", "GRPO").prereq("a", "grpo")
                .paper("arxiv:2503.20783", "Understanding R1-Zero-Like Training", 40)
                .explains("arxiv:2503.20783", "grpo", ReadingRole.COVERS)
                .build();
        Plan plan = plan(graph, "arxiv:2503.20783");
        assertThat(plan.outcome()).isEqualTo(Plan.Outcome.NOTHING_BEFORE);
        assertThat(ids(plan)).containsExactly("arxiv:2503.20783");
        assertThat(plan.paper().orElseThrow().planned()).isFalse();
        assertThat(PlanText.format(plan)).startsWith("Understanding R1-Zero-Like Training (arxiv:2503.20783) has no prerequisites:"
                + " start with its readings, about 40 min reading/viewing time.\nUnderstanding R1-Zero-Like Training introduces and explains no concept of the graph;"
                + " it covers grpo: plan it with `atlas path grpo`.\n");
        assertThat(PlanJson.toJson(plan).get("paper").get("planned").asBoolean()).isFalse();
        Plan nothing = plan(Graphs.builder().paper("paper:alone", "Alone", 30).build(), "paper:alone");
        assertThat(nothing.paper()).isEmpty();
        assertThat(PlanText.format(nothing)).startsWith("Alone (paper:alone) has no prerequisites: start with its readings, about 30 min reading/viewing time.\n\n");
    }

    @Test
    void aPaperIntroducingSeveralConceptsReadsItsPartsOnceAndTheRestAtTheEnd() {
        AtlasGraph graph = Graphs.builder()
                .concept("attention", "Attention").concept("self-attention", "Self-attention").concept("transformer", "Transformer")
                .prereq("attention", "self-attention").prereq("self-attention", "transformer")
                .paper("arxiv:1706.03762", "Attention Is All You Need", 75)
                .resource("res:attention", "Attention explained", 20)
                .explains("res:attention", "attention", ReadingRole.EXPLAINER)
                .explains("arxiv:1706.03762", "self-attention", ReadingRole.INTRODUCES, "sec. 3.2", 20)
                .explains("arxiv:1706.03762", "transformer", ReadingRole.INTRODUCES, "sec. 3", 45)
                .build();
        Plan plan = plan(graph, "arxiv:1706.03762");
        assertThat(ids(plan)).containsExactly("attention", "self-attention", "transformer", "arxiv:1706.03762");
        assertThat(step(plan, "transformer").time()).as("sec. 3 less its sec. 3.2").isEqualTo(StepTime.rest(25, 2));
        assertThat(step(plan, "arxiv:1706.03762").time()).as("the rest after both steps that read a part of it")
                .isEqualTo(StepTime.rest(30, List.of(2, 3)));
        assertThat(PlanText.format(plan)).contains("4. Attention Is All You Need (arxiv:1706.03762)  [30 min, the rest after steps 2"
                + " and 3]  <- target\n   read: rest of Attention Is All You Need [1 h 15 min, partly read in steps 2 and 3]");
        assertThat(plan.totalMinutes()).isEqualTo(20 + 75);
    }

    @Test
    void aPaperTargetWithPapersCoversThePaperOnce() {
        Plan plan = new Planner(new PrerequisiteGraph(sleeperAgents().build())).plan("arxiv:2401.05566", Set.of(), true);
        ReadingList list = plan.readingList().orElseThrow();
        assertThat(list.entries()).extracting(e -> e.reading().id())
                .containsExactly("res:backdoors", "res:deception", "arxiv:2401.05566");
        assertThat(list.minutes()).isEqualTo(30 + 20 + 180).isLessThanOrEqualTo(plan.totalMinutes());
    }
}
