package org.mlatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlatlas.support.CliRun.atlas;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlatlas.support.CliRun;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/**
 * {@code atlas search} with every character Lucene's query syntax gives a meaning to, alone, inside words and
 * unbalanced, and with its operator words: each gets an answer (hits or "Nothing matches") and exit 0, never a
 * stack trace or a query error (issue 13's probe).
 */
class SearchSpecialCharactersTest {
    private static final List<String> SPECIALS = List.of("+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^",
            "\"", "~", "*", "?", ":", "\\", "/", "&", "|");

    @BeforeAll
    static void loadDpoGraph() {
        TestDbms.with(Graphs.dpo());
    }

    private static void assertAnswered(CliRun run, String query) {
        assertThat(run.exitCode).as("search %s: %s", query, run).isZero();
        assertThat(run.err).as("search %s", query).isEmpty();
        assertThat(run.out).as("search %s", query).isNotBlank().doesNotContain("Exception").doesNotContain("Lucene");
    }

    @Test
    void everySpecialCharacterAloneInsideAWordAndUnbalancedGetsAnAnswer() {
        List<String> queries = new ArrayList<>();
        for (String s : SPECIALS) {
            queries.add(s);
            queries.add(s + s + s);
            queries.add("policy" + s + "gradient");
            queries.add(s + "rlhf");
            queries.add("rlhf" + s);
        }
        queries.addAll(List.of("AND", "OR", "NOT", "rlhf AND", "OR rlhf", "NOT dpo", "TO", "[a TO z]", "{* TO *}",
                "name:dpo", "id:*", "*:*", "rlhf~", "rlhf~0.5", "dp?", "dp*", "\"unbalanced", "rlhf^2", "/regex.*/",
                "\\u0000", "field:(a OR b)", "(((((((", ")))))))"));
        for (String query : queries) {
            assertAnswered(atlas("search", "--", query), query); // "--": a leading "-" is text, not an option
        }
    }

    @Test
    void specialCharactersAroundARealNameStillFindIt() {
        for (String query : List.of("rlhf!", "(rlhf)", "\"rlhf\"", "rlhf*", "+rlhf", "rlhf:", "[rlhf]", "{rlhf}", "rlhf\\")) {
            CliRun run = atlas("search", "--", query);
            assertAnswered(run, query);
            assertThat(run.out).as("search %s", query).contains("rlhf");
        }
    }
}
