package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RefusedEditException;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

class Neo4jGraphStoreTest {
    private Neo4jGraphStore store;

    @BeforeEach
    void loadDpoGraph() {
        store = TestDbms.with(Graphs.dpo()).store();
    }

    private void assertUnchanged() {
        AtlasGraph now = store.snapshot();
        assertThat(now.nodes()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().nodes());
        assertThat(now.relations()).containsExactlyInAnyOrderElementsOf(Graphs.dpo().relations());
    }

    @Test
    void snapshotGivesBackWhatWasStored() {
        assertUnchanged();
    }

    @Test
    void aLargeSnapshotArrivesInGrowingPartsThatItBeginsWith() {
        AtlasGraph large = org.mlatlas.bench.SyntheticCurriculum.generate(10_000, 20, 5);
        store.replaceAll(large);
        List<AtlasGraph> parts = new java.util.ArrayList<>();
        AtlasGraph whole = store.snapshot(parts::add);
        assertThat(whole.nodes()).containsExactlyInAnyOrderElementsOf(large.nodes());
        assertThat(whole.relations()).containsExactlyInAnyOrderElementsOf(large.relations());
        // rows read: 2,000 then 8,000 nodes; then 32,000 rows (10,000 nodes and 22,000 relationships)
        assertThat(parts).extracting(p -> p.nodes().size() + "/" + p.relations().size()).containsExactly("2000/0", "8000/0", "10000/22000");
        for (AtlasGraph part : parts) {
            assertThat(List.copyOf(whole.nodes()).subList(0, part.nodes().size())).isEqualTo(List.copyOf(part.nodes()));
            assertThat(whole.relations().subList(0, part.relations().size())).isEqualTo(part.relations());
        }
        List<AtlasGraph> none = new java.util.ArrayList<>();
        store.replaceAll(Graphs.dpo());
        store.snapshot(none::add);
        assertThat(none).as("a small graph arrives whole").isEmpty();
    }

    @Test
    void linkRefusesAPrerequisiteThatClosesACycleAndChangesNothing() {
        assertThatThrownBy(() -> store.link(Relation.of("dpo", RelationKind.PREREQUISITE, "probability")))
                .isInstanceOf(RefusedEditException.class)
                .hasMessageContaining("would close a prerequisite cycle")
                .hasMessageContaining("dpo -> probability -> kl-divergence -> dpo");
        assertThatThrownBy(() -> store.link(Relation.of("ppo", RelationKind.PREREQUISITE, "ppo")))
                .hasMessageContaining("cannot be a prerequisite of itself");
        assertUnchanged();
    }

    @Test
    void linkRefusesUnknownIdsWithSuggestions() {
        assertThatThrownBy(() -> store.link(Relation.of("rlfh", RelationKind.PREREQUISITE, "dpo")))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("no node \"rlfh\"")
                .hasMessageContaining("did you mean rlhf");
        assertUnchanged();
    }

    @Test
    void linkRefusesWrongKindsAndDuplicates() {
        assertThatThrownBy(() -> store.link(Relation.of("rlhf", RelationKind.CITES, "dpo")))
                .isInstanceOf(RefusedEditException.class).hasMessageContaining("CITES runs from a paper to a paper");
        assertThatThrownBy(() -> store.link(Relation.of("dpo", RelationKind.EXPLAINS, "rlhf")))
                .isInstanceOf(RefusedEditException.class).hasMessageContaining("EXPLAINS runs from a paper or a resource");
        assertThatThrownBy(() -> store.link(Relation.of("rlhf", RelationKind.PREREQUISITE, "dpo")))
                .isInstanceOf(RefusedEditException.class).hasMessageContaining("already exists");
        assertUnchanged();
    }

    @Test
    void linkAndUnlinkAreSavedAtOnce() {
        long before = store.revision();
        Relation edge = new Relation("arxiv:2203.02155", RelationKind.EXPLAINS, "kl-divergence", "section 3", null);
        store.link(edge);
        assertThat(store.snapshot().relations()).contains(edge);
        assertThat(store.revision()).isGreaterThan(before);
        assertThat(store.unlink("arxiv:2203.02155", RelationKind.EXPLAINS, "KL divergence"))
                .isEqualTo(Relation.of("arxiv:2203.02155", RelationKind.EXPLAINS, "kl-divergence"));
        assertThatThrownBy(() -> store.unlink("arxiv:2203.02155", RelationKind.EXPLAINS, "kl-divergence"))
                .isInstanceOf(RefusedEditException.class)
                .hasMessage("there is no arxiv:2203.02155 EXPLAINS kl-divergence to remove");
        assertUnchanged();
    }

