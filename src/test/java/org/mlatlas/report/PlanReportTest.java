package org.mlatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.ReadingRole;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.support.Graphs;

/** One wording and one total in every report of a plan. */
class PlanReportTest {

    private static Plan plan(AtlasGraph graph, String target, String... known) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(known), true);
    }

    @Test
    void timesAreHoursAndMinutesNeverRawMinutes() {
        assertThat(Minutes.format(3695)).isEqualTo("61 h 35 min");
        assertThat(Minutes.format(60)).isEqualTo("1 h 00 min");
        assertThat(Minutes.format(45)).isEqualTo("45 min");
        assertThat(Minutes.format(0)).isEqualTo("0 min");
    }

    @Test
    void earlierStepsAreNamedEachOnceARunOfThreeOrMoreAsARange() {
        assertThat(PlanWording.steps(java.util.List.of(34))).isEqualTo("step 34");
        assertThat(PlanWording.steps(java.util.List.of(33, 34))).isEqualTo("steps 33 and 34");
        assertThat(PlanWording.steps(java.util.List.of(12, 33, 34))).isEqualTo("steps 12, 33 and 34");
        assertThat(PlanWording.steps(java.util.List.of(16, 17, 18, 21))).isEqualTo("steps 16-18 and 21");
        assertThat(PlanWording.steps(java.util.List.of(2, 5, 6, 7, 8))).isEqualTo("steps 2 and 5-8");
    }

    @Test
    void theSizeOfAPlanIsSaidOneWayInTextMarkdownAndTheExplorersHeadline() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        String size = PlanWording.size(plan);
        assertThat(size).isEqualTo("12 steps then the target, about " + Minutes.format(plan.totalMinutes()) + " reading/viewing time");
        assertThat(PlanText.format(plan)).startsWith("What to read before Direct preference optimization (dpo): " + size + ".\n");
        assertThat(PlanMarkdown.format(plan)).contains("\n\n12 steps then the target, about ");
        assertThat(PlanWording.headline(plan)).isEqualTo("What to read before Direct preference optimization: " + size);
    }

    @Test
    void oneStepAndEstimatedStepsAreCountedInWords() {
        AtlasGraph graph = Graphs.builder().concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:b", "On B", 30).explains("res:b", "b", ReadingRole.EXPLAINER).build();
        Plan plan = plan(graph, "b");
        assertThat(PlanWording.size(plan)).isEqualTo("1 step then the target, about 1 h 45 min reading/viewing time (1 step estimated)");
        assertThat(PlanWording.stepTime(plan.steps().get(0))).isEqualTo("~1 h 15 min, estimated");
        assertThat(PlanWording.stepTime(plan.steps().get(1))).isEqualTo("30 min");
    }

    @Test
    void aKnownTargetAndATargetWithNothingBeforeItAreSaidPlainly() {
        assertThat(PlanWording.size(plan(Graphs.dpo(), "dpo", "dpo"))).isEqualTo("already known, nothing to read");
        assertThat(PlanWording.size(plan(Graphs.dpo(), "probability"))).isEqualTo("nothing to read first, about 1 h 00 min reading/viewing time");
        // the text report says the total too, not only the step's own time (the review read it as a missing line)
        assertThat(PlanText.format(plan(Graphs.dpo(), "probability")))
                .startsWith("Probability (probability) has no prerequisites: start with its readings, about 1 h 00 min reading/viewing time.\n");
        assertThat(PlanText.format(plan(Graphs.dpo(), "kl-divergence", "probability")))
                .contains("needs nothing you don't already know: start with its readings, about ");
    }

    @Test
    void jsonRolesAreTheIssuesWords() {
        assertThat(PlanJson.roleWord(ReadingRole.INTRODUCES)).isEqualTo("introduces");
        assertThat(PlanJson.roleWord(ReadingRole.EXPLAINER)).isEqualTo("explains");
        assertThat(PlanJson.roleWord(ReadingRole.COVERS)).isEqualTo("covers");
    }

    @Test
    void theReadingListSaysWhichStepsEachReadingCoversInEveryFormat() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        assertThat(PlanText.format(plan)).contains("Shortest reading list covering the plan (")
                .contains("  - Notes on likelihood and preference models (blog) [30 min] https://example.org/res:ml-notes\n"
                        + "      for maximum-likelihood, bradley-terry, language-modeling\n");
        assertThat(PlanMarkdown.format(plan)).contains("- [ ] [Notes on likelihood and preference models (blog)]"
                + "(https://example.org/res:ml-notes) (30 min): for maximum-likelihood, bradley-terry, language-modeling\n");
        JsonNode entry = PlanJson.toJson(plan).get("readingList").get("readings").get(0);
        assertThat(entry.get("steps").isArray()).isTrue();
        assertThat(entry.get("estimated").isBoolean()).isTrue();
        assertThat(entry.get("role").asText()).isIn("introduces", "explains", "covers");
    }

    /** Review 2, P9: the totals are reading and viewing time, not study time, and every header that shows one says so. */
    @Test
    void totalsSayTheyAreReadingAndViewingTime() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        assertThat(PlanText.format(plan)).contains(" reading/viewing time.\n")
                .contains("Shortest reading list covering the plan (").contains(" reading/viewing time, minimal)");
        assertThat(PlanMarkdown.format(plan)).contains(" reading/viewing time.\n").contains("### Shortest reading list, about ");
        assertThat(PlanMarkdown.format(plan)).containsPattern("### Shortest reading list, about [^\\n]* reading/viewing time\n");
        assertThat(PlanJson.toJson(plan).has("totalMinutes")).isTrue();
    }

    /** Review 2, P7: what a reading that introduced the idea is called depends on what it is. */
    @Test
    void theOriginalReadingIsNamedByItsKind() {
        AtlasGraph graph = Graphs.builder()
                .concept("logit-lens", "Logit lens").concept("rmsprop", "RMSProp").concept("dpo", "DPO")
                .resource("res:logit-lens-post", "interpreting GPT: the logit lens", 30)
                .paper("arxiv:2305.18290", "Direct Preference Optimization", 90)
                .explains("res:logit-lens-post", "logit-lens", ReadingRole.INTRODUCES)
                .explains("arxiv:2305.18290", "dpo", ReadingRole.INTRODUCES)
                .build();
        org.mlatlas.domain.Node lecture = org.mlatlas.domain.Node.builder("res:hinton", org.mlatlas.domain.NodeKind.RESOURCE,
                "Lecture 6e: rmsprop").resourceType("video").build();
        assertThat(PlanWording.originalLabel(plan(graph, "logit-lens").steps().get(0).readings().get(0))).isEqualTo("original post");
        assertThat(PlanWording.originalLabel(plan(graph, "dpo").steps().get(0).readings().get(0))).isEqualTo("original paper");
        assertThat(PlanWording.originalLabel(org.mlatlas.plan.Reading.of(lecture, ReadingRole.INTRODUCES))).isEqualTo("introduced in");
        assertThat(PlanText.format(plan(graph, "logit-lens"))).contains("read: interpreting GPT: the logit lens (blog) (original post) [30 min]");
        AtlasGraph listed = Graphs.builder()
                .concept("logit-lens", "Logit lens")
                .resource("res:logit-lens-post", "interpreting GPT: the logit lens", 30)
                .resource("res:tuned-lens", "The tuned lens explained", 20)
                .explains("res:logit-lens-post", "logit-lens", ReadingRole.INTRODUCES)
                .explains("res:tuned-lens", "logit-lens", ReadingRole.EXPLAINER)
                .build();
        Plan plan = plan(listed, "logit-lens");
        assertThat(PlanText.format(plan)).contains("   original post: interpreting GPT: the logit lens (blog) [30 min]");
        assertThat(PlanMarkdown.format(plan)).contains("  - original post: [interpreting GPT: the logit lens (blog)]");
    }
}
