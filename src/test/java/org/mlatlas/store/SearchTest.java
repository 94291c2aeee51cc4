package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/** Search finds names in any script and symbols, tolerates typos and Lucene's syntax, and refuses what it cannot search. */
class SearchTest {
    private Neo4jGraphStore store;

    @BeforeEach
    void loadGraph() {
        AtlasGraph dpo = Graphs.dpo();
        List<Node> nodes = new ArrayList<>(dpo.nodes());
        nodes.add(Node.concept("unicode-name", "🙂 Ünïcödé 中文 עברית"));
        store = TestDbms.with(new AtlasGraph(nodes, dpo.relations())).store();
    }

    private List<String> ids(String text) {
        return store.search(text, 5).stream().map(Node::id).toList();
    }

    @Test
    void emojiAndNamesInAnyScriptAreFound() {
        for (String text : List.of("🙂", "Ünïcödé", "ünïcödé", "中文", "עברית", "🙂 中文")) {
            assertThat(ids(text)).as(text).first().isEqualTo("unicode-name");
        }
        // without the accents the full-text index has no match: the name fallback folds them
        assertThat(ids("unicode")).containsExactly("unicode-name");
    }

    @Test
    void typosAreToleratedAndEveryLuceneSpecialCharacterIsPlainText() {
        assertThat(ids("reinforcment learning from human feedbak")).first().isEqualTo("rlhf");
        assertThat(ids("proximal polcy")).first().isEqualTo("ppo");
        for (String special : List.of("+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?",
                ":", "\\", "/", "AND", "OR", "NOT", "kl~", "dpo^", "\"unbalanced (quote [", "name:dpo", "*:*", "dpo AND")) {
            assertThat(store.search(special, 5)).as(special).isNotNull();
            assertThat(store.search("dpo " + special, 5)).as("dpo " + special).extracting(Node::id).contains("dpo");
        }
    }

    @Test
    void aSearchAsLongAsAllowedIsAnswered() {
        String words = String.join(" ", Collections.nCopies(LuceneQuery.MAX_WORDS - 1, "feedback")) + " dpo";
        assertThat(words.length()).isLessThanOrEqualTo(LuceneQuery.MAX_CHARACTERS);
        assertThat(ids(words)).contains("dpo");
        String oneWord = "y".repeat(LuceneQuery.MAX_CHARACTERS);
        assertThat(store.search(oneWord, 5)).isEmpty();
    }

    @Test
    void longSearchesAndNegativeLimitsAreRefusedInOneSentence() {
        String twoHundredWords = String.join(" ", Collections.nCopies(200, "learning"));
        String fiveKilobyteWord = "x".repeat(5_000);
        String manyShortWords = String.join(" ", Collections.nCopies(60, "ab"));
        assertThatThrownBy(() -> store.search(twoHundredWords, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a search text has at most 200 characters, this one has 1799: search for a few words of it");
        assertThatThrownBy(() -> store.search(fiveKilobyteWord, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("this one has 5000");
        assertThatThrownBy(() -> store.search(manyShortWords, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a search text has at most 16 words, this one has 60: search for a few of them");
        assertThatThrownBy(() -> store.search("dpo", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a search lists at least 1 result; -1 is no limit for it");
        assertThatThrownBy(() -> store.search("dpo", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryLuceneRefusesIsFollowedByTheNextInAFreshTransaction() {
        String refused = "x".repeat(1_001) + "~2"; // Lucene: "input automaton is too large"
        assertThat(store.search(List.of(refused, "rlhf"), "rlhf", 5)).extracting(Node::id).first().isEqualTo("rlhf");
        // every query refused: the name fallback still runs, in its own transaction
        assertThat(store.search(List.of(refused), "Reinforcement learning", 5)).extracting(Node::id).contains("rlhf");
    }
}
