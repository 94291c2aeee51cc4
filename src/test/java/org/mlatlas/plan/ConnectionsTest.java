package org.mlatlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.support.Graphs;

/** "How does A connect to B": shortest paths over every relationship kind, either direction. */
class ConnectionsTest {
    private final AtlasGraph dpo = Graphs.dpo();

    @Test
    void theShortestPathGoesAgainstArrowsAndAcrossKinds() {
        List<Connections.Path> paths = Connections.between(dpo, "kl-divergence", "arxiv:1707.06347", 3);
        Connections.Path shortest = paths.get(0);
        assertThat(shortest.nodeIds()).containsExactly("kl-divergence", "rlhf", "ppo", "arxiv:1707.06347");
        assertThat(shortest.steps()).extracting(s -> s.relation().kind())
                .containsExactly(RelationKind.PREREQUISITE, RelationKind.PREREQUISITE, RelationKind.EXPLAINS);
        assertThat(shortest.steps()).extracting(Connections.Step::forward).containsExactly(true, false, false);
    }

    @Test
    void onlyPathsAtMostOneStepLongerThanTheShortestAreKeptShortestFirst() {
        List<Connections.Path> paths = Connections.between(dpo, "calculus", "dpo", 10);
        int shortest = paths.get(0).steps().size();
        assertThat(paths).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.steps().size()).isBetween(shortest, shortest + 1));
        assertThat(paths).extracting(p -> p.steps().size()).isSorted();
        assertThat(paths).allSatisfy(p -> assertThat(p.nodeIds()).doesNotHaveDuplicates().startsWith("calculus").endsWith("dpo"));
        assertThat(Connections.between(dpo, "calculus", "dpo", 10)).as("the same answer every time").isEqualTo(paths);
    }

    @Test
    void unconnectedOrIdenticalNodesHaveNoPathAndUnknownOnesAreNamed() {
        AtlasGraph islands = Graphs.builder().concept("a", "A").concept("b", "B").concept("c", "C").prereq("a", "b").build();
        assertThat(Connections.between(islands, "a", "c", 3)).isEmpty();
        assertThat(Connections.between(islands, "a", "a", 3)).isEmpty();
        assertThat(Connections.between(islands, "b", "a", 1)).singleElement()
                .satisfies(p -> assertThat(p.nodeIds()).containsExactly("b", "a"));
        assertThatThrownBy(() -> Connections.between(islands, "a", "zzz", 3)).hasMessage("no node zzz in the graph");
    }
}