    @Test
    void markingAnUnknownIdKnownChangesNothing() {
        assertThatThrownBy(() -> store.markKnown(List.of("rlhf", "klm-divergence"), true, false))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("did you mean kl-divergence");
        assertThat(store.snapshot().node("rlhf").orElseThrow().known()).isFalse();
        assertThat(store.markKnown(List.of("rlhf", "PPO"), true, false)).containsExactly("rlhf", "ppo");
        assertThat(store.snapshot().node("rlhf").orElseThrow().known()).isTrue();
        assertThat(store.forgetAll()).isEqualTo(2);
        assertThat(store.snapshot().node("ppo").orElseThrow().known()).isFalse();
    }

    @Test
    void searchToleratesTyposAndFindsAliases() {
        assertThat(store.search("reinforcment learning from human feedbak", 5)).extracting(Node::id).first().isEqualTo("rlhf");
        assertThat(store.search("relative entropy", 5)).extracting(Node::id).contains("kl-divergence");
        assertThat(store.search("PPO", 5)).extracting(Node::id).contains("ppo");
        assertThat(store.search("\"unbalanced (quote [", 5)).isNotNull();
    }

    @Test
    void valuesReachCypherOnlyAsParameters() {
        String hostile = "x'}) DETACH DELETE n //";
        store.addNode(Node.builder("evil", NodeKind.CONCEPT, hostile)
                .aliases(List.of("') MATCH (m) DETACH DELETE m //")).notes(hostile).build());
        Node back = store.snapshot().node("evil").orElseThrow();
        assertThat(back.name()).isEqualTo(hostile);
        assertThat(store.snapshot().nodes()).hasSize(Graphs.dpo().nodes().size() + 1);
    }

    @Test
    void addingANodeWithATakenIdIsRefused() {
        assertThatThrownBy(() -> store.addNode(Node.concept("dpo", "Another DPO")))
                .isInstanceOf(RefusedEditException.class).hasMessageContaining("already exists");
        assertUnchanged();
    }

    @Test
    void aFailedReplaceRollsBackToTheGraphBefore() {
        // an id too large for Neo4j's index fails the transaction after the old graph was deleted in it
        AtlasGraph tooLarge = new AtlasGraph(List.of(Node.concept("a", "A"), Node.concept("x".repeat(40_000), "X")), List.of());
        assertThatThrownBy(() -> store.replaceAll(tooLarge)).isInstanceOf(RuntimeException.class);
        assertUnchanged();
    }

    @Test
    void neighbourhoodGroupsEveryRelationshipOfANode() {
        Neighbourhood hood = store.neighbourhood("rlhf").orElseThrow();
        assertThat(hood.node().name()).isEqualTo("Reinforcement learning from human feedback");
        assertThat(hood.links()).extracting(l -> l.relation().toString()).containsExactlyInAnyOrder(
                "(ppo)-[:PREREQUISITE]->(rlhf)", "(sft)-[:PREREQUISITE]->(rlhf)", "(reward-modeling)-[:PREREQUISITE]->(rlhf)",
                "(kl-divergence)-[:PREREQUISITE]->(rlhf)", "(rlhf)-[:PREREQUISITE]->(dpo)",
                "(arxiv:2203.02155)-[:EXPLAINS]->(rlhf)");
        assertThat(store.neighbourhood("nope")).isEmpty();
    }

    @Test
    void addAllJoinsNewAndExistingNodesInOneTransaction() {
        Node bt = Node.paper("paper:bradley-1952", "Rank analysis of incomplete block designs", 40);
        long written = store.addAll(List.of(bt), List.of(Relation.of("paper:bradley-1952", RelationKind.EXPLAINS, "bradley-terry"),
                Relation.of("arxiv:2305.18290", RelationKind.CITES, "paper:bradley-1952")));
        assertThat(written).isEqualTo(2);
        assertThat(store.snapshot().relations()).contains(Relation.of("arxiv:2305.18290", RelationKind.CITES, "paper:bradley-1952"));
    }

    @Test
    void addAllWritesNothingWhenAnIdIsTakenOrAnEndIsMissing() {
        assertThatThrownBy(() -> store.addAll(List.of(Node.concept("new-one", "New"), Node.concept("dpo", "Dup")), List.of()))
                .isInstanceOf(RefusedEditException.class).hasMessageContaining("already exist: dpo");
        assertThatThrownBy(() -> store.addAll(List.of(Node.concept("new-one", "New")),
                List.of(Relation.of("new-one", RelationKind.PREREQUISITE, "rlfh"))))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("did you mean rlhf");
        assertUnchanged();
    }
}
