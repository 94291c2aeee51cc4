package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/** {@code atlas path}, {@code know}, {@code forget} and {@code show} with milestones, parts, estimates and shared readings. */
class PlanCommandTest {

    /**
     * The DPO fixture with its two milestones, plus a book read by the part on maximum likelihood and a concept
     * (preference data) that no reading explains yet.
     */
    static AtlasGraph fixture() {
        AtlasGraph base = Graphs.dpoWithMilestones();
        List<Node> nodes = new ArrayList<>(base.nodes());
        nodes.add(Node.builder("res:dl-book", NodeKind.RESOURCE, "Deep Learning").minutes(2400).resourceType("book")
                .url("https://www.deeplearningbook.org/").build());
        nodes.add(Node.concept("preference-data", "Preference data"));
        List<Relation> relations = new ArrayList<>(base.relations());
        relations.add(new Relation("res:dl-book", RelationKind.EXPLAINS, "maximum-likelihood", null, ReadingRole.EXPLAINER)
                .withPart("ch. 5.5", 25));
        relations.add(Relation.of("preference-data", RelationKind.PREREQUISITE, "reward-modeling"));
        return new AtlasGraph(nodes, relations);
    }

    @BeforeEach
    void load() {
        TestDbms.with(fixture());
    }

    @Test
    void aPlanSaysWhatItTakesStepByStepWithEstimatesAndReadingsReadOnce() {
        CliRun run = atlas("path", "dpo");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).startsWith("What to read before Direct preference optimization (dpo): 14 steps then the target, "
                + "about 9 h 50 min reading/viewing time (1 step estimated).\n");
        assertThat(run.out).contains("read: Deep Learning, ch. 5.5 (book) [25 min] https://www.deeplearningbook.org/")
                .contains("also: Notes on likelihood and preference models (blog) [30 min]")
                .contains("Preference data (preference-data)  [~1 h 15 min, estimated]")
                .contains("Supervised fine-tuning (sft)  [already read in step ")
                .contains("read: Training language models to follow instructions with human feedback [2 h 00 min, already read in step ")
                .contains("RL basics (rl-basics, milestone)  [nothing more to read]")
                .contains("read: Direct Preference Optimization (original paper) [1 h 30 min]")
                .doesNotContain("[?]").doesNotContain(" minutes");
    }

    @Test
    void aPlanFromScratchNamesTheMilestonesThatShortenItWithTheirCommands() {
        assertThat(atlas("path", "dpo").out).contains("then the target, about 9 h 50 min reading/viewing time (1 step estimated).\n"
                + "Starting from scratch. A milestone you know would shorten it:\n"
                + "  if you know ML basics: `atlas path dpo --known ml-basics`, 10 steps then the target (4 fewer)\n"
                + "  if you know RL basics: `atlas path dpo --known rl-basics`, 9 steps then the target (5 fewer)\n\n 1. ");
        CliRun shorter = atlas("path", "dpo", "--known", "ml-basics");
        assertThat(shorter.out).startsWith("What to read before Direct preference optimization (dpo): 10 steps then the target")
                .contains("Left out because you know them: ml-basics (a milestone, with everything it stands on: 4 concepts of this plan).")
                .doesNotContain("Starting from scratch").doesNotContain("(calculus)").doesNotContain("(probability)");
        assertThat(atlas("path", "dpo").out).as("--known is for one query").contains("(calculus)");
    }

    @Test
    void knowingAMilestoneIsStoredOnceAndForgettingItBringsItsClosureBack() {
        CliRun know = atlas("know", "ML basics");
        assertThat(know.out).contains("Marked known: ml-basics")
                .contains("ml-basics is a milestone: plans now leave out the 4 concepts it stands on.");
        assertThat(atlas("path", "dpo").out).doesNotContain("(calculus)").doesNotContain("(maximum-likelihood)")
                .contains("Left out because you know them: ml-basics (a milestone, with everything it stands on: 4 concepts of this plan).");
        assertThat(atlas("path", "maximum-likelihood").out).startsWith("You already know Maximum likelihood "
                + "(maximum-likelihood) through the milestone ML basics (ml-basics): nothing to read first.");

        CliRun forgetOne = atlas("forget", "calculus");
        assertThat(forgetOne.out).contains("calculus is still known through the milestone ml-basics "
                + "(`atlas forget ml-basics` to plan it again).");
        assertThat(atlas("path", "dpo").out).doesNotContain("(calculus)");

        CliRun forget = atlas("forget", "ml-basics");
        assertThat(forget.out).contains("ml-basics is a milestone: plans include the 4 concepts it stands on again");
        assertThat(atlas("path", "dpo").out).contains("(calculus)").contains("Starting from scratch");
    }

    @Test
    void showMarksAMilestone() {
        CliRun show = atlas("show", "ml-basics");
        assertThat(show.out).startsWith("ML basics  (ml-basics, ").contains(", milestone)")
                .contains("knowing it means knowing everything it stands on");
    }

    @Test
    void jsonCarriesRolesPartsEstimatesSharedStepsAndMilestones() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(atlas("path", "dpo", "--json", "--papers").out);
        assertThat(plan.get("fromScratch").asBoolean()).isTrue();
        assertThat(plan.get("milestoneShortcuts").get(0).get("command").asText()).isEqualTo("atlas path dpo --known ml-basics");
        assertThat(plan.get("milestoneShortcuts").get(0).get("steps").asInt()).isEqualTo(11);
        JsonNode steps = plan.get("steps");
        JsonNode mle = step(steps, "maximum-likelihood");
        assertThat(mle.get("readings").get(0).get("role").asText()).isEqualTo("explains");
        assertThat(mle.get("readings").get(0).get("part").asText()).isEqualTo("ch. 5.5");
        assertThat(mle.get("readings").get(0).get("minutes").asInt()).isEqualTo(25);
        assertThat(mle.get("estimated").asBoolean()).isFalse();
        assertThat(step(steps, "ppo").get("readings").get(0).get("role").asText()).isEqualTo("introduces");
        assertThat(step(steps, "bradley-terry").get("readings").get(0).get("role").asText()).isEqualTo("covers");
        assertThat(step(steps, "preference-data").get("estimated").asBoolean()).isTrue();
        assertThat(step(steps, "preference-data").get("minutes").asInt()).isEqualTo(75);
        JsonNode sft = step(steps, "sft");
        assertThat(sft.get("minutes").asInt()).isZero();
        int sharedWith = sft.get("sharedWith").asInt();
        assertThat(steps.get(sharedWith - 1).get("readings").get(0).get("id").asText())
                .isEqualTo(sft.get("readings").get(0).get("id").asText());
        assertThat(step(steps, "rl-basics").get("milestone").asBoolean()).isTrue();
        assertThat(step(steps, "kl-divergence").has("sharedWith")).isFalse();
        int sum = 0;
        for (JsonNode s : steps) {
            sum += s.get("minutes").asInt();
        }
        assertThat(plan.get("totalMinutes").asInt()).isEqualTo(sum).isEqualTo(9 * 60 + 50);
        assertThat(plan.get("estimatedSteps").asInt()).isEqualTo(1);
        assertThat(plan.get("readingList").get("minutes").asInt()).isLessThanOrEqualTo(sum);
    }

    @Test
    void markdownSaysTheSameAsTheText() {
        CliRun md = atlas("path", "dpo", "--markdown");
        assertThat(md.out).startsWith("## Reading plan: Direct preference optimization\n\n"
                + "14 steps then the target, about 9 h 50 min reading/viewing time (1 step estimated).\n\n"
                + "Starting from scratch. A milestone you know would shorten it:\n\n"
                + "- if you know ML basics: `atlas path dpo --known ml-basics`, 10 steps then the target (4 fewer)\n"
                + "- if you know RL basics: `atlas path dpo --known rl-basics`, 9 steps then the target (5 fewer)\n\n- [ ] **");
        assertThat(md.out).contains("- [ ] **Preference data** (`preference-data`, ~1 h 15 min, estimated)")
                .contains("- [ ] **RL basics** (`rl-basics`, milestone, nothing more to read)")
                .contains("(`sft`, already read in step ")
                .contains("  - [Deep Learning, ch. 5.5 (book)](https://www.deeplearningbook.org/) (25 min)");
    }

    private static JsonNode step(JsonNode steps, String id) {
        for (JsonNode s : steps) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no step " + id);
    }
}
