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
    void theSizeOfAPlanIsSaidOneWayInTextMarkdownAndTheExplorersHeadline() {
        Plan plan = plan(Graphs.dpo(), "dpo");
        String size = PlanWording.size(plan);
        assertThat(size).isEqualTo("12 steps then the target, about " + Minutes.format(plan.totalMinutes()));
        assertThat(PlanText.format(plan)).startsWith("What to read before Direct preference optimization (dpo): " + size + ".\n");
        assertThat(PlanMarkdown.format(plan)).contains("\n\n12 steps then the target, about ");
        assertThat(PlanWording.headline(plan)).isEqualTo("What to read before Direct preference optimization: " + size);
    }

    @Test
    void oneStepAndEstimatedStepsAreCountedInWords() {
        AtlasGraph graph = Graphs.builder().concept("a", "A").concept("b", "B").prereq("a", "b")
                .resource("res:b", "On B", 30).explains("res:b", "b", ReadingRole.EXPLAINER).build();
        Plan plan = plan(graph, "b");
        assertThat(PlanWording.size(plan)).isEqualTo("1 step then the target, about 1 h 45 min (1 step estimated)");
        assertThat(PlanWording.stepTime(plan.steps().get(0))).isEqualTo("~1 h 15 min, estimated");
        assertThat(PlanWording.stepTime(plan.steps().get(1))).isEqualTo("30 min");
    }

    @Test
    void aKnownTargetAndATargetWithNothingBeforeItAreSaidPlainly() {
        assertThat(PlanWording.size(plan(Graphs.dpo(), "dpo", "dpo"))).isEqualTo("already known, nothing to read");
        assertThat(PlanWording.size(plan(Graphs.dpo(), "probability"))).isEqualTo("nothing to read first, about 1 h 00 min");
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
}
