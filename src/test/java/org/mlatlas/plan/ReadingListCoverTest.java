package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.support.Graphs;

class ReadingListCoverTest {

    private static ReadingList cover(AtlasGraph graph, String target) {
        return new Planner(new PrerequisiteGraph(graph)).plan(target, Set.of(), true).readingList().orElseThrow();
    }

    @Test
    void readingListCoversEveryStepThatHasAReading() {
        AtlasGraph graph = Graphs.dpo();
        ReadingList list = cover(graph, "dpo");
        Plan plan = new Planner(new PrerequisiteGraph(graph)).plan("dpo", Set.of(), false);
        PrerequisiteGraph view = new PrerequisiteGraph(graph);
        for (PlanStep step : plan.steps()) {
            assertThat(view.readingsOf(step.node()).stream().anyMatch(r -> list.readings().stream()
                    .anyMatch(chosen -> chosen.id().equals(r.id())))).as(step.node().id()).isTrue();
        }
        assertThat(list.uncovered()).isEmpty();
        assertThat(list.approximate()).isFalse();
        assertThat(list.minutes()).isEqualTo(list.readings().stream().mapToInt(Reading::minutes).sum());
    }

    @Test
    void readingListFindsTheCheapestCoverWhereGreedyWouldNot() {
        // greedy picks the big 100-minute survey (4 steps, 25 min/step) and then pays for a and d separately;
        // the optimum is the two 40-minute readings that cover a,b and c,d
        AtlasGraph graph = Graphs.builder()
                .concept("a", "A").concept("b", "B").concept("c", "C").concept("d", "D").concept("t", "T")
                .prereq("a", "b").prereq("b", "c").prereq("c", "d").prereq("d", "t")
                .resource("res:survey", "Survey", 99).resource("res:ab", "AB", 55).resource("res:cd", "CD", 55)
                .resource("res:t", "T paper", 10)
                .explains("res:survey", "a").explains("res:survey", "b").explains("res:survey", "c").explains("res:survey", "d")
                .explains("res:ab", "a").explains("res:ab", "b").explains("res:cd", "c").explains("res:cd", "d")
                .explains("res:t", "t")
                .build();
        ReadingList list = cover(graph, "t");
        assertThat(list.readings()).extracting(Reading::id).containsExactlyInAnyOrder("res:survey", "res:t");
        assertThat(list.minutes()).isEqualTo(109);
    }

    @Test
    void stepsWithoutReadingsAreReportedAsUncovered() {
        AtlasGraph graph = Graphs.builder().concept("a", "A").concept("t", "T").prereq("a", "t")
                .resource("res:t", "T", 10).explains("res:t", "t").build();
        ReadingList list = cover(graph, "t");
        assertThat(list.uncovered()).containsExactly("a");
        assertThat(list.readings()).extracting(Reading::id).containsExactly("res:t");
    }
}
