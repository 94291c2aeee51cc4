package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** The sized reads start from indexes and expand each node once: what Neo4j plans for them (EXPLAIN), never a scan of all nodes. */
class QueryPlanTest {
    private static List<String> operators(String query, Map<String, Object> params) {
        try (Session session = TestDbms.with(Graphs.dpo()).connection().driver().session()) {
            List<String> names = new ArrayList<>();
            collect(session.run("EXPLAIN " + query, params).consume().plan(), names);
            return names;
        }
    }

    private static void collect(Plan plan, List<String> names) {
        names.add(plan.operatorType().replace("@neo4j", ""));
        plan.children().forEach(c -> collect(c, names));
    }

    @Test
    void thePlanScopeSeeksItsRootsAndMilestonesAndExpandsByBreadthFirstPruning() {
        List<String> plan = operators(Queries.PLAN_SCOPE, Map.of("roots", List.of("dpo", "ppo"), "readFor",
                List.of("arxiv:2305.18290"), "known", List.of("rlhf")));
        assertThat(plan).contains("NodeUniqueIndexSeek", "NodeIndexSeek", "VarLengthExpand(Pruning,BFS,All)")
                .noneMatch(op -> op.contains("LabelScan") || op.contains("AllNodesScan"));
    }

    @Test
    void namesResolveByIndexSeeksAndAncestorsByPruning() {
        List<String> resolve = operators(Queries.RESOLVE, Map.of("most", 10,
                "wanted", List.of(Map.of("index", 0, "text", "DPO", "key", NodeMapping.nameKey("DPO")))));
        assertThat(resolve).contains("NodeUniqueIndexSeek", "NodeIndexContainsScan")
                .noneMatch(op -> op.contains("LabelScan") || op.contains("AllNodesScan") || op.contains("Expand"));
        assertThat(operators(Queries.ANCESTORS, Map.of("ids", List.of("dpo"))))
                .contains("NodeUniqueIndexSeek", "VarLengthExpand(Pruning,BFS,All)");
    }
}
