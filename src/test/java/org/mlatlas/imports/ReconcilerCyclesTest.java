package org.mlatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.plan.CycleFinder;

/** The import's cycle check looks only at the nodes that may lie on a cycle, and finds the same cycles. */
class ReconcilerCyclesTest {

    @Test
    void anAcyclicImportLeavesNoNodeToSearch() {
        List<Relation> dag = List.of(edge("a", "b"), edge("b", "c"), edge("a", "c"), edge("c", "d"));
        assertThat(Reconciler.mayBeOnCycles(dag)).isEmpty();
    }

    @Test
    void cyclesAndSelfLoopsRemainWithThePathsBetweenThem() {
        List<Relation> edges = List.of(edge("x", "a"), edge("a", "b"), edge("b", "a"), edge("b", "c"), edge("c", "d"),
                edge("d", "c"), edge("d", "e"), edge("s", "s"), edge("e", "f"));
        assertThat(Reconciler.mayBeOnCycles(edges)).containsExactlyInAnyOrder("a", "b", "c", "d", "s");
    }

    @Test
    void theSubgraphHasTheSameCyclesAsTheWholeGraphOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(40);
            int m = random.nextInt(3 * n);
            List<Relation> edges = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                // mostly forward edges, as in real prerequisite data, with some backward ones closing cycles
                if (a > b && random.nextInt(6) > 0) {
                    int t = a;
                    a = b;
                    b = t;
                }
                edges.add(edge("n" + a, "n" + b));
            }
            Set<String> keep = Reconciler.mayBeOnCycles(edges);
            assertThat(CycleFinder.cycles(graph(edges, null))).as("round %d: %s", round, edges)
                    .isEqualTo(CycleFinder.cycles(graph(edges, keep)));
        }
    }

    private static Graph<String, DefaultEdge> graph(List<Relation> edges, Set<String> keep) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Relation r : edges) {
            if (keep == null || keep.contains(r.from()) && keep.contains(r.to())) {
                g.addVertex(r.from());
                g.addVertex(r.to());
                g.addEdge(r.from(), r.to());
            }
        }
        return g;
    }

    private static Relation edge(String from, String to) {
        return Relation.of(from, RelationKind.PREREQUISITE, to);
    }
}
