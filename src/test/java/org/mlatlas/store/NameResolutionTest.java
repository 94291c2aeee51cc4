package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NameMatcher;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.domain.UnknownIdException;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;
import org.neo4j.driver.Session;

/**
 * Names resolve in the store (an index seek per name, never the whole graph) exactly as {@link NameMatcher}
 * resolves them over every node: ids, then names, titles, aliases and arXiv ids ignoring case, accents and
 * punctuation; several nodes with the name, or none, get the same "did you mean".
 */
class NameResolutionTest {
    private static final List<String> TYPED = List.of(
            "dpo", "DPO", "rlhf", "Reinforcement Learning from Human Feedback", "reinforcement-learning-from-human-feedback",
            "kl-divergence", "KL divergence", "kl_divergence", "Relative Entropy", "  relative   entropy!  ",
            "arxiv:2305.18290", "2305.18290", "Training language models to follow instructions with human feedback",
            "res:rl-book", "An RL book chapter", "Kullback–Leibler", "Kullback Leibler", "KULLBACK-LEIBLER",
            "Ünïcödé", "unicode", "中文", "中文 ", "עברית", "🙂",
            // several nodes have this name: the concept dpo and the paper that introduced it
            "Direct preference optimization",
            // typos and near misses
            "rlfh", "dop", "klm-divergence", "reinforcment learning", "Proximal", "probabilty", "zzzz", "x".repeat(5_000));

    private Neo4jGraphStore store;
    private AtlasGraph graph;

    @BeforeEach
    void loadGraph() {
        AtlasGraph dpo = Graphs.dpo();
        List<Node> nodes = new ArrayList<>(dpo.nodes());
        nodes.add(Node.builder("kullback-leibler", NodeKind.CONCEPT, "Kullback–Leibler bound").aliases(List.of("Kullback-Leibler")).build());
        nodes.add(Node.concept("unicode-name", "🙂 Ünïcödé 中文 עברית"));
        nodes.add(Node.concept("zh", "中文"));
        graph = new AtlasGraph(nodes, dpo.relations());
        store = TestDbms.with(graph).store();
    }

    @Test
    void theStoreResolvesEveryNameAsTheMatcherOverTheWholeGraphDoes() {
        NameMatcher matcher = new NameMatcher(graph.nodes());
        for (String text : TYPED) {
            String expected = matcher.resolve(text).map(Node::id)
                    .orElseGet(() -> new UnknownIdException(text, matcher.didYouMean(text)).getMessage());
            String actual;
            try {
                actual = store.resolve(List.of(text)).get(0).id();
            } catch (UnknownIdException e) {
                actual = e.getMessage();
            }
            assertThat(actual).as(text.length() > 40 ? text.substring(0, 40) : text).isEqualTo(expected);
        }
    }

    @Test
    void theUsualWaysOfNamingANodeResolve() {
        assertThat(store.resolve(List.of("DPO", "relative entropy", "2305.18290", "Kullback Leibler", "Ünïcödé", "中文")))
                .extracting(Node::id)
                .containsExactly("dpo", "kl-divergence", "arxiv:2305.18290", "kullback-leibler", "unicode-name", "zh");
    }

    @Test
    void aNameOfSeveralNodesOrOfNoneIsRefusedWithSuggestions() {
        assertThatThrownBy(() -> store.resolve(List.of("dpo", "Direct preference optimization")))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("did you mean").hasMessageContaining("arxiv:2305.18290").hasMessageContaining("dpo");
        assertThatThrownBy(() -> store.resolve(List.of("rlfh"))).hasMessage("no node \"rlfh\" in the graph; did you mean rlhf"
                + " (Reinforcement learning from human feedback)?");
        // a text in symbols names a node of exactly that name, never every node without a Latin letter
        assertThatThrownBy(() -> store.resolve(List.of("🙂"))).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void editsByNameResolveInTheirOwnTransaction() {
        Relation stored = store.linkNamed(new Relation("Proximal Policy Optimization Algorithms", RelationKind.EXPLAINS,
                "Relative entropy", "sec. 4", null));
        assertThat(stored).isEqualTo(new Relation("arxiv:1707.06347", RelationKind.EXPLAINS, "kl-divergence", "sec. 4", null));
        assertThat(store.snapshot().relations()).contains(stored);
        assertThatThrownBy(() -> store.linkNamed(Relation.of("rlfh", RelationKind.PREREQUISITE, "dpo")))
                .isInstanceOf(UnknownIdException.class).hasMessageContaining("did you mean rlhf");
        assertThat(store.unlink("arxiv:1707.06347", RelationKind.EXPLAINS, "KL divergence")).isEqualTo(stored.withNote(null));
        assertThat(store.markKnown(List.of("PPO"), true, true)).containsExactly("ppo", "calculus", "gradient-descent",
                "policy-gradient", "probability");
        assertThat(store.neighbourhoodNamed("RLHF").node().id()).isEqualTo("rlhf");
    }

    @Test
    void aStoreFromBeforeNameKeysGetsThemWhenItOpens() {
        try (Session session = TestDbms.get().connection().driver().session()) {
            session.run("MATCH (n:Node) REMOVE n.nameKeys").consume();
            session.run("MATCH (m:AtlasMeta {key: 'atlas'}) SET m.schemaVersion = 3").consume();
        }
        assertThatThrownBy(() -> store.resolve(List.of("relative entropy"))).isInstanceOf(UnknownIdException.class);
        store.ensureSchema();
        assertThat(store.resolve(List.of("relative entropy", "中文"))).extracting(Node::id).containsExactly("kl-divergence", "zh");
        try (Session session = TestDbms.get().connection().driver().session()) {
            assertThat(session.run("MATCH (m:AtlasMeta {key: 'atlas'}) RETURN m.schemaVersion AS v").single().get("v").asInt())
                    .isEqualTo(Queries.SCHEMA_VERSION);
            assertThat(session.run("MATCH (n:Node) WHERE n.nameKeys IS NULL RETURN count(n) AS c", Map.of()).single()
                    .get("c").asLong()).isZero();
        }
    }
}
